// What the second adversarial run did to the client (issue 22, items 5-9), each as the exact
// answer a server gave and the typed error the client must end with, through both entry points:
// a huge body, a redirect to another origin, a wait against a server that never answers, an empty
// ClientToken on a retried create, and a success of the wrong shape.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AlbRedirectError,
  AlbResponseTooLargeError,
  AlbUnexpectedResponseError,
  AlbWaitTimeoutError,
  createAlbClient as createUniversalClient,
} from '../../src/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { startRecorder, type Reply } from '../support/recorder.ts';
import { minimalRequest } from '../support/requests.ts';

const credentials = { accessKeyId: 'LTAI5tExampleId', accessKeySecret: 'secret', securityToken: 'STS.leaky-token' };
const entries = [
  ['universal (fetch)', createUniversalClient],
  ['node (node:http)', createNodeClient],
] as const;
const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 5_000 };

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});
async function recorder(reply: Reply) {
  const r = await startRecorder(reply);
  closers.push(r.close);
  return r;
}
async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(
    () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe.each(entries)('%s', (_, createAlbClient) => {
  describe('5. a huge answer', () => {
    it('is cut off at maxResponseBytes with AlbResponseTooLargeError, whatever the server goes on sending', async () => {
      let sent = 0;
      const url = await listen(
        createServer((_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(1 << 16, 0x61);
          const pump = () => {
            // 64 MiB at most, no length announced.
            while (sent < 64 << 20) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('close', () => res.removeAllListeners('drain'));
          pump();
        }),
      );
      const client = createAlbClient({ endpoint: url, retry: { maxAttempts: 1 }, maxResponseBytes: 1 << 20 });
      const error = await client.createListener(minimalRequest).catch((e) => e);
      expect(error).toBeInstanceOf(AlbResponseTooLargeError);
      expect(error).toMatchObject({ status: 200, maxResponseBytes: 1 << 20 });
      expect(sent).toBeLessThan(64 << 20);
    });

    it('an announced length over the limit is refused before the body is read; the default limit is 8 MiB', async () => {
      const url = await listen(
        createServer((_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': String((8 << 20) + 1) });
          res.write('{');
        }),
      );
      const error = await createAlbClient({ endpoint: url, retry: { maxAttempts: 1 } })
        .createListener(minimalRequest)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbResponseTooLargeError);
      expect(error.maxResponseBytes).toBe(8 << 20);
    });
  });

  describe('6. a redirect', () => {
    it('is never followed: AlbRedirectError names the location, and the other origin hears nothing (no STS token leaves)', async () => {
      const elsewhere = await recorder(() => ({ status: 200, body: '{}' }));
      const redirecting = await recorder(() => ({ status: 302, body: '', headers: { location: `${elsewhere.url}/steal` } }));
      const client = createAlbClient({ endpoint: redirecting.url, credentials, retry: fast });
      const error = await client.createListener(minimalRequest).catch((e) => e);
      expect(error).toBeInstanceOf(AlbRedirectError);
      expect(error).toMatchObject({ status: 302, location: `${elsewhere.url}/steal` });
      expect(elsewhere.requests).toHaveLength(0);
      // Not retried: asking again would be redirected again.
      expect(redirecting.requests).toHaveLength(1);
    });
  });

  describe('7. a wait ends at its deadline', () => {
    it('timeoutMs 1000 against a server that never answers rejects in about a second with AlbWaitTimeoutError', async () => {
      const silent = await recorder(() => 'hang');
      const client = createAlbClient({ endpoint: silent.url });
      const started = Date.now();
      const error = await client.waitForListener('lsn-never', { timeoutMs: 1_000 }).catch((e) => e);
      const took = Date.now() - started;
      expect(error).toBeInstanceOf(AlbWaitTimeoutError);
      expect(error.message).toBe(
        'ListenerRunning was not reached within 1000 ms (last seen: nothing yet; the last poll had no answer in time)',
      );
      expect(took).toBeGreaterThanOrEqual(950);
      expect(took).toBeLessThan(2_500);
    });
  });

  describe('8. an empty ClientToken', () => {
    it('is replaced by a generated one, the same on the retry after a cut connection', async () => {
      const server = await recorder((_, i) =>
        i === 0 ? 'destroy' : { status: 200, body: JSON.stringify({ RequestId: 'r', JobId: 'j', ListenerId: 'l' }) },
      );
      await createAlbClient({ endpoint: server.url, retry: fast }).createListener({ ...minimalRequest, ClientToken: '' });
      const tokens = server.requests.map((r) => r.query.ClientToken);
      expect(tokens).toHaveLength(2);
      expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(tokens[1]).toBe(tokens[0]);
    });
  });

  describe('9. a success of the wrong shape', () => {
    it.each([
      ['null', 'the body is null, not an object', []],
      ['[]', 'the body is an array, not an object', []],
      ['{}', 'it has no RequestId, JobId, ListenerId', ['RequestId', 'JobId', 'ListenerId']],
      ['{"RequestId":"r","JobId":"j"}', 'it has no ListenerId', ['ListenerId']],
    ])('CreateListener answering %s: AlbUnexpectedResponseError naming what was missing', async (body, problem, missing) => {
      const server = await recorder(() => ({ status: 200, body }));
      const error = await createAlbClient({ endpoint: server.url, retry: fast })
        .createListener(minimalRequest)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbUnexpectedResponseError);
      expect(error.message).toBe(`The CreateListener answer (HTTP 200) is not a CreateListener response: ${problem}`);
      expect(error.missing).toEqual(missing);
      expect(server.requests).toHaveLength(1);
    });

    it('ListAsynJobs answering Jobs that are not a list, inside createListenerAndWait: a typed error, not a TypeError', async () => {
      const server = await recorder((r) =>
        r.headers['x-acs-action'] === 'CreateListener'
          ? { status: 200, body: JSON.stringify({ RequestId: 'r', JobId: 'j', ListenerId: 'l' }) }
          : { status: 200, body: JSON.stringify({ RequestId: 'r', Jobs: 'oops' }) },
      );
      const error = await createAlbClient({ endpoint: server.url, retry: fast })
        .createListenerAndWait(minimalRequest, { timeoutMs: 2_000 })
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbUnexpectedResponseError);
      expect(error.message).toBe('The ListAsynJobs answer (HTTP 200) is not a ListAsynJobs response: Jobs is not a list');
    });
  });
});
