// Acknowledged writes survive what a second adversarial run threw at the state (issue 22, items
// 1-4), each against a real mock process where a process is what it takes: a second instance on
// the same state file under load, a file-size limit that cuts a journal write short (as a full
// disk does), a reset that cannot be saved, and failed jobs whose rollbacks must give back all
// they took. Each counts the acknowledged creates, restarts, and finds exactly those.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/server.ts';
import { send, validQuery } from '../support/mock.ts';
import { type MockProcess, spawnMock } from '../support/mock-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
const groupKey = Object.keys(validQuery).find((k) => k.endsWith('ServerGroupId'))!;
/** A world with room for hundreds of listeners on the request's load balancer and server group. */
const world = join(dir, 'world.yaml');
writeFileSync(
  world,
  [
    'limits: { serverGroupAttachedQuota: 1000000 }',
    'loadBalancers:',
    `  - { id: ${validQuery.LoadBalancerId}, vpcId: vpc-1, listenerQuota: 100000, serversQuota: 100000000 }`,
    'serverGroups:',
    `  - { id: ${validQuery[groupKey]}, vpcId: vpc-1, protocol: HTTP, servers: 1 }`,
    '',
  ].join('\n'),
);
const processes: MockProcess[] = [];
function mockProcess(args: string[], options?: { limits?: string }): MockProcess {
  const started = spawnMock(['--port', '0', '--quiet', '--stateful', '--world', world, ...args], options);
  processes.push(started);
  return started;
}
afterAll(() => {
  for (const p of processes) p.child.kill('SIGKILL');
});
beforeAll(async () => {
  // Compiles the command once, so no test's limit applies to the compiler's own output.
  await spawnMock(['--help']).exited;
}, 60_000);

const create = (url: string, port: number) => send(url, { ...validQuery, ListenerPort: String(port), ClientToken: `token-${port}` });
async function listenerIds(url: string): Promise<string[]> {
  return ((await (await fetch(`${url}/__mock/listeners`)).json()) as Array<{ id: string }>).map((l) => l.id).sort();
}

describe('1. one mock per state file', () => {
  it('a second instance on the same state file refuses, naming the file and the owner, while the first is under load; nothing acknowledged is lost', async () => {
    const stateFile = join(dir, 'shared.json');
    const first = mockProcess(['--state-file', stateFile]);
    const url = await first.url;
    const acknowledged: string[] = [];
    let port = 1;
    const load = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (port <= 400) {
          const r = await create(url, port++);
          if (r.status === 200) acknowledged.push(r.body.ListenerId);
        }
      }),
    );
    for (let clash = 0; clash < 3; clash++) {
      const second = mockProcess(['--state-file', stateFile]);
      expect(await second.exited).toBe(1);
      expect(second.stderr().trim()).toMatch(
        new RegExp(`^error: The state file .*shared\\.json is in use by another mock \\(pid ${first.child.pid} on .*\\)`),
      );
    }
    // On the first one's port: refused for the port before the state is touched.
    const samePort = mockProcess(['--state-file', stateFile, '--port', new URL(url).port]);
    expect(await samePort.exited).toBe(1);
    expect(samePort.stderr()).toMatch(/already in use/);
    await load;
    expect(acknowledged.length).toBe(400);

    first.child.kill('SIGKILL');
    await first.exited;
    // The lock of a killed mock is taken over.
    const restarted = mockProcess(['--state-file', stateFile]);
    expect(await listenerIds(await restarted.url)).toEqual(acknowledged.sort());
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    // A clean exit gives the lock back.
    expect(() => statSync(`${stateFile}.lock`)).toThrow();
  }, 60_000);

  it('two mocks in one process on one state file: the second is refused, and may start once the first is closed', async () => {
    const stateFile = join(dir, 'in-process.json');
    const first = await startMock({ port: 0, log: null, stateful: { stateFile } });
    await expect(startMock({ port: 0, log: null, stateful: { stateFile } })).rejects.toThrow(
      `The state file ${stateFile} is in use by another mock (pid ${process.pid}`,
    );
    await first.close();
    const second = await startMock({ port: 0, log: null, stateful: { stateFile } });
    await second.close();
  });
});

