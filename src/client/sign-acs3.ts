// ACS3-HMAC-SHA256, the V3 signature (Alibaba "V3 request structure and signature"). Pure apart
// from the hash library it is given: the date and the nonce are inputs, so published vectors can
// be checked. Each entry point binds it to its hashes as `signAcs3`.
import { canonicalQuery } from './encode.ts';
import type { Credentials } from './credentials.ts';
import { isoSeconds, type Hashes } from './hashes.ts';

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

/** The inputs that make a signature reproducible: `date` as a Date or `yyyy-MM-ddTHH:mm:ssZ`, and a unique nonce. */
export interface Acs3Inputs {
  date: Date | string;
  nonce: string;
}

export async function signAcs3With(
  hashes: Hashes,
  request: Acs3Request,
  credentials: Credentials,
  { date, nonce }: Acs3Inputs,
): Promise<Acs3Signed> {
  const headers: Record<string, string> = {};
  const given = request.headers ?? {};
  for (const name of Object.keys(given)) headers[name.toLowerCase()] = given[name]!;
  headers.host = request.host;
  headers['x-acs-date'] = typeof date === 'string' ? date : isoSeconds(date);
  headers['x-acs-signature-nonce'] = nonce;
  headers['x-acs-content-sha256'] = request.body ? await hashes.sha256Hex(request.body) : EMPTY_BODY_SHA256;
  if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken;

  const signedNames = Object.keys(headers)
    .filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .sort();
  let canonicalHeaders = '';
  for (const name of signedNames) canonicalHeaders += `${name}:${headers[name]!.trim()}\n`;
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
  const stringToSign = `ACS3-HMAC-SHA256\n${await hashes.sha256Hex(canonicalRequest)}`;
  const signature = await hashes.hmacSha256Hex(credentials.accessKeySecret, stringToSign, credentials);
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}
