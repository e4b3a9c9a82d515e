// Hashes and HMACs with node:crypto, synchronous and native: about 5 µs per signature where Web
// Crypto's two thread-pool trips cost 100-200 µs in Node 20. Used by the Node entry only.
// node:crypto is loaded on the first signature, so importing the client stays cheap.
import type * as NodeCrypto from 'node:crypto';
import type { Hashes } from './hashes.ts';

let loaded: typeof NodeCrypto | undefined;
const crypto = (): typeof NodeCrypto => (loaded ??= process.getBuiltinModule('node:crypto'));

export const nodeHashes: Hashes = {
  // crypto.hash, the one-shot form (Node 20.12+), skips building a Hash object.
  sha256Hex: (data) => crypto().hash('sha256', data, 'hex'),
  hmacSha256Hex: (key, data) => crypto().createHmac('sha256', key).update(data, 'utf8').digest('hex'),
  hmacSha1Base64: (key, data) => crypto().createHmac('sha1', key).update(data, 'utf8').digest('base64'),
};
