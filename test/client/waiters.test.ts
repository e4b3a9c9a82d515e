// From CreateListener to a running listener. Against the stateful mock, whose clock the test turns
// (a listener is Provisioning and its job Processing until provisioningMs have passed): the
// official SDK sees both states through both polling actions, V3 and V1; our client's waiters
// resolve with the listener as created, time out naming the last status, and stop on abort. The
// waiter's decisions on what the mock does not produce yet (a Failed job, throttling while
// polling) are checked against a scripted poller on a virtual clock.
import { describe, expect, it } from 'vitest';
import { AlbError, AlbJobFailedError, AlbTimeoutError, AlbWaitTimeoutError, createAlbClient } from '../../src/node.ts';
import { createClient } from '../../src/client/create-client.ts';
import { webHashes } from '../../src/client/hashes-web.ts';
import { fetchSend } from '../../src/client/http-fetch.ts';
import { waitForListener, type Poller } from '../../src/client/waiters.ts';
import { useMock } from '../support/mock.ts';
import { minimalRequest } from '../support/requests.ts';
import { sdkCall } from '../support/sdk-oracle.ts';

const PROVISIONING_MS = 10_000;
let now = Date.parse('2026-11-28T01:00:00Z');
const server = useMock({ stateful: { provisioningMs: PROVISIONING_MS, now: () => now } });
const credentials = { accessKeyId: 'testid', accessKeySecret: 'test-secret-value' };
let port = 1000;
const request = () => ({ ...minimalRequest, ListenerPort: port++ });

describe('the stateful mock, polled by the official SDK after a create', () => {
  it.each([false, true])('Provisioning then Running, Processing then Succeeded (V1: %s)', async (v1) => {
    const client = createAlbClient({ endpoint: server.url });
    const { ListenerId, JobId } = await client.createListener({ ...request(), IdleTimeout: 30 });
    const listener = () => sdkCall(server.url, 'GetListenerAttribute', { ListenerId }, { ...credentials, v1 });
    const job = async () => (await sdkCall(server.url, 'ListAsynJobs', { JobIds: [JobId] }, { ...credentials, v1 })).jobs;
    expect((await listener()).listenerStatus).toBe('Provisioning');
    expect((await job()).map((j: { id: string; status: string }) => [j.id, j.status])).toEqual([[JobId, 'Processing']]);
    now += PROVISIONING_MS;
    const running = await listener();
    expect(running).toMatchObject({ listenerStatus: 'Running', listenerId: ListenerId, idleTimeout: 30, requestTimeout: 60 });
    expect(running.defaultActions[0].forwardGroupConfig.serverGroupTuples[0].serverGroupId).toBe(
      minimalRequest.DefaultActions[0]!.ForwardGroupConfig!.ServerGroupTuples[0]!.ServerGroupId,
    );
    const [done] = await job();
    expect(done).toMatchObject({
      id: JobId,
      status: 'Succeeded',
      resourceId: ListenerId,
      resourceType: 'listener',
      apiName: 'CreateListener',
    });
  });

  it("reports the documented default of what was not sent, only where it applies to the listener's protocol", async () => {
    const client = createAlbClient({ endpoint: server.url });
    const http = await client.createListener({ ...request(), IdleTimeout: 30 });
    const https = await client.createListener({
      ...request(),
      ListenerProtocol: 'HTTPS',
      Certificates: [{ CertificateId: '103705-cn-hangzhou' }],
    });
    const httpListener = await client.getListenerAttribute({ ListenerId: http.ListenerId! });
    expect(httpListener).toMatchObject({ IdleTimeout: 30, RequestTimeout: 60, GzipEnabled: true });
    // HTTPS-only parameters (x-acs-listener-protocols), and DryRun, which is no field of a listener.
    for (const name of ['SecurityPolicyId', 'Http2Enabled', 'CaEnabled', 'DryRun']) expect(httpListener).not.toHaveProperty(name);
    expect(await client.getListenerAttribute({ ListenerId: https.ListenerId! })).toMatchObject({
      IdleTimeout: 15,
      SecurityPolicyId: 'tls_cipher_policy_1_0',
      Http2Enabled: true,
      CaEnabled: false,
    });
  });

  it('answers ResourceNotFound.Listener for an id it never made, and filters jobs by type and id', async () => {
    const client = createAlbClient({ endpoint: server.url, retry: { maxAttempts: 1 } });
    const error = await client.getListenerAttribute({ ListenerId: 'lsn-nothere' }).catch((e) => e);
    expect(error).toBeInstanceOf(AlbError);
    expect([error.code, error.status]).toEqual(['ResourceNotFound.Listener', 404]);
    const { JobId } = await client.createListener(request());
    expect((await client.listAsynJobs({ JobIds: [JobId], ResourceType: 'listener' })).Jobs?.map((j) => j.Id)).toEqual([JobId]);
    expect((await client.listAsynJobs({ JobIds: [JobId], ResourceType: 'acl' })).Jobs).toEqual([]);
    const page = await client.listAsynJobs({ MaxResults: 1 });
    expect(page.Jobs).toHaveLength(1);
    expect(page.TotalCount).toBeGreaterThan(1);
    expect((await client.listAsynJobs({ MaxResults: 1, NextToken: page.NextToken })).Jobs?.[0]?.Id).not.toBe(page.Jobs?.[0]?.Id);
  });
});

