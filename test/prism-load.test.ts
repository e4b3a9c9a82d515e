// The build's Prism (scripts/lib/prism.ts) loads with faker's English entry point standing in for
// the one that loads every locale, and still answers with the spec's static examples.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMockResponses } from '../scripts/lib/mock-responses.ts';
import { loadPrism } from '../scripts/lib/prism.ts';

describe('loadPrism', () => {
  it("gives Prism faker's English locale only, and Prism still answers from the examples", async () => {
    await loadPrism();
    const require = createRequire(import.meta.url);
    const main = require.resolve('@faker-js/faker', { paths: [require.resolve('@stoplight/prism-http')] });
    expect(require.cache[main]?.exports.default.locale).toBe('en');
    // No other locale was loaded.
    const locales = Object.keys(require.cache).filter((path) => /@faker-js\/faker\/dist\/cjs\/locales\/[^/]+\/index\.js$/.test(path));
    expect(locales.map((path) => path.split('/').at(-2))).toEqual(['en']);
    const wire = JSON.parse(readFileSync('generated/openapi.wire.json', 'utf8'));
    expect(await generateMockResponses(wire)).toEqual(JSON.parse(readFileSync('generated/mock-responses.json', 'utf8')));
  });
});
