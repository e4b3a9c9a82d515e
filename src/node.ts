// The Node entry, what `import ... from '<package>'` resolves to under Node (package.json
// "exports", condition "node"): the same API as the universal entry (src/index.ts), with
// requests on node:http/node:https keep-alive agents and signatures on node:crypto. Both are
// synchronous or native where fetch and Web Crypto are not, which is what puts the client above
// the official SDK's throughput (bench/RESULTS.md). An injected `fetch` option still wins.
import { createClient, type AlbClient } from './client/create-client.ts';
import type { AlbClientOptions } from './client/options.ts';
import { type AlbCore, createCore } from './client/core.ts';
import { nodeHashes } from './client/hashes-node.ts';
import { nodeSend } from './client/http-node.ts';
import { signAcs3With, type Acs3Inputs, type Acs3Request, type Acs3Signed } from './client/sign-acs3.ts';
import { signRpcV1With, type RpcV1Inputs, type RpcV1Signed } from './client/sign-rpc-v1.ts';
import type { Credentials } from './client/credentials.ts';

export * from './entry-exports.ts';

const platform = { send: nodeSend, hashes: nodeHashes };

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
  return signAcs3With(nodeHashes, request, credentials, inputs);
}

/** Adds the V1 common parameters to flat RPC parameters and signs them (HMAC-SHA1). */
export function signRpcV1(
  params: Record<string, string>,
  method: string,
  credentials: Credentials,
  inputs: RpcV1Inputs,
): Promise<RpcV1Signed> {
  return signRpcV1With(nodeHashes, params, method, credentials, inputs);
}
