// What the second adversarial run sent the mock (issue 22, items 10-17), each as the exact input
// and the exact answer: silent connections, an empty host, ListAsynJobs over many jobs, journal
// records of the wrong shape, oversized world files, fault values the mock would not honour,
// page tokens and list indices it must not guess at, and paths and flags that must fail in one line.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFaults } from '../../src/mock/faults.ts';
import { startMock, type MockOptions, type RunningMock } from '../../src/mock/server.ts';
import { cachedWorldFile, loadWorldFile, MAX_WORLD_FILE_BYTES } from '../../src/mock/state/world-file.ts';
import { MAX_WORLD_ENTRIES } from '../../src/mock/state/world.ts';
import { qs, send, validQuery } from '../support/mock.ts';
import { spawnMock } from '../support/mock-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
let running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.map((m) => m.close()));
  running = [];
});
async function mock(options: MockOptions = {}) {
  const started = await startMock({ port: 0, log: null, ...options });
  running.push(started);
  return started;
}
const jobsAction = { 'x-acs-action': 'ListAsynJobs', 'x-acs-version': '2020-06-16' };
async function listJobs(url: string, params: Record<string, string>) {
  const r = await fetch(`${url}/?${qs(params)}`, { method: 'POST', headers: jobsAction });
  return { status: r.status, body: await r.json() };
}

