// The listener's whole lifecycle against the stateful mock (issue 27): the official SDK (V3 and V1)
// and our client each create, wait, list, update, wait, stop, wait, start, wait, delete, wait and
// create again on the same port; each write's errors (a running job, a start of a running
// listener, an unknown listener), DryRun, ClientToken idempotency, failing jobs, ListListeners'
// filters and pages, what a delete gives back, and a restart from the state file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type AlbError, createAlbClient } from '../../src/index.ts';
import { type RunningMock, startMock } from '../../src/mock/server.ts';
import { minimalRequest } from '../support/requests.ts';
import { sdkCall } from '../support/sdk-oracle.ts';

const LB = minimalRequest.LoadBalancerId;
const GROUP = minimalRequest.DefaultActions[0]!.ForwardGroupConfig!.ServerGroupTuples[0]!.ServerGroupId;
const fast = { minDelayMs: 20, maxDelayMs: 50, timeoutMs: 20_000 };
let running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.map((m) => m.close()));
  running = [];
});
async function mock(options: Parameters<typeof startMock>[0] = {}) {
  const m = await startMock({ port: 0, log: null, stateful: { provisioningMs: 100 }, ...options });
  running.push(m);
  return m;
}
const client = (m: RunningMock, options: Record<string, unknown> = {}) => createAlbClient({ endpoint: m.url, ...options });

/** Polls until `done` holds of what `read` returns (or rejects with), as the SDK's users write it. */
async function until<T>(read: () => Promise<T>, done: (value: T | AlbError | Error) => boolean): Promise<T | Error> {
  for (let i = 0; i < 200; i++) {
    const value = await read().catch((e: Error) => e);
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('gave up waiting');
}

describe('the whole lifecycle', () => {
  it.each([false, true])('driven by the official SDK (V1: %s)', async (v1) => {
    const m = await mock();
    const sdk = (action: string, request: Record<string, unknown>) =>
      sdkCall(m.url, action, request, { accessKeyId: 'LTAI5tLifecycle', accessKeySecret: 'secret', v1 });
    const status = async (id: string) => (await sdk('GetListenerAttribute', { ListenerId: id })).listenerStatus as string;
    const create = { ...minimalRequest, ListenerPort: 8090, Tag: [{ Key: 'team', Value: 'web' }] };
    const { listenerId } = await sdk('CreateListener', create);
    expect(
      await until(
        () => status(listenerId),
        (s) => s === 'Running',
      ),
    ).toBe('Running');

    const listed = await sdk('ListListeners', { LoadBalancerIds: [LB], Tag: [{ Key: 'team', Value: 'web' }] });
    expect(listed.listeners.map((l: { listenerId: string }) => l.listenerId)).toEqual([listenerId]);
    expect(listed).toMatchObject({ totalCount: 1, maxResults: 20 });

    const update = await sdk('UpdateListenerAttribute', { ListenerId: listenerId, IdleTimeout: 42, ListenerDescription: 'edited' });
    expect(update.jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await status(listenerId)).toBe('Configuring');
    await until(
      () => status(listenerId),
      (s) => s === 'Running',
    );
    expect(await sdk('GetListenerAttribute', { ListenerId: listenerId })).toMatchObject({ idleTimeout: 42, listenerDescription: 'edited' });

    await sdk('StopListener', { ListenerId: listenerId });
    expect(
      await until(
        () => status(listenerId),
        (s) => s === 'Stopped',
      ),
    ).toBe('Stopped');
    await sdk('StartListener', { ListenerId: listenerId });
    expect(
      await until(
        () => status(listenerId),
        (s) => s === 'Running',
      ),
    ).toBe('Running');

    await sdk('DeleteListener', { ListenerId: listenerId });
    const gone = await until(
      () => status(listenerId),
      (s) => s instanceof Error,
    );
    expect((gone as { code?: string }).code).toBe('ResourceNotFound.Listener');
    const again = await sdk('CreateListener', create);
    expect(again.listenerId).not.toBe(listenerId);
    const jobs = await sdk('ListAsynJobs', { ResourceIds: [listenerId] });
    expect(jobs.jobs.map((j: { apiName: string; status: string }) => `${j.apiName} ${j.status}`)).toEqual([
      'DeleteListener Succeeded',
      'StartListener Succeeded',
      'StopListener Succeeded',
      'UpdateListenerAttribute Succeeded',
      'CreateListener Succeeded',
    ]);
  });

  it('driven by our client, through its generated waiters and paginator, with progress', async () => {
    const m = await mock();
    const alb = client(m);
    const created = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 8091 }, fast);
    const id = created.ListenerId!;
    const pages: number[] = [];
    for await (const page of alb.paginateListListeners({ LoadBalancerIds: [LB], MaxResults: 2 })) pages.push(page.Listeners!.length);
    expect(pages.reduce((a, b) => a + b)).toBe((await alb.listListeners({ LoadBalancerIds: [LB] })).TotalCount);
    expect(pages.length).toBeGreaterThan(1);

    const { JobId } = await alb.updateListenerAttribute({ ListenerId: id, RequestTimeout: 120, GzipEnabled: false });
    const polls: string[] = [];
    await alb.waitUntilJobSucceeded({ JobIds: [JobId!] }, { ...fast, onPoll: (p) => polls.push(p.status) });
    expect(polls.at(-1)).toBe('Jobs[].Status Succeeded');
    expect(await alb.getListenerAttribute({ ListenerId: id })).toMatchObject({ RequestTimeout: 120, GzipEnabled: false, IdleTimeout: 15 });

    await alb.stopListener({ ListenerId: id });
    expect((await alb.waitUntilListenerStopped({ ListenerId: id }, fast)).ListenerStatus).toBe('Stopped');
    await alb.startListener({ ListenerId: id });
    expect((await alb.waitUntilListenerRunning({ ListenerId: id }, fast)).ListenerStatus).toBe('Running');
    await alb.deleteListener({ ListenerId: id });
    // Gone is no answer: the waiter resolves with nothing, and says so in its type.
    const gone = alb.waitUntilListenerDeleted({ ListenerId: id }, fast);
    expectTypeOf(gone).resolves.toEqualTypeOf<void>();
    expect(await gone).toBeUndefined();
    expect((await alb.listListeners({ ListenerIds: [id] })).Listeners).toEqual([]);
    await expect(alb.createListener({ ...minimalRequest, ListenerPort: 8091 })).resolves.toHaveProperty('ListenerId');
  });
});

