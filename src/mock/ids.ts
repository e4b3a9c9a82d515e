// Fresh identifiers in the formats the real service uses (and the contract's patterns state), from
// Web Crypto (global in Node 20 and in browsers, secure context or not).
import { randomUuid } from '../client/random.ts';

export const requestId = (): string => randomUuid().toUpperCase();
export const jobId = (): string => randomUuid();

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function listenerId(): string {
  let id = 'lsn-';
  for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(20))) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
