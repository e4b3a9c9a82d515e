// The next action will be as first-class as CreateListener (issue 24): in a scratch copy, a fourth
// action (ALB's DescribeZones, with its AcceptLanguage parameter) is added exactly as
// CONTRIBUTING.md's "Adding an action" says (its operation file, its answer's response, schema and
// example, its path key, `npm run build`), with no code; then every artifact has it: types, the
// client's function and method and its validator (whose errors name it), the mock (its example,
// Prefer), the MSW handlers, the console's picker, the code samples, the conformance scenarios and
// their coverage, and the gate (adding it is info, removing it or narrowing its limit breaking).
// Slow (a build in a scratch copy): `npm run test:slow`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChanges } from '../../src/conformance/breaking.ts';
import { buildCommand, repo, scratchCopy } from '../support/scratch-copy.ts';

const work = scratchCopy('fourth-action-');
const write = (file: string, text: string) => writeFileSync(join(work, file), text);
const read = (file: string) => readFileSync(join(work, file), 'utf8');

/** The steps of CONTRIBUTING.md, 1 to 4. */
function addDescribeZones(): void {
  // 1. The operation, copied from the closest one, named after the action; its business parameter.
  write(
    'openapi/paths/DescribeZones.yaml',
    read('openapi/paths/GetListenerAttribute.yaml')
      .replaceAll('GetListenerAttribute', 'DescribeZones')
      .replace(/summary: .*/, 'summary: List the zones ALB is available in')
      .replace(/ {2}description: \|\n(?: {4}.*\n|\n)+/, '  description: |\n    Lists the zones of the region ALB is available in.\n')
      .replace('../components/parameters/ListenerId.yaml', '../components/parameters/AcceptLanguage.yaml')
      .replace('../components/responses/ListenerNotFound.yaml', '../components/responses/GatewayNotFound.yaml'),
  );
  write(
    'openapi/components/parameters/AcceptLanguage.yaml',
    [
      'name: AcceptLanguage',
      'in: query',
      'required: false',
      'description: The language of the zone names.',
      'schema:',
      '  type: string',
      '  enum: [zh-CN, en-US, ja]',
      '  x-acs-sources:',
      '    - for: [enum]',
      '      from: [sdk]',
      '      says: "Valid values: zh-CN, en-US, ja"',
      'example: en-US',
      '',
    ].join('\n'),
  );
  // 2. Its answer: the response, the schema and the example.
  write(
    'openapi/components/responses/DescribeZonesOk.yaml',
    [
      'description: "The zones. JSON by default; XML (`<DescribeZonesResponse>`) with `Format=XML` (V1) or `Accept: application/xml`."',
      'content:',
      '  application/json:',
      '    schema:',
      '      $ref: ../schemas/DescribeZonesResponse.yaml',
      '    examples:',
      '      DescribeZonesResponseExample:',
      '        $ref: ../examples/DescribeZonesResponseExample.yaml',
      '  text/xml:',
      '    schema:',
      '      $ref: ../schemas/DescribeZonesResponse.yaml',
      '',
    ].join('\n'),
  );
  write(
    'openapi/components/schemas/DescribeZonesResponse.yaml',
    [
      'title: DescribeZonesResponse',
      'type: object',
      'description: The zones of the region.',
      'required:',
      '  - RequestId',
      'xml:',
      '  name: DescribeZonesResponse',
      'properties:',
      '  RequestId:',
      '    $ref: RequestId.yaml',
      '  Zones:',
      '    type: array',
      '    description: The zones.',
      '    items:',
      '      type: object',
      '      properties:',
      '        ZoneId:',
      '          type: string',
      '          description: The ID of the zone.',
      '          examples: [cn-hangzhou-h]',
      '        LocalName:',
      '          type: string',
      '          description: The name of the zone in the language asked for.',
      '          examples: [Hangzhou Zone H]',
      '    examples:',
      '      - - ZoneId: cn-hangzhou-h',
      '          LocalName: Hangzhou Zone H',
      'x-acs-sources:',
      '  - for: [required:RequestId]',
      '    from: [sdk-runtime]',
      '    says: Every response carries RequestId.',
      '',
    ].join('\n'),
  );
  write(
    'openapi/components/examples/DescribeZonesResponseExample.yaml',
    [
      'summary: Two zones',
      'description: The zones of cn-hangzhou.',
      'value:',
      '  RequestId: CEF72CEB-54B6-4AE8-B225-F876FF7BA984',
      '  Zones:',
      '    - ZoneId: cn-hangzhou-h',
      '      LocalName: Hangzhou Zone H',
      '    - ZoneId: cn-hangzhou-i',
      '      LocalName: Hangzhou Zone I',
      '',
    ].join('\n'),
  );
  // 3. The path key.
  const root = read('openapi/openapi.yaml');
  write(
    'openapi/openapi.yaml',
    root.replace('components:\n', '  /#Action=DescribeZones:\n    $ref: paths/DescribeZones.yaml\ncomponents:\n'),
  );
  // 4. npm run build.
  const [program, ...command] = buildCommand(work);
  const result = spawnSync(program, command, { cwd: work, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}${result.stderr}`);
}

/** Runs a TypeScript file in the copy, against the copy's own sources and generated files. */
function runInCopy(name: string, source: string): unknown {
  write(name, source);
  const out = execFileSync(process.execPath, ['scripts/run-ts.mjs', name], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

beforeAll(addDescribeZones, 300_000);

describe('a fourth action, added as CONTRIBUTING.md says, with no code', () => {
  it('has its types, its client function and method, and its validator', () => {
    const types = read('generated/types.ts');
    expect(types).toContain('export type DescribeZonesRequest =');
    expect(types).toContain("export type DescribeZonesResponse = components['schemas']['DescribeZonesResponse'];");
    expect(types).toMatch(/export const actions = \[[^\]]*"DescribeZones"/);
    const actions = read('generated/client/actions.ts');
    expect(actions).toContain('export function describeZones(core: AlbCore');
    expect(actions).toContain('describeZones(request?: DescribeZonesRequest');
    expect(read('generated/request-validator.ts')).toContain('export const validateDescribeZones');
    expect(JSON.parse(read('generated/request-schemas.json')).$defs.DescribeZonesRequest.properties.AcceptLanguage.enum).toEqual([
      'zh-CN',
      'en-US',
      'ja',
    ]);
  });

  it('the console picks it, the code samples show it, the docs describe it', () => {
    const docs = read('generated/docs/index.html');
    expect(docs).toMatch(/"action":"DescribeZones","version":"2020-06-16","method":"describeZones"/);
    expect(docs).toContain('describeZones(');
    expect(docs).toContain('Lists the zones of the region ALB is available in.');
  });

  it('the client calls it against the mock (its documented example, Prefer), names it in its errors, and MSW answers it too', () => {
    const result = runInCopy(
      'check-describe-zones.ts',
      `
import { setupServer } from 'msw/node';
import { createAlbClient } from './src/node.ts';
import { startMock } from './src/mock/server.ts';
import { albHandlers } from './src/msw/index.ts';
const mock = await startMock({ port: 0 });
const alb = createAlbClient({ endpoint: mock.url, retry: { maxAttempts: 1 } });
const zones = await alb.describeZones({ AcceptLanguage: 'en-US' });
const invalid = await alb.describeZones({ AcceptLanguage: 'fr' } as never).catch((e) => e.message);
const chosen = await fetch(mock.url + '/?AcceptLanguage=ja', { method: 'POST', headers: { 'x-acs-action': 'DescribeZones', 'x-acs-version': '2020-06-16', prefer: 'example=Throttling.User' } });
const mockInvalid = await fetch(mock.url + '/?AcceptLanguage=fr', { method: 'POST', headers: { 'x-acs-action': 'DescribeZones', 'x-acs-version': '2020-06-16' } });
await mock.close();
const server = setupServer(...albHandlers({ baseUrl: 'https://alb.cn-hangzhou.aliyuncs.com' }));
server.listen({ onUnhandledRequest: 'error' });
const viaMsw = await createAlbClient({ region: 'cn-hangzhou' }).describeZones({});
server.close();
console.log(JSON.stringify({ zones: zones.Zones, invalid, chosen: [chosen.status, (await chosen.json()).Code], mockInvalid: [mockInvalid.status, (await mockInvalid.json()).Message], msw: viaMsw.Zones?.length }));
`,
    ) as Record<string, unknown>;
    expect(result).toEqual({
      zones: [
        { ZoneId: 'cn-hangzhou-h', LocalName: 'Hangzhou Zone H' },
        { ZoneId: 'cn-hangzhou-i', LocalName: 'Hangzhou Zone I' },
      ],
      invalid: 'Invalid DescribeZones request: AcceptLanguage must be one of zh-CN, en-US, ja (enum)',
      chosen: [400, 'Throttling.User'],
      mockInvalid: [400, expect.stringContaining('The parameter AcceptLanguage is invalid')],
      msw: 2,
    });
  });

  it('the conformance suite has its scenarios, and covers it fully against the mock', () => {
    const result = runInCopy(
      'check-conformance.ts',
      `
import { runConformance } from './src/conformance/index.ts';
const run = await runConformance({ seed: 3, runs: 5 });
console.log(JSON.stringify({ ok: run.ok, ids: run.results.filter((r) => r.scenario.action === 'DescribeZones').map((r) => r.scenario.kind), percent: run.coverage.percent }));
`,
    ) as { ok: boolean; ids: string[]; percent: number };
    expect(result.ok).toBe(true);
    expect(result.ids).toEqual(expect.arrayContaining(['baseline', 'example']));
    expect(result.percent).toBe(100);
  });

  it('the gate: adding it is info, removing it breaking, narrowing its limit breaking', () => {
    const before = { bundle: JSON.parse(readFileSync(join(repo, 'generated/openapi.json'), 'utf8')) };
    const after = { bundle: JSON.parse(read('generated/openapi.json')) };
    const added = findChanges(before, after);
    expect(added.filter((c) => c.level === 'breaking')).toEqual([]);
    expect(added.map((c) => c.rule)).toContain('operation-added');
    expect(findChanges(after, before).map((c) => [c.level, c.rule, c.path])).toContainEqual([
      'breaking',
      'operation-removed',
      'POST /#Action=DescribeZones',
    ]);
    const narrowed = structuredClone(after);
    narrowed.bundle.components.parameters.AcceptLanguage.schema.enum = ['zh-CN', 'en-US'];
    expect(findChanges(after, narrowed).map((c) => [c.level, c.rule, c.path])).toContainEqual([
      'breaking',
      'enum-value-removed',
      'DescribeZones request.AcceptLanguage',
    ]);
  });
});
