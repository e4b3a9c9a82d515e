// The docs' code samples, run: each sample the page marks as tested is executed as a user would
// (curl in a shell, our client under tsx, the official SDK under node) against the mock, and must
// create a listener. The aliyun CLI sample cannot run here: the page says so, and its flags
// must be the same flattened request the curl sample sends.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { codeSamples, MOCK_ENDPOINT } from '../../scripts/lib/code-samples.ts';
import { useMock } from '../support/mock.ts';
import { wireForm } from '../support/spec.ts';

const repo = resolve(import.meta.dirname, '../..');
// Inside the repository, so the samples' imports resolve from its node_modules.
const scratch = join(repo, '.cache/code-samples');
mkdirSync(scratch, { recursive: true });
const run = promisify(execFile);
const samples = codeSamples(wireForm, 'CreateListener');
const sample = (label: string) => samples.find((s) => s.label.startsWith(label))!;
// Stateless: every sample sends the same example request, and each must succeed.
const mock = useMock();
const local = (source: string) => source.replaceAll(MOCK_ENDPOINT, mock.url);
const listenerIds = (text: string) => text.match(/lsn-[0-9a-z]+/g) ?? [];

describe('the code samples in the docs', () => {
  it('are on the docs page, each with its label, the untested one marked', () => {
    const page = readFileSync(join(repo, 'generated/docs/index.html'), 'utf8');
    for (const { label } of samples) expect(page).toContain(label);
    expect(samples.filter((s) => !s.tested).map((s) => s.label)).toEqual(['aliyun CLI (untested here)']);
  });

  it('curl creates a listener on the mock', async () => {
    const { stdout } = await run('bash', ['-c', local(sample('curl').source)], { encoding: 'utf8' });
    const body = JSON.parse(stdout);
    expect(body.ListenerId).toMatch(/^lsn-/);
    expect(body.JobId).toEqual(expect.any(String));
  });

  it("this package's client creates a listener on the mock", { timeout: 30_000 }, async () => {
    const file = join(scratch, 'client-sample.ts');
    // The package's name resolves to the source entry here (test/client/package.test.ts type-checks
    // the same sample against the packed package).
    writeFileSync(file, local(sample('This package').source).replace("'alb-createlistener-contract'", `'${join(repo, 'src/node.ts')}'`));
    const { stdout, stderr } = await run(join(repo, 'node_modules/.bin/tsx'), [file], { encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(listenerIds(stdout)).toHaveLength(1);
  });

  it('the official Node SDK creates a listener on the mock', { timeout: 30_000 }, async () => {
    const file = join(scratch, 'sdk-sample.mjs');
    writeFileSync(file, local(sample('Official Node SDK').source));
    const { stdout } = await run(process.execPath, [file], {
      encoding: 'utf8',
      env: { ...process.env, ALIBABA_CLOUD_ACCESS_KEY_ID: 'test-id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'test-secret' },
    });
    expect(listenerIds(stdout)).toHaveLength(1);
  });

  it('the aliyun CLI sample passes the same flattened parameters as the curl sample', () => {
    const cliFlags = Object.fromEntries([...sample('aliyun CLI').source.matchAll(/--(\S+) (\S+)/g)].map((m) => [m[1], m[2]]));
    const curlUrl = new URL(sample('curl').source.match(/'(http[^']+)'/)![1]!);
    expect(cliFlags).toEqual({ region: 'cn-hangzhou', ...Object.fromEntries(curlUrl.searchParams) });
  });
});
