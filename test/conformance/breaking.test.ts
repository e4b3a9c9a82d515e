// The breaking-change gate: every rule (src/conformance/breaking/rules.ts) fires on the change it
// names, on any action, once; loosening does not break; `npm run diff` gates on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changelogMarkdown, findBreakingChanges, findChanges, RULES, type ContractVersion } from '../../src/conformance/breaking.ts';
import { bundle } from '../support/spec.ts';

const base: ContractVersion = { bundle };
type Edit = (doc: any) => unknown;

/** The changes from `base` (optionally edited first) to a copy edited by `edit`. */
function changes(edit: Edit, editBase?: Edit) {
  const before = structuredClone(base);
  editBase?.(before.bundle);
  const after = structuredClone(before);
  edit(after.bundle);
  return findChanges(before, after);
}

const key = (action: string) => `/#Action=${action}`;
const op = (doc: any, action: string) => doc.paths[key(action)].post;
/** A parameter of an action, resolved to the object the edit changes (a shared component, or inline). */
function param(doc: any, action: string, name: string, location = 'query'): any {
  return op(doc, action)
    .parameters.map((ref: any) => (ref.$ref ? doc.components.parameters[ref.$ref.split('/').pop()] : ref))
    .find((p: any) => p.name === name && p.in === location);
}
const schemas = (doc: any) => doc.components.schemas;
const examples = (doc: any) => doc.components.examples;
const waiter = {
  operation: 'GetListenerAttribute',
  acceptors: [{ state: 'success', matcher: { output: 'ListenerStatus', equals: 'Running' } }],
};

