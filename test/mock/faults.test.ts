// The faults the mock injects, each seeded and reproducible, each answered with the Alibaba error a
// real client meets: latency, throttling (per AccessKey or for everyone, with x-acs-retry-after),
// a load balancer Configuring after each create (IncorrectStatus.LoadBalancer, which our client
// retries until the load balancer is ready, creating one listener), and jobs that end Failed. The
// mock's clock is the test's, so nothing waits on the wall clock but the latency's lower bound.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/create-client.ts';
import { webHashes } from '../../src/client/hashes-web.ts';
import { fetchSend } from '../../src/client/http-fetch.ts';
import { createFaults, type FaultConfig } from '../../src/mock/faults.ts';
import { type RunningMock, startMock } from '../../src/mock/server.ts';
import { AlbJobFailedError, createAlbClient } from '../../src/node.ts';
import { minimalRequest } from '../support/requests.ts';
import { send, validQuery } from '../support/mock.ts';

const running: RunningMock[] = [];
afterAll(() => Promise.all(running.map((m) => m.close())));
let now = Date.parse('2026-11-28T01:00:00Z');
async function mockWith(faults: FaultConfig, stateful = true) {
  const mock = await startMock({
    port: 0,
    log: null,
    ...(stateful ? { stateful: { provisioningMs: 10_000, now: () => now, faults } } : { faults }),
  });
  running.push(mock);
  return mock;
}
let port = 2000;
const request = () => ({ ...minimalRequest, ListenerPort: port++ });
const query = () => ({ ...validQuery, ListenerPort: String(port++) });
const lb = minimalRequest.LoadBalancerId;

describe('createFaults', () => {
  it('draws latency in the range, the same sequence for the same seed', () => {
    const draw = (seed: number) => {
      const faults = createFaults({ seed, latencyMs: [100, 300] });
      return Array.from({ length: 20 }, () => faults.latencyMs());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const ms of draw(7)) {
      expect(ms).toBeGreaterThanOrEqual(100);
      expect(ms).toBeLessThanOrEqual(300);
    }
    expect(createFaults({ latencyMs: 250 }).latencyMs()).toBe(250);
  });

  it('fails the same creates for the same seed, about the fraction asked', () => {
    const pattern = (seed: number) => {
      const faults = createFaults({ seed, failJobs: [{ fraction: 0.3, code: 'InternalError' }] });
      return Array.from({ length: 200 }, () => (faults.jobFailure(lb) ? 1 : 0)).join('');
    };
    expect(pattern(3)).toBe(pattern(3));
    const failed = [...pattern(3)].filter((c) => c === '1').length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
  });
});