describe("each write's rules", () => {
  it('while a job runs, an update, start or stop is IncorrectStatus.Listener and a delete ResourceInConfiguring.Listener; so is a start of a running listener or a stop of a stopped one', async () => {
    const m = await mock({ stateful: { provisioningMs: 60_000 } });
    const alb = client(m, { retry: { maxAttempts: 1 } });
    const { ListenerId } = await alb.createListener({ ...minimalRequest, ListenerPort: 8092 });
    for (const [call, code] of [
      [() => alb.updateListenerAttribute({ ListenerId, IdleTimeout: 5 }), 'IncorrectStatus.Listener'],
      [() => alb.startListener({ ListenerId }), 'IncorrectStatus.Listener'],
      [() => alb.stopListener({ ListenerId }), 'IncorrectStatus.Listener'],
      [() => alb.deleteListener({ ListenerId }), 'ResourceInConfiguring.Listener'],
    ] as const)
      expect(await call().catch((e) => [e.code, e.parameter])).toEqual([code, 'ListenerId']);

    const settled = await mock();
    const other = client(settled, { retry: { maxAttempts: 1 } });
    const done = await other.createListenerAndWait({ ...minimalRequest, ListenerPort: 8093 }, fast);
    expect(await other.startListener({ ListenerId: done.ListenerId! }).catch((e) => e.code)).toBe('IncorrectStatus.Listener');
    await other.stopListener({ ListenerId: done.ListenerId! });
    await other.waitUntilListenerStopped({ ListenerId: done.ListenerId! }, fast);
    expect(await other.stopListener({ ListenerId: done.ListenerId! }).catch((e) => e.code)).toBe('IncorrectStatus.Listener');
    // A stopped listener takes an update, and stays stopped (Terraform waits for Running or Stopped).
    const { JobId } = await other.updateListenerAttribute({ ListenerId: done.ListenerId!, IdleTimeout: 9 });
    await other.waitUntilJobSucceeded({ JobIds: [JobId!] }, fast);
    expect(await other.getListenerAttribute({ ListenerId: done.ListenerId! })).toMatchObject({ ListenerStatus: 'Stopped', IdleTimeout: 9 });
  });

  it.each(['UpdateListenerAttribute', 'StartListener', 'StopListener', 'DeleteListener'])(
    '%s on an unknown listener is ResourceNotFound.Listener under ListenerId; DryRun changes nothing',
    async (action) => {
      const m = await mock();
      const alb = client(m, { retry: { maxAttempts: 1 } }) as unknown as Record<string, (r: unknown) => Promise<unknown>>;
      const call = alb[action[0]!.toLowerCase() + action.slice(1)]!;
      const missing = (await call({ ListenerId: 'lsn-nosuch000000000000' }).catch((e) => e)) as AlbError;
      expect([missing.status, missing.code, missing.parameter]).toEqual([404, 'ResourceNotFound.Listener', 'ListenerId']);
      const running = await client(m).createListenerAndWait({ ...minimalRequest, ListenerPort: 8094 }, fast);
      const before = await client(m).getListenerAttribute({ ListenerId: running.ListenerId! });
      const dry = (await call({ ListenerId: running.ListenerId, DryRun: true }).catch((e) => e)) as AlbError;
      // A start of a running listener fails its precheck; every other write passes it.
      expect(dry.code).toBe(action === 'StartListener' ? 'IncorrectStatus.Listener' : 'DryRunOperation');
      expect(await client(m).getListenerAttribute({ ListenerId: running.ListenerId! })).toEqual({
        ...before,
        RequestId: expect.any(String),
      });
    },
  );

  it('a ClientToken replays an update; the same token with other attributes is IdempotentParameterMismatch', async () => {
    const m = await mock();
    const alb = client(m, { retry: { maxAttempts: 1 } });
    const { ListenerId } = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 8095 }, fast);
    const first = await alb.updateListenerAttribute({ ListenerId: ListenerId!, IdleTimeout: 20, ClientToken: 'update-1' });
    const replay = await alb.updateListenerAttribute({ ListenerId: ListenerId!, IdleTimeout: 20, ClientToken: 'update-1' });
    expect(replay.JobId).toBe(first.JobId);
    const other = await alb.updateListenerAttribute({ ListenerId: ListenerId!, IdleTimeout: 21, ClientToken: 'update-1' }).catch((e) => e);
    expect([other.code, other.parameter]).toEqual(['IdempotentParameterMismatch', 'ClientToken']);
    expect((await alb.listAsynJobs({ ResourceIds: [ListenerId!], ApiName: 'UpdateListenerAttribute' })).TotalCount).toBe(1);
  });

  it("an update's resources are checked as a create's: an unknown server group is ResourceNotFound.ServerGroup under its tuple", async () => {
    const m = await mock();
    const alb = client(m, { retry: { maxAttempts: 1 } });
    const { ListenerId } = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 8096 }, fast);
    const error = await alb
      .updateListenerAttribute({
        ListenerId: ListenerId!,
        DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-nosuch0000000001' }] } }],
      })
      .catch((e) => e);
    expect([error.code, error.parameter]).toEqual([
      'ResourceNotFound.ServerGroup',
      'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId',
    ]);
  });

  it('a failing job leaves the listener as it was; the configuring fault applies to every write', async () => {
    const m = await mock();
    const alb = client(m, { retry: { maxAttempts: 1 } });
    const { ListenerId } = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 8097, IdleTimeout: 15 }, fast);
    m.setFaults({ failJobs: [{ code: 'UpdateFailed.Test' }] });
    const { JobId } = await alb.updateListenerAttribute({ ListenerId: ListenerId!, IdleTimeout: 50 });
    expect((await alb.waitUntilJobSucceeded({ JobIds: [JobId!] }, fast).catch((e) => e)).code).toBe('UpdateFailed.Test');
    expect(await alb.getListenerAttribute({ ListenerId: ListenerId! })).toMatchObject({ IdleTimeout: 15, ListenerStatus: 'Running' });
    m.setFaults({ configuringMs: 60_000 });
    await alb.stopListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerStopped({ ListenerId: ListenerId! }, fast);
    expect((await alb.startListener({ ListenerId: ListenerId! }).catch((e) => e)).code).toBe('IncorrectStatus.LoadBalancer');
  });
});

