// Hashes and HMACs through Web Crypto (globalThis.crypto), so the same code runs in Node 20 and in
// browsers. No `node:` import on the client's path.
const utf8 = new TextEncoder();

const subtle = (): SubtleCrypto => {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime');
  return c.subtle;
};

const bytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? utf8.encode(data) : data);

export function toHex(buffer: ArrayBuffer | Uint8Array): string {
  return Array.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(await subtle().digest('SHA-256', bytes(data) as BufferSource));
}

async function hmac(hash: 'SHA-256' | 'SHA-1', key: string, data: string): Promise<ArrayBuffer> {
  const cryptoKey = await subtle().importKey('raw', utf8.encode(key), { name: 'HMAC', hash }, false, ['sign']);
  return subtle().sign('HMAC', cryptoKey, utf8.encode(data));
}

export async function hmacSha256Hex(key: string, data: string): Promise<string> {
  return toHex(await hmac('SHA-256', key, data));
}

export async function hmacSha1Base64(key: string, data: string): Promise<string> {
  return toBase64(await hmac('SHA-1', key, data));
}

/** 16 random bytes as 32 hex characters: a signature nonce. */
export function randomNonce(): string {
  const buf = new Uint8Array(16);
  globalThis.crypto.getRandomValues(buf);
  return toHex(buf);
}

/** UTC `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds, as both signatures require. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
