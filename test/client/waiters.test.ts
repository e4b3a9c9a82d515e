// From CreateListener to a running listener. Against the stateful mock, whose clock the test turns
// (a listener is Provisioning and its job Processing until provisioningMs have passed): the
// official SDK sees both states through both polling actions, V3 and V1; our client's waiters
// resolve with the listener as created, time out naming the last status, and stop on abort. The
// waiter's decisions on what the mock does not produce yet (a Failed job, throttling while
// polling) are checked against a scripted poller on a virtual clock.
import { describe, expect, it } from 'vitest';
import { AlbError, AlbJobFailedError, AlbTimeoutError, AlbWaitFailedError, AlbWaitTimeoutError, createAlbClient } from '../../src/node.ts';
import type { AlbCore } from '../../src/client/core.ts';
import { runWaiter, valuesAt } from '../../src/client/waiter.ts';
import { bundle } from '../support/spec.ts';
import { createClient } from '../../src/client/create-client.ts';
import { webHashes } from '../../src/client/hashes-web.ts';
import { fetchSend } from '../../src/client/http-fetch.ts';
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
    // The same caller on both sides: the mock keeps one world per access key (issue 25).
    const client = createAlbClient({ endpoint: server.url, credentials });
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
  const waitOptions = { minDelayMs: 1_000, maxDelayMs: 4_000 };
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
    expect([timedOut.waiter, timedOut.lastStatus]).toEqual(['ListenerRunning', 'ListenerStatus Provisioning']);
    expect((await alb.waitForListener(ListenerId, waitOptions)).ListenerStatus).toBe('Running');
  });

  it("stops at once on abort, with the signal's reason", async () => {
    const { ListenerId } = await client().createListener(request());
    const controller = new AbortController();
    const waiting = client().waitForListener(ListenerId, { signal: controller.signal, minDelayMs: 60_000 });
    controller.abort(new Error('the user left the page'));
    await expect(waiting).rejects.toThrow('the user left the page');
  });
});

describe('the engine running the declared JobSucceeded waiter on scripted answers (virtual clock)', () => {
  const declared = bundle['x-acs-waiters'].JobSucceeded;
  const core = () => {
    const slept: number[] = [];
    let t = 0;
    const context = {
      now: () => new Date(t),
      random: () => 0.5,
      sleep: async (ms: number) => {
        slept.push(ms);
        t += ms;
      },
    };
    return { slept, core: { context, validate: false } as unknown as AlbCore };
  };
  const scripted = (answers: Array<() => unknown>) => {
    const calls = { count: 0 };
    const spec = {
      name: 'JobSucceeded',
      action: 'ListAsynJobs',
      call: async () => answers[calls.count++]!() as never,
      acceptors: declared.acceptors,
      minDelayMs: declared.minDelayMs,
      maxDelayMs: declared.maxDelayMs,
      timeoutMs: declared.timeoutMs,
    };
    return { spec, calls };
  };
  const job =
    (Status: string, extra = {}) =>
    () => ({ RequestId: 'r', Jobs: [{ Id: 'job-1', Status, ...extra }] });

  it("rejects with AlbWaitFailedError (AlbJobFailedError) carrying the job's Id, ErrorCode and ErrorMessage", async () => {
    const { spec, calls } = scripted([job('Processing'), job('Failed', { ErrorCode: 'QuotaExceeded.Listener', ErrorMessage: 'no room' })]);
    const error = await runWaiter(core().core, spec, {}).catch((e) => e);
    expect(error).toBeInstanceOf(AlbJobFailedError);
    expect(error).toBeInstanceOf(AlbWaitFailedError);
    expect([error.jobId, error.code, error.message]).toEqual([
      'job-1',
      'QuotaExceeded.Listener',
      'JobSucceeded failed for job-1 with QuotaExceeded.Listener: no room',
    ]);
    expect(calls.count).toBe(2);
  });

  it('keeps polling through throttling, waiting what the service asks; delays grow with jitter to the ceiling; onPoll sees each poll', async () => {
    const throttled = () => {
      throw new AlbError({ code: 'Throttling.User', message: 'slow down', status: 400, body: {}, retryAfterMs: 7_000 });
    };
    const { core: c, slept } = core();
    const { spec, calls } = scripted([job('Processing'), throttled, job('Processing'), job('Processing'), job('Succeeded')]);
    const polls: string[] = [];
    const answer = await runWaiter(
      c,
      spec,
      {},
      { minDelayMs: 1_000, maxDelayMs: 2_000, onPoll: (p) => polls.push(`${p.attempt} ${p.status}`) },
    );
    expect((answer as any).Jobs[0].Status).toBe('Succeeded');
    expect(calls.count).toBe(5);
    // random() = 0.5: three quarters of the delay (1000, then 1500 grown to the 2000 ceiling), and
    // the 7000 the throttled poll asked for in place of the second.
    expect(slept).toEqual([750, 7_000, 1_500, 1_500]);
    expect(polls).toEqual([
      '1 Jobs[].Status Processing',
      '2 Throttling.User',
      '3 Jobs[].Status Processing',
      '4 Jobs[].Status Processing',
      '5 Jobs[].Status Succeeded',
    ]);
  });

  it('a job not listed yet is polled again; an error a retry cannot help ends the wait', async () => {
    const { spec, calls } = scripted([
      () => ({ RequestId: 'r', Jobs: [] }),
      () => {
        throw new AlbError({ code: 'Forbidden.RAM', message: 'no', status: 403, body: {} });
      },
    ]);
    await expect(runWaiter(core().core, spec, {})).rejects.toMatchObject({ code: 'Forbidden.RAM' });
    expect(calls.count).toBe(2);
  });

  it('valuesAt reads a path through lists', () => {
    expect(valuesAt({ Jobs: [{ Status: 'A' }, { Status: 'B' }] }, 'Jobs[].Status')).toEqual(['A', 'B']);
    expect(valuesAt({ ListenerStatus: 'Running' }, 'ListenerStatus')).toEqual(['Running']);
    expect(valuesAt({ Jobs: 'oops' }, 'Jobs[].Status')).toEqual([]);
  });
});
