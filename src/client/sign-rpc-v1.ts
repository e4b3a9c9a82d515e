// HMAC-SHA1, the V1 RPC signature (`SignatureVersion=1.0`). Pure apart from the hash library it
// is given: the timestamp and the nonce are inputs, so the published vectors can be checked. Each
// entry point binds it to its hashes as `signRpcV1`.
import { canonicalQuery, percentEncode } from './encode.ts';
import type { Credentials } from './credentials.ts';
import { isoSeconds, type Hashes } from './hashes.ts';

export interface RpcV1Signed {
  /** The parameters to send: the input, the V1 common parameters and `Signature`. */
  params: Record<string, string>;
  stringToSign: string;
  signature: string;
}

/**
 * Adds the V1 common parameters to `params` (flat, decoded: query and form body together) and
 * signs them. `params` may already carry Action, Version and Format; they are signed as given.
 */
/** The inputs that make a signature reproducible: `timestamp` as a Date or `yyyy-MM-ddTHH:mm:ssZ`, and a unique nonce. */
export interface RpcV1Inputs {
  timestamp: Date | string;
  nonce: string;
}

export async function signRpcV1With(
  hashes: Hashes,
  params: Record<string, string>,
  method: string,
  credentials: Credentials,
  { timestamp, nonce }: RpcV1Inputs,
): Promise<RpcV1Signed> {
  const all: Record<string, string> = {
    ...params,
    AccessKeyId: credentials.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: typeof timestamp === 'string' ? timestamp : isoSeconds(timestamp),
  };
  if (credentials.securityToken) all.SecurityToken = credentials.securityToken;
  delete all.Signature;
  const { stringToSign, signature } = await rpcV1Signature(hashes, all, method, credentials.accessKeySecret, credentials);
  return { params: { ...all, Signature: signature }, stringToSign, signature };
}

/** The bare V1 algorithm over exactly the given parameters (no common parameters added). */
export async function rpcV1Signature(
  hashes: Hashes,
  params: Record<string, string>,
  method: string,
  accessKeySecret: string,
  keyOwner?: object,
) {
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return { stringToSign, signature: await hashes.hmacSha1Base64(`${accessKeySecret}&`, stringToSign, keyOwner) };
}