/** One case per rule: the edit that hits it, and the path it is reported at. */
const cases: Array<[rule: string, path: string, edit: Edit, editBase?: Edit]> = [
  ['limit-narrowed', 'ListAsynJobs request.MaxResults', (d) => (param(d, 'ListAsynJobs', 'MaxResults').schema.maximum = 50)],
  ['limit-widened', 'CreateListener request.RequestTimeout', (d) => (param(d, 'CreateListener', 'RequestTimeout').schema.maximum = 900)],
  [
    'request-type-changed',
    'CreateListener request.ListenerPort',
    (d) => (param(d, 'CreateListener', 'ListenerPort').schema.type = 'string'),
  ],
  [
    'request-type-widened',
    'CreateListener request.ListenerPort',
    (d) => (param(d, 'CreateListener', 'ListenerPort').schema.type = ['integer', 'string']),
  ],
  [
    'enum-value-removed',
    'ListAsynJobs request.ResourceType',
    (d) =>
      (param(d, 'ListAsynJobs', 'ResourceType').schema.enum = param(d, 'ListAsynJobs', 'ResourceType').schema.enum.filter(
        (v: string) => v !== 'acl',
      )),
  ],
  [
    'request-enum-value-added',
    'ListAsynJobs request.ResourceType',
    (d) => param(d, 'ListAsynJobs', 'ResourceType').schema.enum.push('certificate'),
  ],
  ['request-field-made-required', 'ListAsynJobs request.JobIds', (d) => (param(d, 'ListAsynJobs', 'JobIds').required = true)],
  [
    'request-field-made-optional',
    'GetListenerAttribute request.ListenerId',
    (d) => (param(d, 'GetListenerAttribute', 'ListenerId').required = false),
  ],
  [
    'request-field-removed',
    'ListAsynJobs request.MaxResults',
    (d) =>
      (op(d, 'ListAsynJobs').parameters = op(d, 'ListAsynJobs').parameters.filter(
        (p: any) => p.$ref !== '#/components/parameters/MaxResults',
      )),
  ],
  [
    'request-field-added',
    'ListAsynJobs request.Status',
    (d) => op(d, 'ListAsynJobs').parameters.push({ name: 'Status', in: 'query', schema: { type: 'string' } }),
  ],
  ['response-widened', 'response ErrorEnvelope.Recommend', (d) => delete schemas(d).ErrorEnvelope.properties.Recommend.format],
  [
    'response-narrowed',
    'response CreateListenerResponse.ListenerId',
    (d) => (schemas(d).CreateListenerResponse.properties.ListenerId.maxLength = 64),
  ],
  [
    'response-type-changed',
    'response CreateListenerResponse.ListenerId',
    (d) => (schemas(d).CreateListenerResponse.properties.ListenerId = { type: 'integer' }),
  ],
  [
    'response-type-narrowed',
    'response CreateListenerResponse.ListenerId',
    (d) => (schemas(d).CreateListenerResponse.properties.ListenerId.type = 'string'),
    (d) => (schemas(d).CreateListenerResponse.properties.ListenerId.type = ['string', 'null']),
  ],
  [
    'response-enum-value-added',
    'response ListAsynJobsResponse.Jobs[].Status',
    (d) => schemas(d).ListAsynJobsResponse.properties.Jobs.items.properties.Status.enum.push('Cancelled'),
  ],
  [
    'response-enum-value-removed',
    'response ListAsynJobsResponse.Jobs[].Status',
    (d) => (schemas(d).ListAsynJobsResponse.properties.Jobs.items.properties.Status.enum = ['Succeeded', 'Failed']),
  ],
  [
    'response-field-no-longer-required',
    'response CreateListenerResponse.JobId',
    (d) => (schemas(d).CreateListenerResponse.required = ['RequestId', 'ListenerId']),
  ],
  [
    'response-field-removed',
    'response GetListenerAttributeResponse.ListenerStatus',
    (d) => delete schemas(d).GetListenerAttributeResponse.properties.ListenerStatus,
  ],
  [
    'response-field-added',
    'response CreateListenerResponse.Extra',
    (d) => (schemas(d).CreateListenerResponse.properties.Extra = { type: 'string' }),
  ],
  ['schema-keyword-changed', 'CreateListener request.Tag[]', (d) => (schemas(d).Tag.dependentRequired = { Value: ['Key'] })],
  ['schema-removed', '#/components/schemas/AccessDeniedDetail', (d) => delete schemas(d).AccessDeniedDetail],
  ['schema-added', '#/components/schemas/Brand', (d) => (schemas(d).Brand = { type: 'string' })],
  ['operation-removed', 'POST /#Action=ListAsynJobs', (d) => delete d.paths[key('ListAsynJobs')]],
  [
    'operation-added',
    'POST /#Action=DescribeThing',
    (d) => (d.paths[key('DescribeThing')] = { post: { ...structuredClone(op(d, 'GetListenerAttribute')), operationId: 'DescribeThing' } }),
  ],
  [
    'operation-path-changed',
    'POST /#Action=CreateListener',
    (d) => {
      d.paths['/v2#Action=CreateListener'] = d.paths[key('CreateListener')];
      delete d.paths[key('CreateListener')];
    },
  ],
  [
    'operation-path-key-changed',
    'POST /#Action=CreateListener',
    (d) => {
      d.paths['/'] = d.paths[key('CreateListener')];
      delete d.paths[key('CreateListener')];
    },
  ],
  ['operationId-renamed', 'POST /#Action=ListAsynJobs', (d) => (op(d, 'ListAsynJobs').operationId = 'ListJobs')],
  [
    'parameter-removed',
    'POST /#Action=ListAsynJobs parameter header x-acs-security-token',
    (d) =>
      (op(d, 'ListAsynJobs').parameters = op(d, 'ListAsynJobs').parameters.filter(
        (p: any) => p.$ref !== '#/components/parameters/x-acs-security-token',
      )),
  ],
  [
    'parameter-added',
    'POST /#Action=ListAsynJobs parameter header x-acs-trace',
    (d) => op(d, 'ListAsynJobs').parameters.push({ name: 'x-acs-trace', in: 'header', schema: { type: 'string' } }),
  ],
  [
    'parameter-added-required',
    'POST /#Action=ListAsynJobs parameter header x-acs-trace',
    (d) => op(d, 'ListAsynJobs').parameters.push({ name: 'x-acs-trace', in: 'header', required: true, schema: { type: 'string' } }),
  ],
  [
    'parameter-made-required',
    'POST /#Action=GetListenerAttribute parameter header x-acs-date',
    (d) => (param(d, 'GetListenerAttribute', 'x-acs-date', 'header').required = true),
  ],
  [
    'parameter-encoding-changed',
    'POST /#Action=CreateListener parameter query DefaultActions',
    (d) => (param(d, 'CreateListener', 'DefaultActions')['x-acs-style'] = 'json'),
  ],
  ['response-status-removed', 'POST /#Action=ListAsynJobs 403', (d) => delete op(d, 'ListAsynJobs').responses['403']],
  [
    'response-status-added',
    'POST /#Action=ListAsynJobs 429',
    (d) => (op(d, 'ListAsynJobs').responses['429'] = op(d, 'ListAsynJobs').responses['403']),
  ],
  [
    'response-media-type-removed',
    'POST /#Action=GetListenerAttribute 400',
    (d) => delete d.components.responses.QueryBadRequest.content['text/xml'],
  ],
  [
    'response-media-type-added',
    'POST /#Action=GetListenerAttribute 400',
    (d) =>
      (d.components.responses.QueryBadRequest.content['application/problem+json'] =
        d.components.responses.QueryBadRequest.content['application/json']),
  ],
  [
    'response-header-removed',
    'POST /#Action=ListAsynJobs 400',
    (d) => delete d.components.responses.QueryBadRequest.headers['x-ratelimit-user'],
  ],
  ['security-scheme-removed', 'security AcsV1Signature', (d) => delete d.components.securitySchemes.AcsV1Signature],
  ['security-scheme-changed', 'security AcsV3Signature', (d) => (d.components.securitySchemes.AcsV3Signature.name = 'X-Authorization')],
  ['security-scheme-added', 'security Other', (d) => (d.components.securitySchemes.Other = { type: 'http', scheme: 'bearer' })],
  ['security-requirement-removed', 'POST /#Action=ListAsynJobs', (d) => (op(d, 'ListAsynJobs').security = [{ AcsV3Signature: [] }])],
  ['security-requirement-added', 'POST /#Action=ListAsynJobs', (d) => (op(d, 'ListAsynJobs').security = [...d.security, { Other: [] }])],
  [
    'cross-field-rule-added',
    'CreateListener rule NoPort9',
    (d) =>
      op(d, 'CreateListener')['x-acs-cross-field-rules'].push({
        name: 'NoPort9',
        description: 'not 9',
        code: 'InvalidParameter',
        parameter: 'ListenerPort',
        schema: { not: { properties: { ListenerPort: { const: 9 } } } },
      }),
  ],
  [
    'cross-field-rule-changed',
    'CreateListener rule HttpsListenerNeedsCertificate',
    (d) => (op(d, 'CreateListener')['x-acs-cross-field-rules'][0].schema.then.required = ['Certificates', 'CaEnabled']),
  ],
  [
    'cross-field-rule-removed',
    'CreateListener rule HttpsListenerNeedsCertificate',
    (d) => op(d, 'CreateListener')['x-acs-cross-field-rules'].shift(),
  ],
  ['error-code-removed', 'error Mismatch.VpcId', (d) => delete examples(d)['Mismatch.VpcId']],
  [
    'error-status-changed',
    'error ResourceNotFound.LoadBalancer',
    (d) => (examples(d)['ResourceNotFound.LoadBalancer']['x-acs-http-status'] = 400),
  ],
  ['error-no-longer-retryable', 'error SystemBusy', (d) => (examples(d).SystemBusy['x-acs-retryable'] = false)],
  ['error-now-retryable', 'error Mismatch.VpcId', (d) => (examples(d)['Mismatch.VpcId']['x-acs-retryable'] = true)],
  ['error-code-added', 'error Brand.New', (d) => (examples(d)['Brand.New'] = { value: { Code: 'Brand.New' }, 'x-acs-http-status': 400 })],
  ['waiter-added', 'waiter ListenerUp', (d) => (d['x-acs-waiters'].ListenerUp = waiter)],
  [
    'waiter-removed',
    'waiter ListenerRunning',
    (d) => delete d['x-acs-waiters'].ListenerRunning,
    (d) => (d['x-acs-waiters'] = { ListenerRunning: structuredClone(waiter) }),
  ],
  [
    'waiter-changed',
    'waiter ListenerRunning',
    (d) => (d['x-acs-waiters'].ListenerRunning.acceptors[0].matcher.equals = 'Stopped'),
    (d) => (d['x-acs-waiters'] = { ListenerRunning: structuredClone(waiter) }),
  ],
  [
    'paginator-added',
    'paginator ListAsynJobs',
    (d) => (op(d, 'ListAsynJobs')['x-acs-paginated'] = { inputToken: 'NextToken', outputToken: 'NextToken', items: 'Jobs' }),
    (d) => delete op(d, 'ListAsynJobs')['x-acs-paginated'],
  ],
  [
    'paginator-removed',
    'paginator ListAsynJobs',
    (d) => delete op(d, 'ListAsynJobs')['x-acs-paginated'],
    (d) => (op(d, 'ListAsynJobs')['x-acs-paginated'] = { inputToken: 'NextToken', outputToken: 'NextToken', items: 'Jobs' }),
  ],
  [
    'paginator-changed',
    'paginator ListAsynJobs',
    (d) => (op(d, 'ListAsynJobs')['x-acs-paginated'].items = 'Items'),
    (d) => (op(d, 'ListAsynJobs')['x-acs-paginated'] = { inputToken: 'NextToken', outputToken: 'NextToken', items: 'Jobs' }),
  ],
];