describe('ListListeners', () => {
  it('filters by load balancer, listener, protocol and tag; an unknown load balancer lists nothing; pages are stable and tokens bound to their query', async () => {
    const m = await mock();
    const alb = client(m);
    const a = await alb.createListener({ ...minimalRequest, ListenerPort: 9001, Tag: [{ Key: 'env', Value: 'prod' }] });
    const b = await alb.createListener({ ...minimalRequest, ListenerPort: 9002, Tag: [{ Key: 'env', Value: 'test' }] });
    const ids = async (request: Parameters<typeof alb.listListeners>[0]) =>
      ((await alb.listListeners(request)).Listeners ?? []).map((l) => l.ListenerId);
    expect(await ids({ Tag: [{ Key: 'env', Value: 'prod' }] })).toEqual([a.ListenerId]);
    expect(await ids({ Tag: [{ Key: 'env' }] })).toEqual([a.ListenerId, b.ListenerId]);
    expect(await ids({ ListenerIds: [b.ListenerId] })).toEqual([b.ListenerId]);
    expect(await ids({ LoadBalancerIds: ['alb-nosuch'] })).toEqual([]);
    const https = await ids({ LoadBalancerIds: [LB], ListenerProtocol: 'HTTPS' });
    for (const id of https) expect((await alb.getListenerAttribute({ ListenerId: id! })).ListenerProtocol).toBe('HTTPS');

    const all = await ids({});
    const first = await alb.listListeners({ MaxResults: 2 });
    const second = await alb.listListeners({ MaxResults: 2, NextToken: first.NextToken });
    expect([...first.Listeners!, ...second.Listeners!].map((l) => l.ListenerId)).toEqual(all.slice(0, 4));
    const foreign = await alb.listListeners({ MaxResults: 2, NextToken: first.NextToken, ListenerProtocol: 'HTTP' }).catch((e) => e);
    expect([foreign.code, foreign.parameter]).toEqual(['InvalidParameter', 'NextToken']);
  });

  it('a delete gives back what the listener took: its port, its server groups and its security policy', async () => {
    const m = await mock();
    const alb = client(m);
    const attached = async () =>
      (
        (await (await fetch(`${m.url}/__mock/state`)).json()) as { serverGroups: Array<{ id: string; attachedCount: number }> }
      ).serverGroups.find((g) => g.id === GROUP)!.attachedCount;
    const before = await attached();
    const { ListenerId } = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 9003 }, fast);
    expect(await attached()).toBe(before + 1);
    await alb.deleteListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerDeleted({ ListenerId: ListenerId! }, fast);
    expect(await attached()).toBe(before);
  });
});

describe('persistence', () => {
  it('an update and a stop survive a restart from the state file (the journal replays changes)', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'lifecycle-')), 'state.json');
    const first = await startMock({ port: 0, log: null, stateful: { provisioningMs: 50, stateFile } });
    const alb = client(first);
    const { ListenerId } = await alb.createListenerAndWait({ ...minimalRequest, ListenerPort: 9004 }, fast);
    const { JobId } = await alb.updateListenerAttribute({ ListenerId: ListenerId!, ListenerDescription: 'kept' });
    await alb.waitUntilJobSucceeded({ JobIds: [JobId!] }, fast);
    await alb.stopListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerStopped({ ListenerId: ListenerId! }, fast);
    await first.close();
    const second = await mock({ stateful: { provisioningMs: 50, stateFile } });
    expect(await client(second).getListenerAttribute({ ListenerId: ListenerId! })).toMatchObject({
      ListenerDescription: 'kept',
      ListenerStatus: 'Stopped',
    });
  });
});
