// What the two signatures need from a hash library, and the helpers both share. Each entry point
// supplies its own implementation: Web Crypto in the universal entry (browsers, and Node 20 too),
// node:crypto in the Node entry (synchronous, which matters for throughput; bench/RESULTS.md).
import { randomUuid } from './random.ts';

export interface Hashes {
  sha256Hex(data: string): string | Promise<string>;
  /** `owner` (the credentials object) lets an implementation keep a prepared key for as long as the owner lives. */
  hmacSha256Hex(key: string, data: string, owner?: object): string | Promise<string>;
  hmacSha1Base64(key: string, data: string, owner?: object): string | Promise<string>;
}

/** 32 random hex characters: a signature nonce. */
export function randomNonce(): string {
  return randomUuid().replace(/-/g, '');
}

/** UTC `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds, as both signatures require. */
export function isoSeconds(date: Date): string {
  // Formatting a Date is slow next to the rest of a call, and a busy client signs many calls a second.
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastFormatted = `${date.toISOString().slice(0, 19)}Z`;
    lastSecond = second;
  }
  return lastFormatted;
}

let lastSecond = NaN;
let lastFormatted = '';
