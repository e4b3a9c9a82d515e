// Fresh identifiers in the formats the real service uses (and the contract's patterns state).
import { randomBytes, randomUUID } from 'node:crypto';

export const requestId = (): string => randomUUID().toUpperCase();
export const jobId = (): string => randomUUID();

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function listenerId(): string {
  let id = 'lsn-';
  for (const byte of randomBytes(20)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