describe('10. connections that never send a byte', () => {
  it('at the cap, silent connections give way to new clients, and are closed after the header timeout', async () => {
    const m = await mock({ maxConnections: 20, timeouts: { headersMs: 300, requestMs: 300 } });
    const { port } = new URL(m.url);
    const silent: Socket[] = [];
    const closed: Array<Promise<void>> = [];
    for (let i = 0; i < 30; i++)
      silent.push(
        await new Promise<Socket>((done) => {
          const s = connect(Number(port), '127.0.0.1', () => done(s));
          s.on('error', () => {});
          s.resume();
          closed.push(new Promise((gone) => s.once('close', () => gone())));
        }),
      );
    const r = await send(m.url, validQuery);
    expect(r.status).toBe(200);
    // Every silent one is closed by the server: 10 to make room, the rest at the timeout.
    const started = Date.now();
    await Promise.all(closed);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('11. an empty host', () => {
  it('startMock refuses it instead of binding every interface', async () => {
    await expect(startMock({ port: 0, log: null, host: '' })).rejects.toThrow(/empty host would bind every interface/);
  });

  it.each([
    [['--host', ''], {}],
    [[], { ALB_MOCK_HOST: '' }],
  ])('alb-contract mock %j %j stops with one line', async (args, env) => {
    const saved = process.env.ALB_MOCK_HOST;
    Object.assign(process.env, env);
    const m = spawnMock(['--port', '0', ...args]);
    if (saved === undefined) delete process.env.ALB_MOCK_HOST;
    else process.env.ALB_MOCK_HOST = saved;
    expect(await m.exited).toBe(1);
    expect(m.stderr().trim()).toBe('error: --host (or ALB_MOCK_HOST) must name an interface, e.g. 127.0.0.1; it is empty');
  });
});

describe('12. ListAsynJobs over many jobs', () => {
  it('lists newest first, by id and by resource from the indexes, and pages a filter-free query by position', async () => {
    const m = await mock({ stateful: { provisioningMs: 0 } });
    const created: Array<{ JobId: string; ListenerId: string }> = [];
    for (let i = 0; i < 30; i++) created.push((await send(m.url, { ...validQuery, ListenerPort: String(2000 + i) })).body);
    const all = await listJobs(m.url, { MaxResults: '100' });
    expect(all.body.Jobs.map((j: { Id: string }) => j.Id)).toEqual(created.map((c) => c.JobId).reverse());
    const byId = await listJobs(m.url, { 'JobIds.1': created[3]!.JobId, 'JobIds.2': created[7]!.JobId });
    expect(byId.body.Jobs.map((j: { Id: string }) => j.Id)).toEqual([created[7]!.JobId, created[3]!.JobId]);
    const byResource = await listJobs(m.url, { 'ResourceIds.1': created[5]!.ListenerId });
    expect(byResource.body).toMatchObject({ TotalCount: 1, Jobs: [{ Id: created[5]!.JobId, Status: 'Succeeded' }] });
    const page2 = await listJobs(m.url, { MaxResults: '10', NextToken: (await listJobs(m.url, { MaxResults: '10' })).body.NextToken });
    expect(page2.body.Jobs.map((j: { Id: string }) => j.Id)).toEqual(
      created
        .map((c) => c.JobId)
        .reverse()
        .slice(10, 20),
    );
  });
});

describe('13. journal records are checked', () => {
  const snapshot = '{"version":3,"seq":0,"sessions":{}}';
  const record = (seq: number, change: unknown = {}) =>
    JSON.stringify({
      seq,
      at: 1,
      session: 'default',
      change: {
        op: 'create',
        listener: { id: `lsn-j${seq}`, loadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w', port: 7000 + seq, protocol: 'HTTP', config: {} },
        job: {
          id: `job-${seq}`,
          apiName: 'CreateListener',
          operateType: 'Create',
          resourceId: `lsn-j${seq}`,
          resourceType: 'listener',
          createdAt: 1,
          endsAt: 2,
        },
        ...(change as object),
      },
    });

  it('a record without its change is refused at start with the line and the reason, not a TypeError', async () => {
    const stateFile = join(dir, 'no-change.json');
    writeFileSync(stateFile, snapshot);
    writeFileSync(`${stateFile}.journal`, `${JSON.stringify({ seq: 1, at: 1, session: 'default' })}\n`);
    await expect(mock({ stateful: { stateFile } })).rejects.toThrow(
      /state journal .* is corrupted at line 1 \(not a journal record: the file must have required property 'change'\)/,
    );
  });

  it('a repeated sequence number is dropped and said so; the records around it are kept', async () => {
    const stateFile = join(dir, 'repeated.json');
    writeFileSync(stateFile, snapshot);
    writeFileSync(
      `${stateFile}.journal`,
      `${record(1)}\n${record(1, { listener: { id: 'lsn-dup', loadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w', port: 7100, protocol: 'HTTP' } })}\n${record(2)}\n`,
    );
    const warnings: string[] = [];
    const m = await mock({ stateful: { stateFile, warn: (w) => warnings.push(w) } });
    const ids = ((await (await fetch(`${m.url}/__mock/listeners`)).json()) as Array<{ id: string }>).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['lsn-j1', 'lsn-j2']));
    expect(ids).not.toContain('lsn-dup');
    expect(warnings).toEqual([expect.stringMatching(/line 2 repeats sequence 1; dropped\.$/)]);
  });

  it('a journal without its snapshot is kept aside, not replayed onto the world file, and said so', async () => {
    const stateDir = join(dir, 'orphan');
    mkdirSync(stateDir);
    const stateFile = join(stateDir, 'state.json');
    writeFileSync(`${stateFile}.journal`, `${record(1)}\n`);
    const warnings: string[] = [];
    const m = await mock({ stateful: { stateFile, warn: (w) => warnings.push(w) } });
    const ids = ((await (await fetch(`${m.url}/__mock/listeners`)).json()) as Array<{ id: string }>).map((l) => l.id);
    expect(ids).not.toContain('lsn-j1');
    expect(warnings).toEqual([
      expect.stringMatching(/has no snapshot beside it; its records were not replayed \(kept as .*\.orphaned-\d+\)\.$/),
    ]);
    expect(readdirSync(stateDir).some((name) => name.startsWith('state.json.journal.orphaned-'))).toBe(true);
  });

  it('a torn last line is dropped and said so', async () => {
    const stateFile = join(dir, 'torn.json');
    writeFileSync(stateFile, snapshot);
    writeFileSync(`${stateFile}.journal`, `${record(1)}\n`);
    appendFileSync(`${stateFile}.journal`, record(2).slice(0, 40));
    const warnings: string[] = [];
    await mock({ stateful: { stateFile, warn: (w) => warnings.push(w) } });
    expect(warnings).toEqual([expect.stringMatching(/a torn last line \(40 bytes, never acknowledged\) was dropped\.$/)]);
  });
});

describe('14. world files are bounded', () => {
  it(`refuses a file over ${MAX_WORLD_FILE_BYTES} bytes before parsing it`, () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `loadBalancers: []\n# ${'x'.repeat(MAX_WORLD_FILE_BYTES)}\n`);
    expect(() => loadWorldFile(file)).toThrow(
      new RegExp(`huge\\.yaml is \\d+ bytes; a world file holds at most ${MAX_WORLD_FILE_BYTES} bytes\\.$`),
    );
  });

  it(`refuses a world of more than ${MAX_WORLD_ENTRIES} entries`, () => {
    const file = join(dir, 'many.yaml');
    writeFileSync(
      file,
      `loadBalancers: []\ncertificates:\n${Array.from({ length: MAX_WORLD_ENTRIES + 1 }, (_, i) => `  - c${i}`).join('\n')}\n`,
    );
    expect(() => loadWorldFile(file)).toThrow(
      `many.yaml: holds ${MAX_WORLD_ENTRIES + 1} entries; a world holds at most ${MAX_WORLD_ENTRIES}.`,
    );
  });

  it('a reset of an unchanged world file does not parse it again; a changed one is read anew', () => {
    const file = join(dir, 'cached.yaml');
    writeFileSync(file, 'loadBalancers: [{ id: alb-one, vpcId: v }]\n');
    const load = cachedWorldFile(file);
    const first = load();
    expect(load()).toBe(first);
    writeFileSync(file, 'loadBalancers: [{ id: alb-one, vpcId: v }, { id: alb-two, vpcId: v }]\n');
    expect(load().loadBalancers.map((lb) => lb.id)).toEqual(['alb-one', 'alb-two']);
  });
});

describe('15. fault values the mock would not honour', () => {
  it.each([
    [{ latencyMs: 2 ** 31 }, 'faults.latencyMs must be <= 600000'],
    [{ latencyMs: [500, 100] }, 'faults.latencyMs is a range whose low end 500 is above its high end 100'],
    [{ throttle: { ratePerSecond: 5, burst: 0 } }, 'faults.throttle.burst must be >= 1'],
    [{ failJobs: [{ fraction: 0.5, code: '' }] }, 'faults.failJobs.0.code is not an error code'],
    [{ configuringMs: -1 }, 'faults.configuringMs must be >= 0'],
  ])('createFaults(%j) is refused: %s', (config, message) => {
    expect(() => createFaults(config as never)).toThrow(message);
  });

  it.each([
    [['--latency', '3000000000'], 'error: --latency: faults.latencyMs must be <= 600000'],
    [['--throttle', '5:0'], 'error: --throttle: faults.throttle.burst must be >= 1'],
    [['--stateful', '--fail-jobs', '0.5:'], 'error: --fail-jobs: faults.failJobs.0.code is not an error code'],
    [['--stateful', '--provisioning-ms', 'abc'], 'error: --provisioning-ms needs a whole number of milliseconds, got "abc"'],
  ])('alb-contract mock %j stops with one line', async (args, line) => {
    const m = spawnMock(['--port', '0', ...args]);
    expect(await m.exited).not.toBe(0);
    expect(m.stderr().trim().split('\n')[0]).toContain(line);
    expect(m.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('16. page tokens and list indices are never guessed at', () => {
  let m: RunningMock;
  beforeAll(async () => {
    m = await startMock({ port: 0, log: null, stateful: { provisioningMs: 0 } });
    for (let i = 0; i < 3; i++) await send(m.url, { ...validQuery, ListenerPort: String(3000 + i) });
    return () => m.close();
  });

  it.each([['abc'], ['2'], ['']])('NextToken %j that no page returned is InvalidParameter, not page 1', async (token) => {
    const r = await listJobs(m.url, { MaxResults: '1', NextToken: token });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidParameter']);
    expect(r.body.Message).toBe('The parameter NextToken is invalid: it is not a token an earlier page of this query returned.');
  });

  it("another query's token is InvalidParameter", async () => {
    const token = (await listJobs(m.url, { MaxResults: '1' })).body.NextToken;
    expect(token).toEqual(expect.any(String));
    expect((await listJobs(m.url, { MaxResults: '1', NextToken: token })).status).toBe(200);
    const other = await listJobs(m.url, { MaxResults: '1', NextToken: token, ApiName: 'CreateListener' });
    expect([other.status, other.body.Code]).toEqual([400, 'InvalidParameter']);
  });

  it.each([['JobIds.0'], ['JobIds.01'], ['ResourceIds.0']])('%s is InvalidParameter, not ignored', async (key) => {
    const r = await listJobs(m.url, { [key]: 'job-x' });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidParameter']);
    expect(r.body.Message).toBe(`The parameter ${key} is invalid: list items are numbered from 1.`);
  });

  it('the same holds for every action: DefaultActions.0.Type on CreateListener', async () => {
    const r = await send(m.url, { ...validQuery, 'DefaultActions.0.Type': 'ForwardGroup' });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidParameter']);
  });
});

describe('17. bad paths and flags fail in one line', () => {
  it.each([
    [
      ['--stateful', '--world', '/nonexistent/world.yaml'],
      'error: Cannot read the world file /nonexistent/world.yaml: no such file (ENOENT).',
    ],
    [['--stateful', '--world', '/tmp'], 'error: Cannot read the world file /tmp: it is a directory (EISDIR).'],
    [
      ['--stateful', '--state-file', '/nonexistent/dir/state.json'],
      'error: Cannot lock the state file /nonexistent/dir/state.json (ENOENT).',
    ],
    [['--port', '70000'], 'error: --port must be a port number, got "70000"'],
    [['--host', 'no-such-host.invalid'], 'error: Cannot listen on no-such-host.invalid: no such host name.'],
  ])('alb-contract mock %j', async (args, line) => {
    const m = spawnMock(['--port', '0', ...args]);
    expect(await m.exited).toBe(1);
    expect(m.stderr().trim()).toBe(line);
  });
});
