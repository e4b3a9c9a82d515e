// What both entry points export unchanged: errors, types and the platform-free building blocks.
export type { AlbClient } from './client/create-client.ts';
export type { AlbClientOptions, CallOptions } from './client/options.ts';
export {
  AlbError,
  AlbInsecureContextError,
  AlbJobFailedError,
  AlbNetworkError,
  AlbRedirectError,
  AlbResponseError,
  AlbResponseTooLargeError,
  AlbTimeoutError,
  AlbUnexpectedResponseError,
  AlbValidationError,
  AlbWaitFailedError,
  AlbWaitTimeoutError,
  AlbWaitVanishedError,
  type AlbErrorCode,
  type ValidationIssue,
} from './client/errors.ts';
export type { Credentials } from './client/credentials.ts';
export type { RetryOptions } from './client/retry.ts';
export type { AsyncJob, CreateAndWaitOptions, ListenerPollProgress, WaitOptions } from './client/waiters.ts';
export type { Acceptor, Matcher, PollProgress, WaiterOptions } from './client/waiter.ts';
// Every waiter and paginator the spec declares: a function over createAlbCore() each.
export * from '../generated/client/waiters.ts';
export * from '../generated/client/paginators.ts';
export { flattenRpcParams } from './client/flatten.ts';
export type { AlbCore } from './client/core.ts';
// Every action of the spec: a function over createAlbCore() (a bundle keeps only the actions it
// imports), its request and response types, and AlbActions.
export * from '../generated/client/actions.ts';
export type { Acs3Inputs, Acs3Request, Acs3Signed } from './client/sign-acs3.ts';
export type { RpcV1Inputs, RpcV1Signed } from './client/sign-rpc-v1.ts';
export { endpointForRegion } from './client/endpoint.ts';
export type { DocumentedErrorCode, ErrorEnvelope } from '../generated/types.ts';
