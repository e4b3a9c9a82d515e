// What a form needs from the client (issue 26): ids without crypto.randomUUID, an endpoint behind a
// proxy prefix, and progress: onCreated once before polling, onPoll with the job or the listener.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUuid } from '../../src/client/random.ts';
import { createAlbClient as createUniversalClient, type ListenerPollProgress } from '../../src/index.ts';
import { startMock, type RunningMock } from '../../src/mock/server.ts';
import { createAlbClient } from '../../src/node.ts';
import { minimalRequest } from '../support/requests.ts';

const key = { accessKeyId: 'LTAI5tFormKey', accessKeySecret: 'form-secret' };
let mock: RunningMock;
let proxy: ReturnType<typeof createServer>;
let proxyUrl: string;
const proxied: string[] = [];

beforeAll(async () => {
  mock = await startMock({ port: 0, log: null, verifySignatures: key, stateful: { provisioningMs: 200 } });
  // A dev proxy that serves the API under /api/alb and strips the prefix, as Vite's `server.proxy` does.
  proxy = createServer((req, res) => {
    proxied.push(req.url ?? '');
    if (!req.url?.startsWith('/api/alb/')) return res.writeHead(404).end('not under /api/alb');
    const target = new URL(mock.url);
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: req.url.slice('/api/alb'.length),
        method: req.method,
        // Host unchanged (Vite's changeOrigin: false): a V3 signature covers it.
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy.close();
  await mock.close();
});

describe('random ids where crypto.randomUUID is missing (a page outside a secure context)', () => {
  it('builds version 4 UUIDs from getRandomValues, and a call still gets its ClientToken and nonce', async () => {
    const native = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 200 }, randomUuid);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(ids.length);
      const created = await createUniversalClient({ endpoint: mock.url, credentials: key }).createListener({
        ...minimalRequest,
        ListenerPort: 7001,
      });
      expect(created.ListenerId).toMatch(/^lsn-/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: native, configurable: true });
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof globalThis.crypto.randomUUID).toBe('function');
  });
});

describe('an endpoint with a path', () => {
  const clients = { node: createAlbClient, universal: createUniversalClient };
  it.each([
    ['node', 'v3'],
    ['node', 'v1'],
    ['universal', 'v3'],
  ] as const)(
    'the %s client (%s) keeps the prefix, and the signature (over /) verifies behind the proxy',
    async (entry, signatureVersion) => {
      const alb = clients[entry]({ endpoint: `${proxyUrl}/api/alb/`, credentials: key, signatureVersion });
      const answer = await alb.listAsynJobs({});
      expect(answer.Jobs).toEqual(expect.any(Array));
      expect(proxied.at(-1)).toMatch(/^\/api\/alb\/(\?|$)/);
    },
  );

  it('a query or fragment in the endpoint is refused at once rather than lost', () => {
    expect(() => createAlbClient({ endpoint: `${proxyUrl}/api/alb?token=1` })).toThrow(/no query or fragment/);
    expect(() => createAlbClient({ endpoint: `${proxyUrl}/#x` })).toThrow(/no query or fragment/);
  });
});

describe('progress', () => {
  const fast = { minDelayMs: 20, maxDelayMs: 50 };
  it('createListenerAndWait calls onCreated once with the ids, before the first poll; onPoll gets each poll with the job', async () => {
    const alb = createAlbClient({ endpoint: mock.url, credentials: key });
    const events: string[] = [];
    const polls: ListenerPollProgress[] = [];
    const running = await alb.createListenerAndWait(
      { ...minimalRequest, ListenerPort: 7002 },
      {
        ...fast,
        onCreated: ({ ListenerId, JobId }) => events.push(`created ${ListenerId} ${JobId}`),
        onPoll: (progress) => {
          events.push('poll');
          polls.push(progress);
        },
      },
    );
    expect(events[0]).toBe(`created ${running.ListenerId} ${polls[0]!.job!.Id}`);
    expect(events.filter((e) => e.startsWith('created'))).toHaveLength(1);
    expect(polls.length).toBeGreaterThan(1);
    expect(polls.map((p) => p.attempt)).toEqual(polls.map((_, i) => i + 1));
    expect(polls[0]).toMatchObject({ waiter: 'JobSucceeded', status: 'Jobs[].Status Processing', job: { Status: 'Processing' } });
    expect(polls.at(-1)).toMatchObject({ status: 'Jobs[].Status Succeeded', job: { Status: 'Succeeded', ResourceId: running.ListenerId } });
    for (const [a, b] of polls.slice(1).map((p, i) => [polls[i]!, p] as const)) expect(b.elapsedMs).toBeGreaterThanOrEqual(a.elapsedMs);
  });

  it('waitForListener without a job gives onPoll the listener as each poll read it', async () => {
    const alb = createAlbClient({ endpoint: mock.url, credentials: key });
    const { ListenerId } = await alb.createListener({ ...minimalRequest, ListenerPort: 7003 });
    const statuses: string[] = [];
    await alb.waitForListener(ListenerId, { ...fast, onPoll: (p) => statuses.push(p.listener!.ListenerStatus!) });
    expect(statuses[0]).toBe('Provisioning');
    expect(statuses.at(-1)).toBe('Running');
  });
});
