// Hashes and HMACs through Web Crypto (globalThis.crypto.subtle): no `node:` import, so the
// universal entry runs unchanged in browsers and in Node 20.
// Every subtle call is asynchronous; in Node 20 each is a trip to the libuv thread pool (55-70 µs
// here), which is why the Node entry uses hashes-node.ts instead (bench/RESULTS.md).
import { AlbInsecureContextError } from './errors.ts';
import type { Hashes } from './hashes.ts';

const utf8 = new TextEncoder();

// A browser page outside a secure context has crypto.getRandomValues but no crypto.subtle: signing
// there fails before anything is sent, with an error that says why (no small hand-written SHA-256
// stands in for it: a browser app should not hold an AccessKey secret anyway).
const subtle = (): SubtleCrypto => {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new AlbInsecureContextError();
  return c.subtle;
};

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const b of new Uint8Array(buffer)) out += HEX[b];
  return out;
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
  return btoa(binary);
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
  if (!keys) {
    keys = new Map();
    keyCache.set(owner, keys);
  }
  const id = `${hash}:${key.length}:${key}`;
  let cached = keys.get(id);
  if (!cached) {
    cached = load();
    keys.set(id, cached);
  }
  return cached;
}

async function hmac(hash: 'SHA-256' | 'SHA-1', key: string, data: string, owner: object | undefined): Promise<ArrayBuffer> {
  return subtle().sign('HMAC', await hmacKey(hash, key, owner), utf8.encode(data));
}

export const webHashes: Hashes = {
  async sha256Hex(data) {
    return toHex(await subtle().digest('SHA-256', utf8.encode(data)));
  },
  async hmacSha256Hex(key, data, owner) {
    return toHex(await hmac('SHA-256', key, data, owner));
  },
  async hmacSha1Base64(key, data, owner) {
    return toBase64(await hmac('SHA-1', key, data, owner));
  },
};
