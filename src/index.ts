// The universal entry (browsers, workers, and Node when imported by path): requests go through
// the global `fetch`, signatures through Web Crypto. No `node:` import anywhere on this path.
// Node resolves the package root to src/node.ts instead (package.json "exports"), which has the
// same API on node:http and node:crypto.
import { createClient, type AlbClient } from './client/create-client.ts';
import type { AlbClientOptions } from './client/options.ts';
import { type AlbCore, createCore } from './client/core.ts';
import { webHashes } from './client/hashes-web.ts';
import { fetchSend } from './client/http-fetch.ts';
import { signAcs3With, type Acs3Inputs, type Acs3Request, type Acs3Signed } from './client/sign-acs3.ts';
import { signRpcV1With, type RpcV1Inputs, type RpcV1Signed } from './client/sign-rpc-v1.ts';
import type { Credentials } from './client/credentials.ts';

export * from './entry-exports.ts';

// Late-bound, so a fetch installed or replaced after import is the one used.
const platform = { send: fetchSend((input, init) => globalThis.fetch(input, init)), hashes: webHashes };

/** A client of every action of the contract, for a region or an explicit endpoint (the mock: `http://127.0.0.1:4010`). */
export function createAlbClient(options: AlbClientOptions): AlbClient {
  return createClient(options, platform);
}

/**
 * The client without its actions, for bundles that keep only the actions they call:
 * `createListener(createAlbCore({ endpoint }), request)`; the same options as createAlbClient.
 */
export function createAlbCore(options: AlbClientOptions): AlbCore {
  return createCore(options, platform);
}

/** The ACS3-HMAC-SHA256 (V3) signature of any Alibaba request, with the date and nonce given. */
export function signAcs3(request: Acs3Request, credentials: Credentials, inputs: Acs3Inputs): Promise<Acs3Signed> {
  return signAcs3With(webHashes, request, credentials, inputs);
}

/** Adds the V1 common parameters to flat RPC parameters and signs them (HMAC-SHA1). */
export function signRpcV1(
  params: Record<string, string>,
  method: string,
  credentials: Credentials,
  inputs: RpcV1Inputs,
): Promise<RpcV1Signed> {
  return signRpcV1With(webHashes, params, method, credentials, inputs);
}
