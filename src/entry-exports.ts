// What both entry points export unchanged: errors, types and the platform-free building blocks.
export type { AlbClient, AlbClientOptions, CallOptions } from './client/create-client.ts';
export {
  AlbError,
  AlbJobFailedError,
  AlbNetworkError,
  AlbTimeoutError,
  AlbValidationError,
  AlbWaitTimeoutError,
  type AlbErrorCode,
  type ValidationIssue,
} from './client/errors.ts';
export type { Credentials } from './client/credentials.ts';
export type { RetryOptions } from './client/retry.ts';
export type { WaitOptions } from './client/waiters.ts';
export { flattenRpcParams } from './client/flatten.ts';
export type { AlbCore } from './client/core.ts';
// One function per action over createAlbCore(): a bundle keeps only the actions it imports.
export { createListener, getListenerAttribute, listAsynJobs } from '../generated/client/actions.ts';
export type { Acs3Inputs, Acs3Request, Acs3Signed } from './client/sign-acs3.ts';
export type { RpcV1Inputs, RpcV1Signed } from './client/sign-rpc-v1.ts';
export { endpointForRegion } from './client/endpoint.ts';
export type {
  CreateListenerRequest,
  CreateListenerResponse,
  DocumentedErrorCode,
  ErrorEnvelope,
  GetListenerAttributeRequest,
  GetListenerAttributeResponse,
  ListAsynJobsRequest,
  ListAsynJobsResponse,
} from '../generated/types.ts';