describe('every rule of the gate, as data', () => {
  it('finds nothing between a version and itself', () => {
    expect(findChanges(base, structuredClone(base))).toEqual([]);
  });

  it('has exactly one case here per rule id, and every rule has an id, a level, a direction and a description', () => {
    expect(cases.map(([rule]) => rule).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) expect(rule.description.length, rule.id).toBeGreaterThan(10);
  });

  it.each(cases)('%s fires at %s, with the level its row gives, and the change is reported once', (rule, path, edit, editBase) => {
    const found = changes(edit, editBase);
    const hits = found.filter((c) => c.rule === rule && c.path === path);
    expect(hits, JSON.stringify(found.map((c) => `${c.rule} ${c.path}`))).toHaveLength(1);
    expect(hits[0]!.level).toBe(RULES.find((r) => r.id === rule)!.level);
    // One change, one report: no other report of the same level names the same action and field.
    const place = (p: string) =>
      [/CreateListener|GetListenerAttribute|ListAsynJobs|DescribeThing/.exec(p)?.[0], p.split(/[ .]/).pop()].join(' ');
    const twins = found.filter((c) => c !== hits[0] && c.level === hits[0]!.level && place(c.path) === place(path));
    expect(twins.map((c) => c.rule)).toEqual([]);
  });
});

