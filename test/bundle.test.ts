// The bundle step's library call (scripts/lib/redocly.ts, in its worker): the source resolved into one document,
// and a broken reference reported with the file and place, never silently left in the bundle.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSource, describeProblem } from '../scripts/lib/redocly.ts';

describe('bundleSource', () => {
  it('resolves openapi/ into the committed bundle', async () => {
    const { document, errors } = await bundleSource('openapi/openapi.yaml');
    expect(errors).toEqual([]);
    expect(document).toEqual(JSON.parse(readFileSync('generated/openapi.json', 'utf8')));
  });

  it('names the file and the place of a $ref that resolves to nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const source = join(dir, 'openapi.yaml');
    writeFileSync(
      source,
      [
        'openapi: 3.1.0',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /:',
        '    get:',
        '      parameters:',
        '        - $ref: ./missing.yaml',
        '      responses:',
        "        '200': { description: ok }",
      ].join('\n'),
    );
    const { errors } = await bundleSource(source);
    expect(errors).toHaveLength(1);
    expect(resolve(errors[0]!.source!)).toBe(source);
    expect(errors[0]!.pointer).toBe('#/paths/~1/get/parameters/0');
    expect(describeProblem(errors[0]!, source)).toMatch(
      /^redocly bundler in .*openapi\.yaml at #\/paths\/~1\/get\/parameters\/0: .*missing\.yaml/,
    );
  });
});
