// Fresh identifiers in the formats the real service uses (and the contract's patterns state), from
// Web Crypto (global in Node 20 and in browsers).
export const requestId = (): string => globalThis.crypto.randomUUID().toUpperCase();
export const jobId = (): string => globalThis.crypto.randomUUID();

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function listenerId(): string {
  let id = 'lsn-';
  for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(20))) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
