// The router's Content-Length: the UTF-8 length of each body, counted without encoding a copy,
// must be what an encoder writes, for any string (lone surrogates included, sent as U+FFFD).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLength } from '../../src/mock/router.ts';

describe('byteLength', () => {
  it('equals the length TextEncoder writes, for any string', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => byteLength(text) === encoder.encode(text).length),
      { seed: 11, numRuns: 2_000 },
    );
    for (const text of ['', 'a', 'é', '中文', '😀', '\ud800', '\ud800a', '\udc00', 'a\ud83d'])
      expect(byteLength(text)).toBe(encoder.encode(text).length);
  });
});
