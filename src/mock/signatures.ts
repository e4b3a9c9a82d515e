// Signature checks as the gateway makes them (when the mock runs with --verify-signatures): V3
// (ACS3-HMAC-SHA256 in Authorization) and V1 (HMAC-SHA1 in the Signature parameter), against one
// configured test AccessKey, with a 15-minute clock window and single-use nonces. The signatures
// are recomputed with the client's own signers, which pass the published vectors.
import type { Hashes } from '../client/hashes.ts';
import { signAcs3With } from '../client/sign-acs3.ts';
import { rpcV1Signature } from '../client/sign-rpc-v1.ts';
import type { ParsedRequest } from './request.ts';

export interface VerifierOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /** Allowed clock skew. Default 15 minutes. */
  skewMs?: number;
  now?: () => number;
  /** The most nonces remembered at once; past it the oldest are forgotten first. Default 200,000. */
  maxNonces?: number;
}

export interface SignatureFailure {
  code: 'SignatureDoesNotMatch' | 'InvalidAccessKeyId.NotFound' | 'IncompleteSignature' | 'InvalidTimeStamp.Expired' | 'SignatureNonceUsed';
  message?: string;
}

const V1_KEYS = ['AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];

/** `hashes`: the host's hash library (node:crypto in Node, Web Crypto in a browser). */
export function createVerifier(
  options: VerifierOptions,
  hashes: Hashes,
): (request: ParsedRequest) => Promise<SignatureFailure | undefined> {
  const skew = options.skewMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const credentials = { accessKeyId: options.accessKeyId, accessKeySecret: options.accessKeySecret };
  // Nonces seen within the clock window; older ones cannot be replayed anyway (their time expired).
  // A Map iterates in insertion order, which is time order: expiry drops from the front and stops
  // at the first nonce still in the window, so each request costs O(1) amortized. The size is
  // bounded; a nonce forgotten early only weakens replay detection, as a gateway's eviction would.
  const nonces = new Map<string, number>();
  const maxNonces = options.maxNonces ?? 200_000;
  const useNonce = (nonce: string): boolean => {
    const t = now();
    for (const [n, seen] of nonces) {
      if (t - seen <= 2 * skew && nonces.size < maxNonces) break;
      nonces.delete(n);
    }
    if (nonces.has(nonce)) return false;
    nonces.set(nonce, t);
    return true;
  };
  const fresh = (stamp: string): boolean => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(stamp)) return false;
    return Math.abs(now() - Date.parse(stamp)) <= skew;
  };

  return async (request) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(authorization.trim());
      const date = request.headers['x-acs-date'];
      const nonce = request.headers['x-acs-signature-nonce'];
      if (!match || !date || !nonce) return { code: 'IncompleteSignature' };
      const [, keyId, signedList, signature] = match;
      if (keyId !== options.accessKeyId) return { code: 'InvalidAccessKeyId.NotFound' };
      if (!fresh(date)) return { code: 'InvalidTimeStamp.Expired' };
      const signedNames = signedList!.split(';');
      // Every x-acs-* header, and content-type when sent, must be signed (the V3 rules): a header
      // added after signing could change the request unseen.
      const unsigned = Object.keys(request.headers).find(
        (name) => (name.startsWith('x-acs-') || name === 'content-type') && !signedNames.includes(name),
      );
      if (unsigned)
        return {
          code: 'IncompleteSignature',
          message: `The request signature does not conform to Aliyun standards: header ${unsigned} is not signed.`,
        };
      const headers = Object.fromEntries(signedNames.filter((n) => n !== 'host').map((n) => [n, request.headers[n] ?? '']));
      const expected = await signAcs3With(
        hashes,
        { method: request.method, host: request.headers.host ?? '', query: request.query, headers, body: request.body || undefined },
        credentials,
        { date, nonce },
      );
      if (expected.signature !== signature || expected.headers['x-acs-content-sha256'] !== request.headers['x-acs-content-sha256'])
        return { code: 'SignatureDoesNotMatch' };
      if (!useNonce(nonce)) return { code: 'SignatureNonceUsed' };
      return undefined;
    }
    const params = request.params;
    if (params.Signature === undefined || V1_KEYS.some((k) => params[k] === undefined)) return { code: 'IncompleteSignature' };
    if (params.AccessKeyId !== options.accessKeyId) return { code: 'InvalidAccessKeyId.NotFound' };
    if (!fresh(params.Timestamp!)) return { code: 'InvalidTimeStamp.Expired' };
    const { Signature: given, ...signed } = params;
    const { signature } = await rpcV1Signature(hashes, signed, request.method, options.accessKeySecret);
    if (signature !== given) return { code: 'SignatureDoesNotMatch' };
    if (!useNonce(params.SignatureNonce!)) return { code: 'SignatureNonceUsed' };
    return undefined;
  };
}
