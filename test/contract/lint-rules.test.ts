// Our lint rules fire: a copy of the bundle broken in one place per rule is linted, and each
// rule reports its own break. (The clean source and bundle are linted by every build.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../support/contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'lint-rules-'));

function write(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

function run(bin: string, args: string[]): string {
  const result = spawnSync(`node_modules/.bin/${bin}`, args, { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } });
  return `${result.stdout}${result.stderr}`;
}

describe('Spectral rules of this project', () => {
  const broken = structuredClone(bundle);
  const op = broken.paths['/'].post;
  delete broken.components.parameters.ListenerPort.description;
  delete broken.components.parameters.IdleTimeout.example;
  broken.components.examples['Mismatch.VpcId'].value.Code = 'Mismatch.Vpc';
  broken.components.examples['ResourceNotFound.Certificate']['x-acs-http-status'] = 400;
  broken.components.responses.Forbidden.content['application/json'].schema = { $ref: '#/components/schemas/CreateListenerResponse' };
  op.operationId = 'AddListener';
  const findings = JSON.parse(run('spectral', ['lint', write('broken.json', broken), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']));
  const messages = (rule: string) => findings.filter((f: any) => f.code === rule).map((f: any) => f.message).join('\n');

  it('params-described-with-examples: a parameter without description or example', () => {
    expect(messages('params-described-with-examples')).toMatch(/has no description/);
    expect(messages('params-described-with-examples')).toMatch(/has no example/);
  });

  it('error-examples-unique-and-under-their-status: an example not named after its Code, or under another status', () => {
    expect(messages('error-examples-unique-and-under-their-status')).toContain('Error example "Mismatch.VpcId" has Code "Mismatch.Vpc"');
    expect(messages('error-examples-unique-and-under-their-status')).toContain('"ResourceNotFound.Certificate" declares status 400 but sits under 404');
  });

  it('error-responses-use-envelope: an error response with another schema', () => {
    expect(messages('error-responses-use-envelope')).toContain('Error response 403 (application/json) does not use the ErrorEnvelope schema');
  });

  it('operation-id-is-alibaba-action: an operationId that is not the action', () => {
    expect(messages('operation-id-is-alibaba-action')).toContain('must allow exactly "AddListener"');
  });

  it('properties-described-with-examples: a response property without an example', () => {
    const doc = structuredClone(bundle);
    delete doc.components.schemas.CreateListenerResponse.properties.JobId.examples;
    const out = JSON.parse(run('spectral', ['lint', write('property.json', doc), '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']));
    expect(out.map((f: any) => f.code)).toContain('properties-described-with-examples');
  });
});

describe('Redocly example rules', () => {
  it('rejects an example that does not fit its schema (a masked id, a wrong type)', () => {
    const doc = structuredClone(bundle);
    doc.components.examples.CreateListenerResponseExample.value.ListenerId = 'lsn-o4u54y73wq7b******';
    doc.components.examples['InternalError'].value.HostId = 42;
    const out = run('redocly', ['lint', write('examples.json', doc), '--format', 'stylish']);
    expect(out).toMatch(/no-invalid-media-type-examples/);
    expect(out).toMatch(/ListenerId/);
    expect(out).toMatch(/HostId/);
  });
});
