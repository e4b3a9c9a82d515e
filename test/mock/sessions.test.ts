// Many test workers on one mock (issue 25): a world per session (an AccessKeyId, or the
// x-mock-session header), reset and faults from code and over HTTP per session, waiters that end at
// once when what they wait on vanishes, empty ids looked up like any other, and the CORS list.
import { afterEach, describe, expect, it } from 'vitest';
import { AlbError, AlbWaitVanishedError, createAlbClient } from '../../src/index.ts';
import { type RunningMock, startMock } from '../../src/mock/server.ts';
import { minimalRequest } from '../support/requests.ts';

let running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.map((m) => m.close()));
  running = [];
});
async function mock(options: Parameters<typeof startMock>[0] = {}) {
  const m = await startMock({ port: 0, log: null, stateful: { provisioningMs: 600 }, ...options });
  running.push(m);
  return m;
}

const fast = { minDelayMs: 50, maxDelayMs: 100, timeoutMs: 20_000 };
const secret = 'worker-secret';

/** Two workers' clients: by their own AccessKeyId, or by an x-mock-session header on one key. */
const workersBy = {
  'access key': (url: string, name: string) =>
    createAlbClient({ endpoint: url, credentials: { accessKeyId: `LTAI5t${name}`, accessKeySecret: secret } }),
  'x-mock-session': (url: string, name: string) =>
    createAlbClient({
      endpoint: url,
      credentials: { accessKeyId: 'LTAI5tShared', accessKeySecret: secret },
      headers: { 'x-mock-session': name },
    }),
};
const sessionOf = { 'access key': (name: string) => `LTAI5t${name}`, 'x-mock-session': (name: string) => name };

