// Our lint rules fire: a copy of the bundle broken in one place per rule is linted, and each
// rule reports its own break. (The clean source and bundle are linted by every build.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../support/spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'lint-rules-'));

function write(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

function run(bin: string, args: string[]): string {
  const result = spawnSync(`node_modules/.bin/${bin}`, args, {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  return `${result.stdout}${result.stderr}`;
}

describe('Spectral rules of this project', () => {
  const broken = structuredClone(bundle);
  const op = broken.paths['/#Action=CreateListener'].post;
  delete broken.components.parameters.ListenerPort.description;
  delete broken.components.parameters.IdleTimeout.example;
  broken.components.examples['Mismatch.VpcId'].value.Code = 'Mismatch.Vpc';
  broken.components.examples['ResourceNotFound.Certificate']['x-acs-http-status'] = 400;
  broken.components.responses.Forbidden.content['application/json'].schema = { $ref: '#/components/schemas/CreateListenerResponse' };
  op.operationId = 'AddListener';
  const findings = JSON.parse(
    run('spectral', ['lint', write('broken.json', broken), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
  );
  const messages = (rule: string) =>
    findings
      .filter((f: any) => f.code === rule)
      .map((f: any) => f.message)
      .join('\n');

  it('params-described-with-examples: a parameter without description or example', () => {
    expect(messages('params-described-with-examples')).toMatch(/has no description/);
    expect(messages('params-described-with-examples')).toMatch(/has no example/);
  });

  it('error-examples-unique-and-under-their-status: an example not named after its Code, or under another status', () => {
    expect(messages('error-examples-unique-and-under-their-status')).toContain('Error example "Mismatch.VpcId" has Code "Mismatch.Vpc"');
    expect(messages('error-examples-unique-and-under-their-status')).toContain(
      '"ResourceNotFound.Certificate" declares status 400 but sits under 404',
    );
  });

  it('error-responses-use-envelope: an error response with another schema', () => {
    expect(messages('error-responses-use-envelope')).toContain(
      'Error response 403 (application/json) does not use the ErrorEnvelope schema',
    );
  });

  it('operation-id-is-alibaba-action: an operationId that is not the action', () => {
    expect(messages('operation-id-is-alibaba-action')).toContain('must allow exactly "AddListener"');
  });

  it('constraints-have-sources: a limit without a source, an unknown source, an assumption without a reason, a stale entry, a rule without sources', () => {
    const doc = structuredClone(bundle);
    const params = doc.components.parameters;
    delete params.RequestTimeout.schema['x-acs-sources'];
    params.IdleTimeout.schema['x-acs-sources'][0].from = ['a-blog-post'];
    doc.components.schemas.Tags['x-acs-sources'][0] = { for: ['x-acs-wire-max-items'], from: ['assumption'] };
    params.ListenerPort['x-acs-sources'].push({ for: ['maxItems'], from: ['seed'], says: 'nothing' });
    delete doc.paths['/#Action=CreateListener'].post['x-acs-cross-field-rules'][0].sources;
    doc.components.examples.SystemBusy['x-acs-sources'] = [];
    const out = JSON.parse(
      run('spectral', ['lint', write('sources.json', doc), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    const found = out.filter((f: any) => f.code === 'constraints-have-sources').map((f: any) => `${f.path.join('.')}: ${f.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'components.parameters.RequestTimeout.schema: Constraint "minimum" names no source (add it to x-acs-sources).',
        'components.parameters.RequestTimeout.schema: Constraint "maximum" names no source (add it to x-acs-sources).',
        'components.parameters.RequestTimeout.schema: Constraint "default" names no source (add it to x-acs-sources).',
        'components.parameters.IdleTimeout.schema.x-acs-sources.0: Source "a-blog-post" is not in x-acs-source-catalog.',
        'components.schemas.Tags.x-acs-sources.0: An assumption must say why in `note`.',
        'components.parameters.ListenerPort.x-acs-sources.1: Source for "maxItems", which this node does not have (stale).',
        'paths./#Action=CreateListener.post.x-acs-cross-field-rules.0: Constraint "rule" names no source (add it to sources).',
        'components.examples.SystemBusy: Constraint "x-acs-retryable" names no source (add it to x-acs-sources).',
      ]),
    );
    // The clean bundle has none (the build lints it too; this keeps the test honest on its own).
    const clean = JSON.parse(
      run('spectral', ['lint', write('clean.json', bundle), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    expect(clean.filter((f: any) => f.code === 'constraints-have-sources')).toEqual([]);
  });

  it('waiters-and-paginators-are-valid: an unknown action, a path no answer has, a value outside the enum, an undocumented error, a missing source, disordered delays, a bad paginator', () => {
    const doc = structuredClone(bundle);
    const waiters = doc['x-acs-waiters'];
    waiters.Ghost = { ...structuredClone(waiters.ListenerRunning), operation: 'DescribeGhost' };
    waiters.ListenerRunning.acceptors[0].matcher.path = 'ListenerState';
    waiters.JobSucceeded.acceptors[1].matcher.expected = 'Done';
    waiters.JobSucceeded.acceptors.push({ state: 'success', matcher: { errorCode: 'ResourceNotFound.Nothing' } });
    waiters.JobSucceeded.acceptors[0].reason.code = 'Code';
    waiters.JobSucceeded.minDelayMs = 20_000;
    waiters.JobSucceeded['x-acs-sources'] = waiters.JobSucceeded['x-acs-sources'].filter((e: any) => !e.for.includes('timeoutMs'));
    const paginated = doc.paths['/#Action=ListAsynJobs'].post['x-acs-paginated'];
    paginated.items = 'Job';
    paginated.pageSize = 'PageSize';
    const out = JSON.parse(
      run('spectral', ['lint', write('waiters.json', doc), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    const found = out
      .filter((f: any) => f.code === 'waiters-and-paginators-are-valid')
      .map((f: any) => `${f.path.join('.')}: ${f.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'x-acs-waiters.Ghost.operation: Waiter Ghost polls "DescribeGhost", which is no action of this contract.',
        "x-acs-waiters.ListenerRunning.acceptors.0.matcher.path: GetListenerAttribute's answer has no ListenerState.",
        'x-acs-waiters.JobSucceeded.acceptors.1.matcher.expected: "Done" is not a value of Jobs[].Status (Succeeded, Failed, Processing).',
        'x-acs-waiters.JobSucceeded.acceptors.2.matcher.errorCode: ListAsynJobs documents no error ResourceNotFound.Nothing.',
        'x-acs-waiters.JobSucceeded.acceptors.0.reason.code: The matched element has no Code.',
        'x-acs-waiters.JobSucceeded: The delays must be ordered: minDelayMs ≤ maxDelayMs ≤ timeoutMs.',
        'x-acs-waiters.JobSucceeded: "timeoutMs" names no source (add it to x-acs-sources).',
        "paths./#Action=ListAsynJobs.post.x-acs-paginated.items: ListAsynJobs's answer has no list Job.",
        'paths./#Action=ListAsynJobs.post.x-acs-paginated.pageSize: ListAsynJobs has no query parameter PageSize.',
      ]),
    );
    const clean = JSON.parse(
      run('spectral', ['lint', write('clean-waiters.json', bundle), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    expect(clean.filter((f: any) => f.code === 'waiters-and-paginators-are-valid')).toEqual([]);
  });

  it('patterns-described and error-fields-name-request-fields: a pattern without words; an error field of no action, or no field of its action', () => {
    const doc = structuredClone(bundle);
    delete doc.components.parameters.ClientToken.schema['x-acs-pattern-description'];
    doc.components.examples['ResourceNotFound.Listener']['x-acs-error-field'] = {
      DescribeGhost: ['ListenerId'],
      GetListenerAttribute: ['ListenerID'],
      CreateListener: ['DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId'],
    };
    const out = JSON.parse(
      run('spectral', ['lint', write('fields.json', doc), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    const found = (rule: string) => out.filter((f: any) => f.code === rule).map((f: any) => f.message);
    expect(found('patterns-described')).toEqual([expect.stringMatching(/^the pattern .* has no x-acs-pattern-description/)]);
    expect(found('error-fields-name-request-fields')).toEqual([
      'x-acs-error-field names DescribeGhost, which is no action of the contract',
      'x-acs-error-field.GetListenerAttribute names ListenerID, which is not a GetListenerAttribute request field',
    ]);
  });

  it('properties-described-with-examples: a response property without an example', () => {
    const doc = structuredClone(bundle);
    delete doc.components.schemas.CreateListenerResponse.properties.JobId.examples;
    const out = JSON.parse(
      run('spectral', ['lint', write('property.json', doc), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    );
    expect(out.map((f: any) => f.code)).toContain('properties-described-with-examples');
  });
});

describe('Redocly example rules', () => {
  it('rejects an example that does not fit its schema (a wrong type in a response and in an error)', () => {
    const doc = structuredClone(bundle);
    doc.components.examples.CreateListenerResponseExample.value.ListenerId = 42;
    doc.components.examples.InternalError.value.HostId = 42;
    const out = run('redocly', ['lint', write('examples.json', doc), '--format', 'stylish']);
    expect(out).toMatch(/no-invalid-media-type-examples/);
    expect(out).toMatch(/ListenerId/);
    expect(out).toMatch(/HostId/);
  });
});
