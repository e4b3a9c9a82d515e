// ACS3-HMAC-SHA256, the V3 signature (Alibaba "V3 request structure and signature"). Pure apart
// from Web Crypto: the date and the nonce are inputs, so published vectors can be checked.
import { canonicalQuery } from './encode.ts';
import type { Credentials } from './credentials.ts';
import { hmacSha256Hex, isoSeconds, sha256Hex } from './crypto.ts';

export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface Acs3Request {
  method: string;
  /** The endpoint's host, e.g. `alb.cn-hangzhou.aliyuncs.com` (with its port when not the default). */
  host: string;
  /** Always `/` for RPC actions. */
  path?: string;
  /** Decoded query parameters, or a query string already in canonical form (sorted, RFC 3986). */
  query: Record<string, string> | string;
  /** Further headers to sign and send: `x-acs-action`, `x-acs-version`, `content-type`, ... */
  headers?: Record<string, string>;
  body?: string;
}

export interface Acs3Signed {
  /** Every header to send, `authorization` included. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

export async function signAcs3(
  request: Acs3Request,
  credentials: Credentials,
  { date, nonce }: { date: Date | string; nonce: string },
): Promise<Acs3Signed> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  headers.host = request.host;
  headers['x-acs-date'] = typeof date === 'string' ? date : isoSeconds(date);
  headers['x-acs-signature-nonce'] = nonce;
  headers['x-acs-content-sha256'] = request.body ? await sha256Hex(request.body) : EMPTY_BODY_SHA256;
  if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken;

  const signedNames = Object.keys(headers)
    .filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .sort();
  const canonicalHeaders = signedNames.map((name) => `${name}:${headers[name]!.trim()}\n`).join('');
  const signedHeaders = signedNames.join(';');
  const query = typeof request.query === 'string' ? request.query : canonicalQuery(request.query);
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.path ?? '/',
    query,
    canonicalHeaders,
    signedHeaders,
    headers['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${await sha256Hex(canonicalRequest)}`;
  const signature = await hmacSha256Hex(credentials.accessKeySecret, stringToSign, credentials);
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}