describe('2. a short journal write is never acknowledged', () => {
  it('under a file-size limit, creates past the limit answer 503 and leave no torn line; once space returns, the next create lands and every acknowledged one survives a restart', async () => {
    const stateFile = join(dir, 'limited.json');
    // 8 KiB per file (sh counts 512-byte blocks): the snapshot fits, a dozen journal lines do not.
    const limited = mockProcess(['--state-file', stateFile], { limits: 'ulimit -S -f 16;' });
    const url = await limited.url;
    const acknowledged: string[] = [];
    const refused: number[] = [];
    for (let port = 1; refused.length < 3; port++) {
      const r = await create(url, port);
      if (r.status === 200) acknowledged.push(r.body.ListenerId);
      else {
        expect([r.status, r.body.Code]).toEqual([503, 'ServiceUnavailable']);
        refused.push(port);
      }
      expect(port).toBeLessThan(200);
    }
    expect(acknowledged.length).toBeGreaterThan(3);
    const journal = readFileSync(`${stateFile}.journal`, 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    expect(journal.split('\n').length - 1).toBe(acknowledged.length);

    // Space returns: the next create is appended after the last complete line, not after half a record.
    execFileSync('prlimit', ['--pid', String(limited.child.pid), '--fsize=unlimited']);
    const after = await create(url, refused[0]!);
    expect(after.status).toBe(200);
    acknowledged.push(after.body.ListenerId);
    expect(await listenerIds(url)).toEqual([...acknowledged].sort());

    limited.child.kill('SIGKILL');
    await limited.exited;
    const restarted = mockProcess(['--state-file', stateFile]);
    expect(await listenerIds(await restarted.url)).toEqual(acknowledged.sort());
  }, 60_000);
});

describe('3. a reset is all or nothing', () => {
  it('a reset that cannot be saved answers 503 and changes nothing; later creates and a restart keep one listener per port', async () => {
    const stateDir = join(dir, 'reset');
    mkdirSync(stateDir);
    const stateFile = join(stateDir, 'state.json');
    const mock = await startMock({ port: 0, log: null, stateful: { stateFile, worldFile: world } });
    const before = await create(mock.url, 80);
    expect(before.status).toBe(200);
    // The snapshot's temporary file cannot be made (a directory holds its name): the save fails.
    const blocker = `${stateFile}.${process.pid}.tmp`;
    mkdirSync(blocker);
    const reset = await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    expect(reset.status).toBe(503);
    expect((await reset.json()).error).toMatch(/^The reset did not happen: could not write the state file: EISDIR/);
    // Nothing was reset: port 80 is still taken, and a new port is journaled on top of it.
    const again = await send(mock.url, { ...validQuery, ListenerPort: '80', ClientToken: 'another-token' });
    expect(again.body.Code).toBe('ResourceAlreadyExist.Listener');
    const next = await create(mock.url, 81);
    expect(next.status).toBe(200);
    await mock.close();
    rmSync(blocker, { recursive: true });

    const restarted = await startMock({ port: 0, log: null, stateful: { stateFile, worldFile: world } });
    const ports = ((await (await fetch(`${restarted.url}/__mock/listeners`)).json()) as Array<{ port: number }>).map((l) => l.port);
    expect(ports.sort()).toEqual([80, 81]);
    // Once it can be saved, a reset empties the world, and so does the restart after it.
    expect((await fetch(`${restarted.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    await restarted.close();
    const emptied = await startMock({ port: 0, log: null, stateful: { stateFile, worldFile: world } });
    expect(await listenerIds(emptied.url)).toEqual([]);
    await emptied.close();
  });
});

describe('4. a failed job gives back everything its create took', () => {
  it('after 60 creates whose jobs fail, every counter equals a fresh world and creates are not refused for quotas', async () => {
    const mock = await startMock({
      port: 0,
      log: null,
      stateful: { provisioningMs: 0, faults: { failJobs: [{ code: 'InternalError' }] } },
    });
    const state = async () => (await fetch(`${mock.url}/__mock/state`)).json();
    const fresh = await state();
    const https = {
      ListenerProtocol: 'HTTPS',
      'Certificates.1.CertificateId': '103705-cn-hangzhou',
      'QuicConfig.QuicListenerId': 'lsn-quic7y0kq0zi6gqgb1hb',
      'QuicConfig.QuicUpgradeEnabled': 'true',
    };
    for (let i = 0; i < 60; i++) {
      const r = await send(mock.url, { ...validQuery, ...(i % 2 ? https : {}), ListenerPort: String(1000 + i) });
      expect(r.status, r.text).toBe(200);
    }
    const jobs = (await (await fetch(`${mock.url}/__mock/jobs`)).json()) as Array<{ Status: string }>;
    expect(jobs.filter((j) => j.Status === 'Failed')).toHaveLength(60);
    expect(await state()).toEqual(fresh);
    await mock.close();
  });
});
