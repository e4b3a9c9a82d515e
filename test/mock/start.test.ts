// `npm start` as a person runs it: the banner (URL, a curl that works, how to pick errors), a
// clean exit on SIGTERM, and a one-line error when the port is taken.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

function start(args: string[]) {
  const child = spawn(resolve(repo, 'node_modules/.bin/tsx'), ['scripts/start.ts', '--no-build', ...args], { cwd: repo });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const output = async (needle: string) => {
    for (let i = 0; i < 200 && !stdout.includes(needle); i++) await new Promise((r) => setTimeout(r, 50));
    return stdout;
  };
  return { child, exited, output, stderr: () => stderr };
}

describe('npm start', () => {
  it('prints the URL, a working curl command and how to pick errors; logs one line per request; exits cleanly on SIGTERM', async () => {
    const mock = start(['--port', '0']);
    const banner = await mock.output('One line per request');
    const url = /mock on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!;
    expect(banner).toContain(`${url}/docs`);
    expect(banner).toContain('Prefer: code=404, example=ResourceNotFound.LoadBalancer');
    expect(banner).toMatch(/404: .*ResourceNotFound\.LoadBalancer/);
    const curl = /curl -s -X POST '([^']+)' -H '([^']+)' -H '([^']+)'/.exec(banner)!;
    const headers = Object.fromEntries([curl[2]!, curl[3]!].map((h) => h.split(': ')));
    const response = await fetch(curl[1]!, { method: 'POST', headers });
    expect(response.status).toBe(200);
    const log = await mock.output('POST CreateListener 200');
    expect(log).toMatch(/POST CreateListener 200 - \d+\.\dms/);
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('says in one line when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    const mock = start(['--port', String(port)]);
    expect(await mock.exited).toBe(1);
    expect(mock.stderr().trim()).toBe(`error: Port ${port} on 127.0.0.1 is already in use; pick another with --port or ALB_MOCK_PORT.`);
    blocker.close();
  });

  it('refuses --verify-signatures without test credentials in the environment', async () => {
    const mock = start(['--port', '0', '--verify-signatures']);
    expect(await mock.exited).toBe(1);
    expect(mock.stderr()).toContain('ALB_MOCK_ACCESS_KEY_ID');
  });

  it.each([
    [['--latency', 'soon'], '--latency needs a non-negative number, got soon'],
    [['--throttle', '0'], '--throttle needs a rate above 0'],
    [['--configuring-ms', '500'], '--configuring-ms and --fail-jobs need --stateful'],
    [['--stateful', '--fail-jobs', '2'], '--fail-jobs needs a fraction between 0 and 1, got 2'],
  ])('refuses a malformed fault flag in one line: %s', async (args, message) => {
    const mock = start(['--port', '0', ...args]);
    expect(await mock.exited).not.toBe(0);
    expect(mock.stderr().split('\n')[0]).toContain(message);
  });

  it('starts with fault flags and throttles as told', async () => {
    const mock = start(['--port', '0', '--quiet', '--throttle', '1:1', '--latency', '10-20']);
    const banner = await mock.output('mock on');
    const url = /mock on (http:\/\/\S+)/.exec(banner)![1]!;
    const post = () =>
      fetch(`${url}/?LoadBalancerId=x`, { method: 'POST', headers: { 'x-acs-action': 'CreateListener', 'x-acs-version': '2020-06-16' } });
    await post();
    const throttled = await post();
    expect((await throttled.json()).Code).toBe('Throttling.User');
    mock.child.kill('SIGTERM');
    await mock.exited;
  });
});
