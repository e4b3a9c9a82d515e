// The package root: the client, its errors, and the pure building blocks for signing other
// Alibaba requests.
export { createAlbClient, type AlbClient, type AlbClientOptions, type CallOptions } from './client/index.ts';
export { AlbError, AlbNetworkError, AlbTimeoutError, AlbValidationError, type AlbErrorCode, type ValidationIssue } from './client/errors.ts';
export type { Credentials } from './client/credentials.ts';
export type { RetryOptions } from './client/retry.ts';
export { flattenRpcParams } from './client/flatten.ts';
export { signAcs3, type Acs3Request, type Acs3Signed } from './client/sign-acs3.ts';
export { signRpcV1, type RpcV1Signed } from './client/sign-rpc-v1.ts';
export { endpointForRegion } from './client/endpoint.ts';
export type { CreateListenerRequest, CreateListenerResponse, DocumentedErrorCode, ErrorEnvelope } from '../generated/types.ts';
