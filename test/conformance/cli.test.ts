// `npm run conformance` as a person and a CI job use it: readable lines, reports in JUnit XML and JSON,
// a non-zero exit when a server drifts, and the seed printed for replay.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startDriftingProxy } from '../support/drift-proxy.ts';
import { useMock } from '../support/mock.ts';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
const server = useMock();

async function contract(args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), ['scripts/conformance.ts', ...args], {
      cwd: repo,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('npm run conformance', () => {
  it('--min-coverage fails a run that covers less: against a service (no example scenarios) 100% is out of reach', async () => {
    const run = await contract([
      '--base-url',
      server.url,
      '--target',
      'service',
      '--seed',
      '1',
      '--runs',
      '2',
      '--failures-only',
      '--min-coverage',
      '100',
      '--json',
      join(dir, 'cov.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\n\d+ passed, 0 failed, \d+ skipped/);
    expect(run.stdout).toMatch(/coverage [\d.]+% is below --min-coverage 100%/);
    const report = JSON.parse(readFileSync(join(dir, 'cov.json'), 'utf8'));
    expect(report.coverage.categories.example.covered).toBe(0);
    expect(report.coverage.percent).toBeLessThan(100);
  });

  it('starts the mock itself when given no URL, passes, and writes JUnit XML and JSON reports', async () => {
    const run = await contract(['--seed', '7', '--runs', '5', '--junit', join(dir, 'r.xml'), '--json', join(dir, 'r.json')]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/fast-check seed 7/);
    // One line per scenario.
    expect(run.stdout).toMatch(/^ok {3}CreateListener:baseline:1 the minimal valid request/m);
    // Every action of the contract is checked, each with its own scenarios.
    for (const action of ['GetListenerAttribute', 'ListAsynJobs'])
      expect(run.stdout).toMatch(new RegExp(`^ok {3}${action}:baseline:\\d+ `, 'm'));
    expect(run.stdout).toMatch(/^ok {3}CreateListener:required:\d+ without LoadBalancerId$/m);
    expect(run.stdout).toMatch(/\d+ passed, 0 failed .*replay with --seed 7/);
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites tests="\d+" failures="0" skipped="0">/);
    expect(junit).toContain('<property name="coverage.percent" value="100"/>');
    expect(run.stdout).toMatch(/^coverage 100% \(\d+\/\d+: code \d+\/\d+, constraint/m);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect([report.failed, report.seed, report.target]).toEqual([0, 7, 'mock']);
  });

  it('fails against a drifting server, printing the request, the statuses and each difference as a JSON pointer', async () => {
    // Every success loses its RequestId.
    const broken = await startDriftingProxy(server.url, (answer) => {
      const body = JSON.parse(answer.text);
      if (answer.status === 200) delete body.RequestId;
      return { ...answer, text: JSON.stringify(body) };
    });
    const run = await contract(['--base-url', broken.url, '--target', 'mock', '--seed', '3', '--runs', '3', '--junit', join(dir, 'b.xml')]);
    // Each failure prints a curl command that sends its request again: here, aimed at the healthy
    // mock instead of the drifting proxy, it gets the answer the scenario expected.
    const replay = /FAIL CreateListener:baseline:1[^\n]*\n[^\n]*\n {5}replay: {3}(curl [^\n]+)/.exec(run.stdout)?.[1];
    expect(replay).toMatch(/^curl -s -X POST 'http:\/\/127\.0\.0\.1:\d+\/\?DefaultActions/);
    const again = await promisify(execFile)(
      'sh',
      ['-c', `${replay!.replace(new URL(broken.url).origin, new URL(server.url).origin)} -w ' %{http_code}'`],
      { encoding: 'utf8' },
    );
    expect(again.stdout).toMatch(/"ListenerId":"lsn-[a-z0-9]+".* 200$/);
    broken.close();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL CreateListener:baseline:1 the minimal valid request/);
    expect(run.stdout).toMatch(/request: {2}POST http:\/\/127\.0\.0\.1:\d+\/\?DefaultActions/);
    expect(run.stdout).toMatch(/expected: accepted \(2xx\)\n {5}actual: {3}200 application\/json/);
    expect(run.stdout).toContain('[response_schema_conformance: schema] /RequestId: expected "present", got "absent"');
    expect(readFileSync(join(dir, 'b.xml'), 'utf8')).toMatch(/<failure message=/);
  });
});
