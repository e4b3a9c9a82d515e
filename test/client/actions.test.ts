// The two actions a caller polls after CreateListener, GetListenerAttribute and ListAsynJobs, from
// both client entries and from the official SDK: the same wire request (the SDK as the oracle), the
// documented answer of the mock parsed into the fields each side reads, and client-side validation
// that names the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as universal from '../../src/index.ts';
import * as node from '../../src/node.ts';
import { useMock } from '../support/mock.ts';
import { startRecorder } from '../support/recorder.ts';
import { sdkCall } from '../support/sdk-oracle.ts';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'test-secret-value' };
const mock = useMock();
let recorder: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => (recorder = await startRecorder()));
afterAll(() => recorder.close());

const listJobs: universal.ListAsynJobsRequest = {
  JobIds: ['72dcd26b-f12d-4c27-b3af-18f6aed5a3f1', 'a2'],
  ResourceType: 'listener',
  MaxResults: 50,
};

describe('GetListenerAttribute and ListAsynJobs: the same request as the official SDK', () => {
  it.each([
    ['GetListenerAttribute', { ListenerId: 'lsn-o4u54y73wq7b7xawmq' }],
    ['ListAsynJobs', listJobs],
  ] as const)('%s: the same decoded query and action header, V3', async (action, request) => {
    await sdkCall(recorder.url, action, request as Record<string, unknown>, credentials).catch(() => undefined);
    const sdk = recorder.requests.at(-1)!;
    const client = node.createAlbClient({ endpoint: recorder.url, credentials, retry: { maxAttempts: 1 } });
    const method = action === 'ListAsynJobs' ? () => client.listAsynJobs(listJobs) : () => client.getListenerAttribute(request as never);
    await method().catch(() => undefined);
    const ours = recorder.requests.at(-1)!;
    expect(ours.headers['x-acs-action']).toBe(action);
    expect(ours.headers['x-acs-action']).toBe(sdk.headers['x-acs-action']);
    expect(ours.headers['x-acs-version']).toBe(sdk.headers['x-acs-version']);
    expect(ours.query).toEqual(sdk.query);
    expect(ours.method).toBe('POST');
    expect(ours.url.split('?')[0]).toBe('/');
  });
});

describe.each([
  ['Node entry', node],
  ['universal entry', universal],
])('the %s', (_, entry) => {
  const client = () => entry.createAlbClient({ endpoint: mock.url, retry: { maxAttempts: 1 } });

  it('calls each action as a function over createAlbCore (what a size-minded bundle imports)', async () => {
    const core = entry.createAlbCore({ endpoint: mock.url, retry: { maxAttempts: 1 } });
    const { ListenerId } = await entry.createListener(core, {
      LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
      ListenerProtocol: 'HTTP',
      ListenerPort: 80,
      DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } }],
    });
    expect(ListenerId).toMatch(/^lsn-/);
    expect((await entry.getListenerAttribute(core, { ListenerId })).ListenerStatus).toEqual(expect.any(String));
    const error = await entry.listAsynJobs(core, { MaxResults: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(entry.AlbValidationError);
  });

  it('reads a listener and its status from the mock', async () => {
    const listener = await client().getListenerAttribute({ ListenerId: 'lsn-o4u54y73wq7b7xawmq' });
    expect(listener.ListenerStatus).toMatch(/^(Provisioning|Running|Configuring|Stopped)$/);
    expect(listener.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(listener.DefaultActions?.[0]?.Type).toBe('ForwardGroup');
  });

  it('lists jobs from the mock', async () => {
    const { Jobs, TotalCount } = await client().listAsynJobs({ JobIds: ['72dcd26b-f12d-4c27-b3af-18f6aed5a3f1'] });
    expect(Jobs?.[0]?.Status).toMatch(/^(Succeeded|Failed|Processing)$/);
    expect(TotalCount).toEqual(expect.any(Number));
  });

  it('names the field before sending: a missing ListenerId, MaxResults out of range, an unknown ResourceType', async () => {
    const issues = async (call: Promise<unknown>) => {
      const error = await call.catch((e) => e);
      expect(error).toBeInstanceOf(entry.AlbValidationError);
      return (error as InstanceType<typeof entry.AlbValidationError>).issues.map((i) => `${i.parameter} ${i.rule}`);
    };
    expect(await issues(client().getListenerAttribute({} as never))).toEqual(['ListenerId required']);
    expect(await issues(client().listAsynJobs({ MaxResults: 101 }))).toEqual(['MaxResults maximum']);
    expect(await issues(client().listAsynJobs({ ResourceType: 'bucket' as never }))).toEqual(['ResourceType enum']);
  });

  it('names the action whose request it was: the error of each action says which', async () => {
    const error = await client()
      .listAsynJobs({ MaxResults: 1000 })
      .catch((e) => e);
    expect([error.action, error.message]).toEqual([
      'ListAsynJobs',
      'Invalid ListAsynJobs request: MaxResults must be at most 100 (maximum)',
    ]);
    const missing = await client()
      .getListenerAttribute({} as never)
      .catch((e) => e);
    expect(missing.message).toBe('Invalid GetListenerAttribute request: ListenerId is required (required)');
  });
});

describe('the official SDK against the mock', () => {
  it.each([false, true])('parses GetListenerAttribute and ListAsynJobs (V1: %s)', async (v1) => {
    const listener = await sdkCall(mock.url, 'GetListenerAttribute', { ListenerId: 'lsn-o4u54y73wq7b7xawmq' }, { ...credentials, v1 });
    expect(listener.listenerStatus).toMatch(/^(Provisioning|Running)$/);
    expect(listener.listenerPort).toEqual(expect.any(Number));
    expect(listener.defaultActions[0].forwardGroupConfig.serverGroupTuples[0].serverGroupId).toEqual(expect.any(String));
    const jobs = await sdkCall(mock.url, 'ListAsynJobs', { JobIds: ['72dcd26b-f12d-4c27-b3af-18f6aed5a3f1'] }, { ...credentials, v1 });
    expect(jobs.jobs[0].status).toMatch(/^(Succeeded|Processing|Failed)$/);
    expect(jobs.jobs[0].id).toEqual(expect.any(String));
  });

  it("gets the mock's MissingParameter for a GetListenerAttribute without ListenerId", async () => {
    const error = await sdkCall(mock.url, 'GetListenerAttribute', {}, credentials).catch((e) => e);
    expect(String(error.code ?? error.message)).toContain('MissingParameter');
  });
});