describe('levels and loosening', () => {
  it('loosening is not breaking: a wider limit, a new enum value, a new optional parameter, a new response field', () => {
    const found = changes((d) => {
      param(d, 'CreateListener', 'RequestTimeout').schema.maximum = 900;
      param(d, 'CreateListener', 'ListenerProtocol').schema.enum.push('HTTP3');
      op(d, 'ListAsynJobs').parameters.push({ name: 'Status', in: 'query', schema: { type: 'string' } });
      // A wider pattern: every description the old one took is still taken.
      param(d, 'CreateListener', 'ListenerDescription').schema.pattern = '^(?:[^\\x00-\\xff]|[\\w.,;/@ -])+$';
      schemas(d).CreateListenerResponse.properties.Extra = { type: 'string' };
    });
    expect(found.filter((c) => c.level === 'breaking')).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(5);
  });

  it('annotations are not reported; the changelog groups by level', () => {
    const found = changes((d) => {
      param(d, 'CreateListener', 'ListenerPort').description = 'reworded';
      examples(d).SystemBusy['x-acs-retryable'] = false;
    });
    expect(found.map((c) => c.rule)).toEqual(['error-no-longer-retryable']);
    expect(changelogMarkdown(found, 'Changes')).toMatch(
      /^## Changes\n\n### warning \(1\)\n\n- `error-no-longer-retryable` error SystemBusy/,
    );
  });

  it('a shared parameter narrowed is reported for each action that takes it', () => {
    const found = findBreakingChanges(
      base,
      (() => {
        const head = structuredClone(base);
        param(head.bundle, 'ListAsynJobs', 'NextToken').schema.maxLength = 10;
        return head;
      })(),
    );
    // NextToken is one component, taken by both paged actions.
    expect(found.map((c) => c.path)).toEqual(['ListAsynJobs request.NextToken', 'ListListeners request.NextToken']);
  });
});

