// `npm run conformance:proxy`: Prism's proxy with response validation in front of an upstream. Clean
// traffic passes; an upstream that drops RequestId fails the run with Prism's own message.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDriftingProxy } from '../support/drift-proxy.ts';
import { useMock, V3, validQuery, qs } from '../support/mock.ts';

const repo = resolve(import.meta.dirname, '../..');
const server = useMock();

type ProxiedRequest = Record<string, string> | { params: Record<string, string>; headers: Record<string, string> };

async function throughProxy(upstream: string, requests: ProxiedRequest[]) {
  const child = spawn(
    resolve(repo, 'node_modules/.bin/tsx'),
    ['scripts/conformance-proxy.ts', '--upstream', upstream, '--port', '0', '--max-requests', String(requests.length)],
    { cwd: repo },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  // Prism takes a few seconds to start, more on a loaded machine.
  for (let i = 0; i < 600 && !/contract proxy on (\S+)/.test(output); i++) await new Promise((r) => setTimeout(r, 50));
  const url = /contract proxy on (\S+)/.exec(output)![1];
  const statuses: number[] = [];
  for (const request of requests) {
    const { params, headers } =
      'params' in request ? (request as Exclude<ProxiedRequest, Record<string, string>>) : { params: request, headers: V3 };
    statuses.push((await fetch(`${url}/?${qs(params)}`, { method: 'POST', headers })).status);
  }
  return { code: await exited, output, statuses };
}

describe('npm run conformance:proxy', () => {
  it('passes clean traffic through and exits 0', async () => {
    const run = await throughProxy(server.url, [validQuery, { ...validQuery, ListenerPort: '0' }]);
    expect(run.statuses).toEqual([200, 400]);
    expect(run.output).toContain('2 requests, 0 violating the contract');
    expect(run.code).toBe(0);
  });

  it("checks each action's traffic against that action's operation", async () => {
    const as = (action: string, params: Record<string, string>) => ({ params, headers: { ...V3, 'x-acs-action': action } });
    const run = await throughProxy(server.url, [
      as('GetListenerAttribute', { ListenerId: 'lsn-0' }),
      as('ListAsynJobs', { MaxResults: '0' }),
      as('NoSuchAction', {}),
    ]);
    expect(run.statuses).toEqual([200, 400, 404]);
    expect(run.output).toContain('GetListenerAttribute -> 200 ok');
    expect(run.output).toContain('ListAsynJobs -> 400 ok');
    expect(run.output).toContain('3 requests, 0 violating the contract');
    expect(run.code).toBe(0);
  });

  it("fails the run when an action's answer breaks that action's contract", async () => {
    // Valid as a CreateListener answer (RequestId, JobId, ListenerId, and a field it does not
    // name), not as GetListenerAttribute's: its ListenerStatus is no status.
    const drifted = { RequestId: 'r', JobId: 'j', ListenerId: 'lsn-1', ListenerStatus: 42 };
    const broken = await startDriftingProxy(server.url, (answer) => ({ ...answer, text: JSON.stringify(drifted) }));
    const run = await throughProxy(broken.url, [
      { params: { ListenerId: 'lsn-0' }, headers: { ...V3, 'x-acs-action': 'GetListenerAttribute' } },
    ]);
    broken.close();
    expect(run.output).toContain('VIOLATES THE CONTRACT');
    expect(run.output).toMatch(/ListenerStatus/);
    expect(run.code).toBe(1);
  });

  it("fails the run with Prism's message when the upstream drifts", async () => {
    const broken = await startDriftingProxy(server.url, (answer) => {
      const { RequestId: _dropped, ...body } = JSON.parse(answer.text);
      return { ...answer, text: JSON.stringify(body) };
    });
    const run = await throughProxy(broken.url, [validQuery]);
    broken.close();
    expect(run.output).toContain('VIOLATES THE CONTRACT');
    expect(run.output).toMatch(/must have required property 'RequestId'/);
    expect(run.code).toBe(1);
  });
});