describe('two workers on one stateful mock', () => {
  it.each(Object.keys(workersBy) as Array<keyof typeof workersBy>)(
    'by %s: the same port created by both, each sees only its own listener; one resets, the other’s waiter completes and the reset one’s fails at once',
    async (by) => {
      const m = await mock();
      const [a, b] = [workersBy[by](m.url, 'WorkerA'), workersBy[by](m.url, 'WorkerB')];
      const created = await Promise.all([a, b].map((c) => c.createListener({ ...minimalRequest, ListenerPort: 8080 })));
      const [mine, theirs] = created;
      expect(mine!.ListenerId).not.toBe(theirs!.ListenerId);
      // Each worker's world holds its own listener only.
      const error = await a.getListenerAttribute({ ListenerId: theirs!.ListenerId! }).catch((e) => e);
      expect(error).toBeInstanceOf(AlbError);
      expect(error.code).toBe('ResourceNotFound.Listener');
      const listed = async (name: string) =>
        ((await (await fetch(`${m.url}/__mock/listeners?session=${sessionOf[by](name)}`)).json()) as Array<{ id: string }>).map(
          (l) => l.id,
        );
      expect(await listed('WorkerA')).toContain(mine!.ListenerId);
      expect(await listed('WorkerA')).not.toContain(theirs!.ListenerId);
      expect(await listed('WorkerB')).toContain(theirs!.ListenerId);

      // Worker A resets its world while both wait on their jobs.
      let resetDone: Promise<void> | undefined;
      const started = Date.now();
      const waitA = a
        .waitForListener(mine!.ListenerId!, {
          ...fast,
          jobId: mine!.JobId!,
          onPoll: () => {
            resetDone ??= m.reset(sessionOf[by]('WorkerA'));
          },
        })
        .catch((e) => e);
      const waitB = b.waitForListener(theirs!.ListenerId!, { ...fast, jobId: theirs!.JobId! });
      const [vanished, running] = await Promise.all([waitA, waitB]);
      await expect(resetDone).resolves.toBeUndefined();
      expect(vanished).toBeInstanceOf(AlbWaitVanishedError);
      expect(vanished.message).toMatch(/JobSucceeded.*Jobs\[\].*empty now/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(running).toMatchObject({ ListenerId: theirs!.ListenerId, ListenerStatus: 'Running' });
      expect(await listed('WorkerA')).not.toContain(mine!.ListenerId);
      expect(await listed('WorkerB')).toContain(theirs!.ListenerId);
    },
  );

  it('a listener reset away while waiting for Running ends the wait at once, naming what it answers now', async () => {
    const m = await mock();
    const alb = workersBy['x-mock-session'](m.url, 'vanishing');
    const { ListenerId } = await alb.createListener({ ...minimalRequest, ListenerPort: 8081 });
    const error = await alb.waitForListener(ListenerId!, { ...fast, onPoll: () => void m.reset('vanishing') }).catch((e) => e);
    expect(error).toBeInstanceOf(AlbWaitVanishedError);
    expect(error.message).toMatch(/ListenerRunning.*GetListenerAttribute now answers ResourceNotFound\.Listener/);
  });

  it('the sessions are listed; an unsigned request without the header is the default session; a malformed header is refused', async () => {
    const m = await mock();
    await workersBy['x-mock-session'](m.url, 'listed').createListener({ ...minimalRequest, ListenerPort: 8082 });
    await createAlbClient({ endpoint: m.url }).createListener({ ...minimalRequest, ListenerPort: 8082 });
    expect((await (await fetch(`${m.url}/__mock/sessions`)).json()).sort()).toEqual(['default', 'listed']);
    const bad = createAlbClient({ endpoint: m.url, headers: { 'x-mock-session': 'a b' } });
    const error = await bad.createListener({ ...minimalRequest, ListenerPort: 8083 }).catch((e) => e);
    expect([error.status, error.code]).toEqual([400, 'InvalidParameter']);
    expect(error.message).toMatch(/x-mock-session/);
  });
});

describe('control from code: reset() and setFaults() change the next answer', () => {
  it('setFaults for one session: a latency, a failing job and throttling reach that session only; reset() ends them', async () => {
    const m = await mock();
    const slow = workersBy['x-mock-session'](m.url, 'slow');
    const other = workersBy['x-mock-session'](m.url, 'other');
    m.setFaults({ latencyMs: 400 }, 'slow');
    let t = Date.now();
    await slow.getListenerAttribute({ ListenerId: 'lsn-none' }).catch(() => undefined);
    expect(Date.now() - t).toBeGreaterThanOrEqual(380);
    t = Date.now();
    await other.getListenerAttribute({ ListenerId: 'lsn-none' }).catch(() => undefined);
    expect(Date.now() - t).toBeLessThan(380);

    m.setFaults({ failJobs: [{ code: 'QuotaExceeded.Test', message: 'failed on purpose' }] }, 'slow');
    const failing = await slow.createListenerAndWait({ ...minimalRequest, ListenerPort: 9000 }, fast).catch((e) => e);
    expect(failing.code).toBe('QuotaExceeded.Test');
    await expect(other.createListenerAndWait({ ...minimalRequest, ListenerPort: 9000 }, fast)).resolves.toMatchObject({
      ListenerStatus: 'Running',
    });

    m.setFaults({ throttle: { ratePerSecond: 0.001, burst: 1 } }, 'slow');
    const noRetry = createAlbClient({ endpoint: m.url, headers: { 'x-mock-session': 'slow' }, retry: { maxAttempts: 1 } });
    await noRetry.listAsynJobs({}).catch(() => undefined);
    const throttled = await noRetry.listAsynJobs({}).catch((e) => e);
    expect(throttled).toMatchObject({ code: 'Throttling.User', throttled: true });

    await m.reset('slow');
    await expect(noRetry.listAsynJobs({})).resolves.toMatchObject({ Jobs: [] });
  });

  it('setFaults without a session is the default for every session without faults of its own; a bad value changes nothing', async () => {
    const m = await mock();
    m.setFaults({ failJobs: [{ code: 'Everyone.Fails' }] });
    const alb = workersBy['access key'](m.url, 'Anyone');
    expect((await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 9001 }, fast).catch((e) => e)).code).toBe('Everyone.Fails');
    expect(() => m.setFaults({ latencyMs: -1 })).toThrow(/latencyMs/);
    expect((await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 9002 }, fast).catch((e) => e)).code).toBe('Everyone.Fails');
    await m.reset();
    await expect(alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 9003 }, fast)).resolves.toMatchObject({
      ListenerStatus: 'Running',
    });
  });

  it('over HTTP: PUT /__mock/faults and POST /__mock/reset per session, the faults readable back', async () => {
    const m = await mock();
    const put = await fetch(`${m.url}/__mock/faults?session=http`, { method: 'PUT', body: JSON.stringify({ latencyMs: 300 }) });
    expect(put.status).toBe(200);
    expect(await (await fetch(`${m.url}/__mock/faults`, { headers: { 'x-mock-session': 'http' } })).json()).toEqual({ latencyMs: 300 });
    const invalid = await fetch(`${m.url}/__mock/faults?session=http`, { method: 'PUT', body: '{"latencyMs":"slow"}' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatch(/latencyMs/);
    const alb = workersBy['x-mock-session'](m.url, 'http');
    let t = Date.now();
    await alb.listAsynJobs({});
    expect(Date.now() - t).toBeGreaterThanOrEqual(280);
    await alb.createListener({ ...minimalRequest, ListenerPort: 9004 });
    const onPort = async () =>
      ((await (await fetch(`${m.url}/__mock/listeners?session=http`)).json()) as Array<{ port: number }>).filter((l) => l.port === 9004);
    expect(await onPort()).toHaveLength(1);
    const reset = await fetch(`${m.url}/__mock/reset?session=http`, { method: 'POST' });
    expect(await reset.json()).toEqual({ reset: 'http' });
    expect(await onPort()).toHaveLength(0);
    t = Date.now();
    await alb.listAsynJobs({});
    expect(Date.now() - t).toBeLessThan(280);
  });
});