describe('the mock with faults', () => {
  it('adds latency to every answer, errors included', async () => {
    const mock = await mockWith({ latencyMs: 300 }, false);
    const t0 = performance.now();
    const answer = await send(mock.url, { ...validQuery, ListenerPort: '0' });
    expect(answer.body.Code).toBe('InvalidParameter');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('throttles past the bucket with Throttling.User and x-acs-retry-after, refilling with time, per AccessKey when asked', async () => {
    const mock = await mockWith({ throttle: { ratePerSecond: 1, burst: 2, perAccessKey: true } });
    const as = (key: string) => ({
      headers: { authorization: `ACS3-HMAC-SHA256 Credential=${key},SignedHeaders=host,Signature=${'0'.repeat(64)}` },
    });
    expect((await send(mock.url, query(), as('key-a'))).status).toBe(200);
    expect((await send(mock.url, query(), as('key-a'))).status).toBe(200);
    const throttled = await send(mock.url, query(), as('key-a'));
    expect([throttled.status, throttled.body.Code]).toEqual([400, 'Throttling.User']);
    expect(throttled.headers.get('x-acs-retry-after')).toBe('1000');
    // Another AccessKey has its own bucket.
    expect((await send(mock.url, query(), as('key-b'))).status).toBe(200);
    now += 1_000;
    expect((await send(mock.url, query(), as('key-a'))).status).toBe(200);
  });

  it('keeps a load balancer Configuring after a create: IncorrectStatus.LoadBalancer until it is ready', async () => {
    const mock = await mockWith({ configuringMs: 5_000 });
    expect((await send(mock.url, query())).status).toBe(200);
    const busy = await send(mock.url, query());
    expect([busy.status, busy.body.Code]).toEqual([400, 'IncorrectStatus.LoadBalancer']);
    now += 5_000;
    expect((await send(mock.url, query())).status).toBe(200);
  });

  it('our client retries IncorrectStatus.LoadBalancer until the load balancer is ready, and one listener is created', async () => {
    const mock = await mockWith({ configuringMs: 5_000 });
    const count = async () => ((await (await fetch(`${mock.url}/__mock/listeners`)).json()) as unknown[]).length;
    await createAlbClient({ endpoint: mock.url }).createListener(request());
    const before = await count();
    const waits: number[] = [];
    // The client's waits move the mock's clock: the retries happen in virtual time.
    const client = createClient(
      { endpoint: mock.url, retry: { maxAttempts: 10, baseDelayMs: 1_000, maxDelayMs: 4_000 } },
      { send: fetchSend((input, init) => fetch(input, init)), hashes: webHashes },
      {
        now: () => new Date(now),
        random: () => 0.999,
        sleep: async (ms: number) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    const { ListenerId } = await client.createListener(request());
    expect(ListenerId).toMatch(/^lsn-/);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5_000 - 1);
    expect(await count()).toBe(before + 1);
  });

  it("ends a job Failed with the fault's code; the waiter says so, and the listener is not kept", async () => {
    const mock = await mockWith({ failJobs: [{ loadBalancerId: lb, code: 'QuotaExceeded.Listener', message: 'no room' }] });
    const alb = createAlbClient({ endpoint: mock.url, retry: { maxAttempts: 1 } });
    const sent = request();
    const { ListenerId, JobId } = await alb.createListener(sent);
    // While its job runs, the listener holds its port.
    expect((await alb.createListener(sent).catch((e) => e)).code).toBe('ResourceAlreadyExist.Listener');
    expect((await alb.listAsynJobs({ JobIds: [JobId] })).Jobs?.[0]?.Status).toBe('Processing');
    now += 10_000;
    const [job] = (await alb.listAsynJobs({ JobIds: [JobId] })).Jobs ?? [];
    expect(job).toMatchObject({ Status: 'Failed', ErrorCode: 'QuotaExceeded.Listener', ErrorMessage: 'no room' });
    const error = await alb.waitForListener(ListenerId, { jobId: JobId }).catch((e) => e);
    expect(error).toBeInstanceOf(AlbJobFailedError);
    expect(error.code).toBe('QuotaExceeded.Listener');
    expect((await alb.getListenerAttribute({ ListenerId }).catch((e) => e)).code).toBe('ResourceNotFound.Listener');
    // Rolled back, it frees its port: the same request creates a listener again.
    expect((await alb.createListener(sent)).ListenerId).not.toBe(ListenerId);
  });

  it("reads faults from the world file's faults:, and refuses a malformed one naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faults-'));
    const world = (faults: string) => {
      const file = join(dir, `${Math.random()}.yaml`);
      const group = minimalRequest.DefaultActions[0]!.ForwardGroupConfig!.ServerGroupTuples[0]!.ServerGroupId;
      writeFileSync(
        file,
        `loadBalancers:\n  - id: ${lb}\n    vpcId: vpc-1\nserverGroups:\n  - id: ${group}\n    vpcId: vpc-1\n    protocol: HTTP\nfaults:\n${faults}`,
      );
      return file;
    };
    const mock = await startMock({ port: 0, log: null, stateful: { worldFile: world('  configuringMs: 1000\n'), now: () => now } });
    running.push(mock);
    await send(mock.url, query());
    expect((await send(mock.url, query())).body.Code).toBe('IncorrectStatus.LoadBalancer');
    await expect(startMock({ port: 0, log: null, stateful: { worldFile: world('  latencyMs: soon\n') } })).rejects.toThrow(
      /faults\/latencyMs/,
    );
  });
});
