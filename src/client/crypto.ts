// Hashes and HMACs through Web Crypto (globalThis.crypto), so the same code runs in Node 20 and in
// browsers. No `node:` import on the client's path.
// Trade-off (open decision, bench/RESULTS.md): in Node 20 every crypto.subtle call is an async trip
// to the thread pool (55-70 µs), and ACS3 needs two per request, which keeps the client's throughput
// below the SDK's. A synchronous pure-JS hash would close the gap but is not Web Crypto.
const utf8 = new TextEncoder();

const subtle = (): SubtleCrypto => {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime');
  return c.subtle;
};

const bytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? utf8.encode(data) : data);

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(buffer: ArrayBuffer | Uint8Array): string {
  let out = '';
  for (const b of buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)) out += HEX[b];
  return out;
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(await subtle().digest('SHA-256', bytes(data) as BufferSource));
}

/**
 * An HMAC key imported once per owner object (the client's credentials), so a call pays for one
 * Web Crypto operation instead of two. Held in a WeakMap: it goes when the credentials go.
 */
const keyCache = new WeakMap<object, Map<string, Promise<CryptoKey>>>();

function hmacKey(hash: 'SHA-256' | 'SHA-1', key: string, owner: object | undefined): Promise<CryptoKey> {
  const load = () => subtle().importKey('raw', utf8.encode(key), { name: 'HMAC', hash }, false, ['sign']);
  if (!owner) return load();
  let keys = keyCache.get(owner);
  if (!keys) keyCache.set(owner, (keys = new Map()));
  const id = `${hash}:${key.length}:${key}`;
  let cached = keys.get(id);
  if (!cached) keys.set(id, (cached = load()));
  return cached;
}

async function hmac(hash: 'SHA-256' | 'SHA-1', key: string, data: string, owner?: object): Promise<ArrayBuffer> {
  return subtle().sign('HMAC', await hmacKey(hash, key, owner), utf8.encode(data));
}

export async function hmacSha256Hex(key: string, data: string, owner?: object): Promise<string> {
  return toHex(await hmac('SHA-256', key, data, owner));
}

export async function hmacSha1Base64(key: string, data: string, owner?: object): Promise<string> {
  return toBase64(await hmac('SHA-1', key, data, owner));
}

/** 32 random hex characters: a signature nonce. (randomUUID is several times cheaper than getRandomValues in Node 20.) */
export function randomNonce(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

/** UTC `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds, as both signatures require. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
