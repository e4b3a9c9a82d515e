// Each breaking-change rule fires on the change it names, and loosening changes do not fire.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changelogMarkdown, findBreakingChanges, findChanges, type ContractVersion } from '../../src/conformance/breaking.ts';
import { bundle, requestSchema } from '../support/spec.ts';

const base: ContractVersion = { bundle, requestSchema };
type Edit = (v: ContractVersion) => unknown;
const changed = (edit: Edit) => {
  const head = structuredClone(base);
  edit(head);
  return findBreakingChanges(base, head);
};
const schemas = (v: ContractVersion): any => v.bundle.components.schemas;

describe('breaking-change rules', () => {
  it('finds nothing between a version and itself', () => {
    expect(findBreakingChanges(base, structuredClone(base))).toEqual([]);
  });

  it('reads a path key that only renames an RPC action (the wire path stays /) as info, a moved wire path as breaking', () => {
    const moveTo = (key: string) => {
      const head = structuredClone(base);
      head.bundle.paths[key] = head.bundle.paths['/#Action=CreateListener'];
      delete head.bundle.paths['/#Action=CreateListener'];
      return findChanges(base, head);
    };
    const renamed = moveTo('/');
    expect(renamed.filter((c) => c.level === 'breaking')).toEqual([]);
    expect(renamed.map((c) => c.rule)).toContain('operation-path-key-changed');
    expect(
      moveTo('/v2#Action=CreateListener')
        .filter((c) => c.level === 'breaking')
        .map((c) => c.rule),
    ).toEqual(['operation-path-changed']);
  });

  const cases: Array<[string, Edit, string]> = [
    [
      'operationId-renamed',
      (v: ContractVersion): unknown => (v.bundle.paths['/#Action=CreateListener'].post.operationId = 'AddListener'),
      'POST /#Action=CreateListener',
    ],
    [
      'operation-removed',
      (v: ContractVersion): unknown => delete v.bundle.paths['/#Action=CreateListener'].post,
      'POST /#Action=CreateListener',
    ],
    [
      'request-field-removed',
      (v: ContractVersion): void => {
        v.requestSchema.properties.Description = v.requestSchema.properties.ListenerDescription;
        delete v.requestSchema.properties.ListenerDescription;
      },
      'request.ListenerDescription',
    ],
    ['request-field-made-required', (v: ContractVersion): unknown => v.requestSchema.required.push('ClientToken'), 'request.ClientToken'],
    [
      'request-field-made-required',
      (v: ContractVersion): void => {
        v.requestSchema.properties.Tag.items.required ??= [];
        v.requestSchema.properties.Tag.items.required.push('Value');
      },
      'request.Tag[].Value',
    ],
    [
      'request-type-changed',
      (v: ContractVersion): unknown => (v.requestSchema.properties.ListenerPort.type = 'string'),
      'request.ListenerPort',
    ],
    [
      'response-field-removed',
      (v: ContractVersion): unknown => delete schemas(v).CreateListenerResponse.properties.JobId,
      'response CreateListenerResponse.JobId',
    ],
    [
      'response-type-changed',
      (v: ContractVersion): unknown => (schemas(v).CreateListenerResponse.properties.ListenerId = { type: 'integer' }),
      'response CreateListenerResponse.ListenerId',
    ],
    [
      'response-field-no-longer-required',
      (v: ContractVersion): unknown => (schemas(v).CreateListenerResponse.required = ['RequestId', 'ListenerId']),
      'response CreateListenerResponse.JobId',
    ],
    ['schema-removed', (v: ContractVersion): unknown => delete schemas(v).AccessDeniedDetail, '#/components/schemas/AccessDeniedDetail'],
    [
      'enum-value-removed',
      (v: ContractVersion): unknown => (v.requestSchema.properties.ListenerProtocol.enum = ['HTTP', 'HTTPS']),
      'request.ListenerProtocol',
    ],
    [
      'limit-narrowed',
      (v: ContractVersion): unknown => (v.requestSchema.properties.RequestTimeout.maximum = 120),
      'request.RequestTimeout',
    ],
    ['limit-narrowed', (v: ContractVersion): unknown => (v.requestSchema.properties.Tag.maxItems = 10), 'request.Tag'],
    [
      'limit-narrowed',
      (v: ContractVersion): unknown => (v.requestSchema.properties.ListenerDescription.pattern = '^[A-Za-z0-9/._-]+$'),
      'request.ListenerDescription',
    ],
    [
      'response-field-no-longer-required',
      (v: ContractVersion): unknown => (schemas(v).ErrorEnvelope.required = ['Code', 'Message']),
      'response ErrorEnvelope.RequestId',
    ],
    [
      'error-status-changed',
      (v: ContractVersion): unknown => (v.bundle.components.examples['ResourceNotFound.LoadBalancer']['x-acs-http-status'] = 400),
      'error ResourceNotFound.LoadBalancer',
    ],
    ['error-code-removed', (v: ContractVersion): unknown => delete v.bundle.components.examples['Mismatch.VpcId'], 'error Mismatch.VpcId'],
  ];
  it.each(cases)('%s fires (%#)', (rule, edit, path) => {
    const found = changed(edit);
    expect(found.map((c) => [c.rule, c.path])).toContainEqual([rule, path]);
  });

  // Each rule in both directions: the edit that breaks a client, and its opposite, which must not.
  const param = (v: ContractVersion, name: string, location = 'query') =>
    v.bundle.paths['/#Action=CreateListener'].post.parameters
      .map((ref: any) => (ref.$ref ? v.bundle.components.parameters[ref.$ref.split('/').pop()] : ref))
      .find((p: any) => p.name === name && p.in === location);
  const both: Array<[string, string, Edit, Edit]> = [
    [
      'limit-narrowed',
      'request.RequestTimeout',
      (v) => (v.requestSchema.properties.RequestTimeout.exclusiveMaximum = 500),
      (v) => delete v.requestSchema.properties.RequestTimeout.minimum,
    ],
    [
      'limit-narrowed',
      'request.ListenerPort',
      (v) => (v.requestSchema.properties.ListenerPort.multipleOf = 2),
      (v) => (v.requestSchema.properties.ListenerPort.maximum = 70_000),
    ],
    [
      'limit-narrowed',
      'request.IdleTimeout',
      (v) => (v.requestSchema.properties.IdleTimeout.exclusiveMinimum = 5),
      (v) => (v.requestSchema.properties.IdleTimeout.maximum = 900),
    ],
    [
      'enum-value-removed',
      'parameter header x-acs-action',
      (v) => (param(v, 'x-acs-action', 'header').schema.enum = ['CreateRule']),
      (v) => param(v, 'x-acs-action', 'header').schema.enum.push('CreateListenerV2'),
    ],
    [
      'parameter-encoding-changed',
      'parameter query DefaultActions',
      (v) => (param(v, 'DefaultActions')['x-acs-style'] = 'json'),
      (v) => (param(v, 'DefaultActions').description = 'reworded'),
    ],
    [
      'parameter-encoding-changed',
      'parameter query Tag',
      (v) => (param(v, 'Tag').style = 'deepObject'),
      (v) => (param(v, 'Tag').example = []),
    ],
    [
      'response-type-changed',
      'response CreateListenerResponse.ListenerId',
      (v) => (schemas(v).CreateListenerResponse.properties.ListenerId.type = ['string', 'null']),
      (v) => (schemas(v).CreateListenerResponse.properties.ListenerId.maxLength = 64),
    ],
    [
      'response-media-type-removed',
      'POST /#Action=CreateListener 400',
      (v) => delete v.bundle.components.responses.BadRequest.content['text/xml'],
      (v) =>
        (v.bundle.components.responses.BadRequest.content['application/problem+json'] =
          v.bundle.components.responses.BadRequest.content['application/json']),
    ],
    [
      'response-status-removed',
      'POST /#Action=CreateListener 403',
      (v) => delete v.bundle.paths['/#Action=CreateListener'].post.responses['403'],
      (v) =>
        (v.bundle.paths['/#Action=CreateListener'].post.responses['429'] = v.bundle.paths['/#Action=CreateListener'].post.responses['403']),
    ],
    [
      'security-scheme-changed',
      'security AcsV3Signature',
      (v) => (v.bundle.components.securitySchemes.AcsV3Signature.name = 'X-Authorization'),
      (v) => (v.bundle.components.securitySchemes.AcsV3Signature.description = 'reworded'),
    ],
    [
      'security-scheme-removed',
      'security AcsV1Signature',
      (v) => delete v.bundle.components.securitySchemes.AcsV1Signature,
      (v) => (v.bundle.components.securitySchemes.Other = { type: 'http', scheme: 'bearer' }),
    ],
    [
      'cross-field-rule-added',
      'rule NoPort9',
      (v) => v.requestSchema.allOf.push({ $comment: 'NoPort9: not 9', not: { properties: { ListenerPort: { const: 9 } } } }),
      (v) => v.requestSchema.allOf.pop(),
    ],
  ];
  both.push([
    'response-widened',
    'response ErrorEnvelope.Recommend',
    // A response constraint removed: clients that relied on a URL may now get anything.
    (v) => delete schemas(v).ErrorEnvelope.properties.Recommend.format,
    (v) => (schemas(v).ErrorEnvelope.properties.Recommend.maxLength = 2048),
  ]);
  it.each(both)('%s (%s) fires on the breaking edit and not on its opposite', (rule, path, breaking, harmless) => {
    expect(changed(breaking).map((c) => [c.rule, c.path])).toContainEqual([rule, path]);
    expect(changed(harmless)).toEqual([]);
  });

  it('any other keyword that changes is a warning, annotations are not reported', () => {
    const found = findChanges(
      base,
      (() => {
        const head = structuredClone(base);
        head.requestSchema.properties.Tag.items.dependentRequired = { Value: ['Key'] };
        head.requestSchema.properties.ListenerPort.description = 'reworded';
        head.requestSchema.properties.ListenerPort.examples = [8080];
        return head;
      })(),
    );
    expect(found.map((c) => [c.level, c.rule, c.path])).toEqual([['warning', 'schema-keyword-changed', 'request.Tag[]']]);
  });

  it('levels: a narrower response is info, an error no longer retried a warning, added things are info', () => {
    const all = findChanges(
      base,
      (() => {
        const head = structuredClone(base);
        head.bundle.components.schemas.CreateListenerResponse.properties.ListenerId.maxLength = 64;
        head.bundle.components.examples.SystemBusy['x-acs-retryable'] = false;
        head.bundle.components.examples['Brand.New'] = { value: { Code: 'Brand.New' }, 'x-acs-http-status': 400 };
        head.requestSchema.properties.NewOption = { type: 'boolean' };
        return head;
      })(),
    );
    const level = (rule: string) => all.find((c) => c.rule === rule)?.level;
    expect(level('response-narrowed')).toBe('info');
    expect(level('error-no-longer-retryable')).toBe('warning');
    expect(level('error-code-added')).toBe('info');
    expect(level('request-field-added')).toBe('info');
    expect(changelogMarkdown(all, 'Changes')).toMatch(/^## Changes\n\n### warning \(1\)\n\n- `error-no-longer-retryable` error SystemBusy/);
  });

  it('loosening is not breaking: a wider limit, a new enum value, a new optional parameter, a new response field', () => {
    expect(
      changed((v) => {
        v.requestSchema.properties.RequestTimeout.maximum = 600;
        v.requestSchema.properties.ListenerProtocol.enum.push('HTTP3');
        v.requestSchema.properties.NewOption = { type: 'boolean' };
        // A wider pattern: every description the old one took is still taken.
        v.requestSchema.properties.ListenerDescription.pattern = '^(?:[^\\x00-\\xff]|[\\w.,;/@ -])+$';
        // A request-only schema is not a response: dropping a required flag there loosens the request.
        delete schemas(v).ServerGroupTuple.required;
        schemas(v).CreateListenerResponse.properties.Extra = { type: 'string' };
      }),
    ).toEqual([]);
  });
});

describe('npm run diff', () => {
  // A scratch git repository holding the contract's generated files at a base commit; the working
  // tree then changes in one way per case, and the script's verdict and exit code are checked.
  const repo = resolve(import.meta.dirname, '../..');
  const scratch = mkdtempSync(join(tmpdir(), 'diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch, encoding: 'utf8' });
  const files = ['generated/openapi.json', 'generated/create-listener-request.schema.json'];
  const diff = () =>
    spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/diff.ts'), '--base', 'HEAD'], { cwd: scratch, encoding: 'utf8' });
  const editSchema = (change: (schema: any) => void) => {
    const path = join(scratch, 'generated/create-listener-request.schema.json');
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    change(schema);
    writeFileSync(path, JSON.stringify(schema));
  };
  beforeAll(() => {
    mkdirSync(join(scratch, 'generated'));
    mkdirSync(join(scratch, 'openapi'));
    for (const file of files) copyFileSync(join(repo, file), join(scratch, file));
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), '# Contract changelog\n');
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'base');
  });
  beforeEach(() => {
    for (const file of files) copyFileSync(join(repo, file), join(scratch, file));
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), '# Contract changelog\n');
  });

  it('passes a harmless change: a wider limit, a new enum value', () => {
    editSchema((s) => {
      s.properties.RequestTimeout.maximum = 900;
      s.properties.ListenerProtocol.enum.push('HTTP3');
    });
    const run = diff();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('info [limit-widened] request.RequestTimeout: maximum 600 became 900');
    expect(run.stdout).toContain('info [request-enum-value-added] request.ListenerProtocol: value "HTTP3" is now allowed');
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '0 breaking change(s) since HEAD (2 change(s) in all), 0 at or above breaking not acknowledged in openapi/CHANGELOG.md',
    );
  });

  it('fails a known break with its rule, path and detail, and passes once openapi/CHANGELOG.md acknowledges the line', () => {
    editSchema((s) => {
      s.properties.ListenerProtocol.enum = ['HTTP', 'HTTPS'];
    });
    const run = diff();
    expect(run.status).toBe(1);
    const line = '[enum-value-removed] request.ListenerProtocol: value "QUIC" is no longer allowed';
    expect(run.stdout).toContain(`BREAKING ${line}`);
    writeFileSync(join(scratch, 'openapi/CHANGELOG.md'), `# Contract changelog\n\n- ${line} (QUIC is gone, on purpose)\n`);
    const acknowledged = diff();
    expect([acknowledged.status, acknowledged.stdout]).toEqual([0, expect.stringContaining(`acknowledged ${line}`)]);
  });
});