describe("our client's waiters against the stateful mock", () => {
  const client = () => createAlbClient({ endpoint: server.url, retry: { maxAttempts: 1 } });
  const waitOptions = { intervalMs: 1_000, maxIntervalMs: 4_000 };
  // The client's clock is the mock's: each wait moves time on, so polling finishes without sleeping.
  const virtualClient = () =>
    createClient(
      { endpoint: server.url, retry: { maxAttempts: 1 } },
      { send: fetchSend((input, init) => fetch(input, init)), hashes: webHashes },
      {
        sleep: async (ms: number) => {
          now += ms;
        },
        now: () => new Date(now),
        random: () => 0.5,
      },
    );

  it('createListenerAndWait resolves with the running listener as created, after polling the job', async () => {
    const sent = { ...request(), GzipEnabled: false };
    const alb = virtualClient();
    const listener = await alb.createListenerAndWait(sent, waitOptions);
    expect(listener).toMatchObject({ ListenerStatus: 'Running', ListenerPort: sent.ListenerPort, GzipEnabled: false });
  });

  it('waitForListener without a job polls the listener until it runs; past the timeout it names the last status', async () => {
    const alb = virtualClient();
    const { ListenerId } = await alb.createListener(request());
    const timedOut = await alb.waitForListener(ListenerId, { ...waitOptions, timeoutMs: 3_000 }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(AlbWaitTimeoutError);
    expect(timedOut).toBeInstanceOf(AlbTimeoutError);
    expect(timedOut.lastStatus).toBe('listener Provisioning');
    expect((await alb.waitForListener(ListenerId, waitOptions)).ListenerStatus).toBe('Running');
  });

  it("stops at once on abort, with the signal's reason", async () => {
    const { ListenerId } = await client().createListener(request());
    const controller = new AbortController();
    const waiting = client().waitForListener(ListenerId, { signal: controller.signal, intervalMs: 60_000 });
    controller.abort(new Error('the user left the page'));
    await expect(waiting).rejects.toThrow('the user left the page');
  });
});

describe('the waiter on a scripted poller (virtual clock)', () => {
  const clock = () => {
    const slept: number[] = [];
    let t = 0;
    const sleep = async (ms: number) => {
      slept.push(ms);
      t += ms;
    };
    return { slept, now: () => new Date(t), random: () => 0.5, sleep };
  };
  const poller = (jobs: Array<() => unknown>): Poller & { calls: number } => {
    const p = {
      calls: 0,
      async listAsynJobs() {
        const next = jobs[p.calls++]!;
        return next() as never;
      },
      async getListenerAttribute() {
        return { RequestId: 'r', ListenerStatus: 'Running' } as never;
      },
    };
    return p;
  };
  const job =
    (Status: string, extra = {}) =>
    () => ({ RequestId: 'r', Jobs: [{ Id: 'job-1', Status, ...extra }] });

  it("rejects with AlbJobFailedError carrying the job's ErrorCode and ErrorMessage", async () => {
    const p = poller([job('Processing'), job('Failed', { ErrorCode: 'QuotaExceeded.Listener', ErrorMessage: 'no room' })]);
    const error = await waitForListener(p, clock(), 'lsn-1', { jobId: 'job-1' }).catch((e) => e);
    expect(error).toBeInstanceOf(AlbJobFailedError);
    expect([error.jobId, error.code, error.message]).toEqual([
      'job-1',
      'QuotaExceeded.Listener',
      'Job job-1 failed with QuotaExceeded.Listener: no room',
    ]);
    expect(p.calls).toBe(2);
  });

  it('keeps polling through throttling, waiting what x-acs-retry-after asks; intervals grow with jitter to the ceiling', async () => {
    const throttled = () => {
      throw new AlbError({ code: 'Throttling.User', message: 'slow down', status: 400, body: {}, retryAfterMs: 7_000 });
    };
    const c = clock();
    const p = poller([job('Processing'), throttled, job('Processing'), job('Processing'), job('Succeeded')]);
    const listener = await waitForListener(p, c, 'lsn-1', { jobId: 'job-1', intervalMs: 1_000, maxIntervalMs: 2_000 });
    expect(listener.ListenerStatus).toBe('Running');
    expect(p.calls).toBe(5);
    // random() = 0.5: three quarters of the interval (1000, then 1500 grown to the 2000 ceiling), and
    // the 7000 the throttled poll asked for in place of the second.
    expect(c.slept).toEqual([750, 7_000, 1_500, 1_500]);
  });

  it('does not keep polling through an error a retry cannot help', async () => {
    const p = poller([
      () => {
        throw new AlbError({ code: 'Forbidden.RAM', message: 'no', status: 403, body: {} });
      },
    ]);
    await expect(waitForListener(p, clock(), 'lsn-1', { jobId: 'job-1' })).rejects.toMatchObject({ code: 'Forbidden.RAM' });
    expect(p.calls).toBe(1);
  });
});