describe('npm run diff', () => {
  // A scratch git repository holding the contract's bundle at a base commit; the working tree then
  // changes in one way per case, and the script's verdict and exit code are checked.
  const repo = resolve(import.meta.dirname, '../..');
  const scratch = mkdtempSync(join(tmpdir(), 'diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch, encoding: 'utf8' });
  const file = 'generated/openapi.json';
  const diff = () =>
    spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/diff.ts'), '--base', 'HEAD'], { cwd: scratch, encoding: 'utf8' });
  const edit = (change: (doc: any) => void) => {
    const path = join(scratch, file);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    change(doc);
    writeFileSync(path, JSON.stringify(doc));
  };
  beforeAll(() => {
    mkdirSync(join(scratch, 'generated'));
    mkdirSync(join(scratch, 'openapi'));
    copyFileSync(join(repo, file), join(scratch, file));
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), '# Contract changelog\n');
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'base');
  });
  beforeEach(() => {
    copyFileSync(join(repo, file), join(scratch, file));
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), '# Contract changelog\n');
  });

  it('passes a harmless change: a wider limit, a new enum value', () => {
    edit((d) => {
      param(d, 'CreateListener', 'RequestTimeout').schema.maximum = 900;
      param(d, 'CreateListener', 'ListenerProtocol').schema.enum.push('HTTP3');
    });
    const run = diff();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('info [limit-widened] CreateListener request.RequestTimeout: maximum 600 became 900');
    expect(run.stdout).toContain('info [request-enum-value-added] CreateListener request.ListenerProtocol: value "HTTP3" is now allowed');
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '0 breaking change(s) since HEAD (2 change(s) in all), 0 at or above breaking not acknowledged in openapi/CHANGELOG.md',
    );
  });

  it("fails another action's narrowed limit with its rule, path and detail, and passes once openapi/CHANGELOG.md acknowledges the line", () => {
    edit((d) => (param(d, 'ListAsynJobs', 'MaxResults').schema.maximum = 50));
    const run = diff();
    expect(run.status).toBe(1);
    // MaxResults is one component, taken by both paged actions: each is a line to acknowledge.
    const lines = ['ListAsynJobs', 'ListListeners'].map((a) => `[limit-narrowed] ${a} request.MaxResults: maximum 100 became 50`);
    for (const line of lines) expect(run.stdout).toContain(`BREAKING ${line}`);
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), `# Contract changelog\n\n- ${lines[0]} (pages are smaller, on purpose)\n`);
    expect(diff().status).toBe(1);
    writeFileSync(
      join(scratch, 'openapi/CHANGELOG.md'),
      `# Contract changelog\n\n${lines.map((line) => `- ${line} (pages are smaller, on purpose)`).join('\n')}\n`,
    );
    const acknowledged = diff();
    expect([acknowledged.status, acknowledged.stdout]).toEqual([0, expect.stringContaining(`acknowledged ${lines[1]}`)]);
  });
});