describe('the control API and CORS', () => {
  const APP = 'http://localhost:5173';
  it('refuses a foreign origin readably, with the reason in the log; accepts a configured one (repeated or comma-listed)', async () => {
    const lines: string[] = [];
    const m = await mock({ corsOrigin: [`${APP},http://localhost:6006`, 'http://127.0.0.1:3000'], log: (line) => lines.push(line) });
    for (const origin of [APP, 'http://localhost:6006', 'http://127.0.0.1:3000']) {
      const ok = await fetch(`${m.url}/__mock/reset`, { method: 'POST', headers: { origin, 'sec-fetch-site': 'cross-site' } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const foreign = 'http://evil.example';
    const refused = await fetch(`${m.url}/__mock/reset`, { method: 'POST', headers: { origin: foreign, 'sec-fetch-site': 'cross-site' } });
    expect(refused.status).toBe(403);
    // The page that was refused may read why (the browser would otherwise say only "Failed to fetch").
    expect(refused.headers.get('access-control-allow-origin')).toBe(foreign);
    expect((await refused.json()).error).toMatch(/evil\.example.*--cors-origin/);
    expect(lines.some((l) => /refused 403 origin-not-allowed .*evil\.example/.test(l))).toBe(true);
    // The API itself refuses that origin too, and says so the same way.
    const api = await fetch(`${m.url}/`, { method: 'POST', headers: { origin: foreign } });
    expect(api.status).toBe(403);
    expect((await api.json()).error).toMatch(/not allowed/);
  });

  it('a malformed origin is refused at start, naming it', async () => {
    await expect(startMock({ port: 0, log: null, corsOrigin: 'localhost:5173' })).rejects.toThrow(/"localhost:5173" is not an origin/);
    await expect(startMock({ port: 0, log: null, corsOrigin: 'http://a.test/,http://b.test' })).rejects.toThrow(/"http:\/\/a\.test\/"/);
  });
});

describe('empty ids are looked up like any other', () => {
  it.each([
    [
      'ServerGroupId',
      'ResourceNotFound.ServerGroup',
      { DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: '' }] } }] },
    ],
    ['CertificateId', 'ResourceNotFound.Certificate', { ListenerProtocol: 'HTTPS', Certificates: [{ CertificateId: '' }] }],
  ] as const)('an empty %s is %s, and no listener is made', async (_, code, change) => {
    const m = await mock();
    const alb = createAlbClient({ endpoint: m.url });
    const error = await alb.createListener({ ...minimalRequest, ...change, ListenerPort: 9100 } as never).catch((e) => e);
    expect(error.code).toBe(code);
    const listed = (await (await fetch(`${m.url}/__mock/listeners`)).json()) as Array<{ port: number }>;
    expect(listed.filter((l) => l.port === 9100)).toHaveLength(0);
  });
});
