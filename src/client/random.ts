// Random ids from Web Crypto, in every context a page can run in. `crypto.randomUUID` exists only
// in secure contexts (https, localhost): a page served as http://app.test:4173 has
// `crypto.getRandomValues` and no `randomUUID`, so the UUID is built from random values there.
// Where randomUUID exists it is used: several times cheaper in Node 20 (bench/RESULTS.md).
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** An RFC 9562 version 4 UUID, lower case. */
export function randomUuid(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (byte) => HEX[byte]!);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
