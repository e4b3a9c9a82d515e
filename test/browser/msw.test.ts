// The MSW handlers in a real browser: a page registers msw's service worker (the script msw ships,
// served by this test) with albHandlers from the browser entry, and its fetches to the ALB origin
// are answered by the mock, with no mock server anywhere: the origin is `alb.mock.invalid`, a
// name that never resolves, so any request the worker missed would fail.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yamlPlugin } from '../../scripts/yaml-plugin.ts';
import { launchChromium } from '../support/chromium.ts';

const ALB = 'http://alb.mock.invalid';
const query =
  'LoadBalancerId=alb-7y0kq0zi6gqgb1hb4w&ListenerProtocol=HTTP&ListenerPort=80&DefaultActions.1.Type=ForwardGroup' +
  '&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-8ilqs4axp6bc2lfcxs';

// The page's script: msw's browser worker with our handlers (stateful, in memory), and our
// universal client, on `window`.
const entry = `
import { setupWorker } from 'msw/browser';
import { albHandlers } from './src/msw/browser.ts';
import { createAlbClient } from './src/index.ts';
window.createAlbClient = createAlbClient;
window.ready = setupWorker(...albHandlers({ baseUrl: '${ALB}', stateful: true }))
  .start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'error' })
  .then(() => true);
`;

let browser: Browser;
let server: Server;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    plugins: [yamlPlugin],
    logLevel: 'silent',
  });
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: '<!doctype html><title>msw</title><script type="module" src="/app.js"></script>' },
    '/app.js': { type: 'text/javascript', body: bundle.outputFiles[0]!.text },
    '/mockServiceWorker.js': { type: 'text/javascript', body: readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8') },
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' }).end(file?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // 127.0.0.1 is a secure context: service workers may register.
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as unknown as { ready?: Promise<boolean> }).ready !== undefined);
  await page.evaluate(() => (window as unknown as { ready: Promise<boolean> }).ready);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** One fetch from the page; status, the x-acs-request-id header and the parsed body. */
function fetchInPage(url: string, headers: Record<string, string> = {}) {
  return page.evaluate(
    async ({ url, headers }) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'x-acs-action': 'CreateListener', 'x-acs-version': '2020-06-16', ...headers },
      });
      return { status: response.status, body: await response.json() };
    },
    { url, headers },
  );
}

describe('albHandlers in Chromium, through the service worker', () => {
  it('controls the page: the worker answers, not a server', async () => {
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mockServiceWorker\.js$/);
    expect(pageErrors).toEqual([]);
  });

  it('answers a valid request with fresh ids', async () => {
    const { status, body } = await fetchInPage(`${ALB}/?${query}&ListenerPort=8080`.replace('ListenerPort=80&', ''));
    expect(status).toBe(200);
    expect(body.ListenerId).toMatch(/^lsn-[a-z0-9]+$/);
    expect(body.JobId).toEqual(expect.any(String));
  });

  it('refuses an invalid value in the envelope, naming the wire key', async () => {
    const { status, body } = await fetchInPage(`${ALB}/?${query.replace('ListenerPort=80', 'ListenerPort=0')}`);
    expect(status).toBe(400);
    expect(body.Code).toBe('InvalidParameter');
    expect(body.Message).toContain('ListenerPort');
    expect(body.RequestId).toEqual(expect.any(String));
  });

  it('refuses a missing key of a nested item', async () => {
    const { status, body } = await fetchInPage(`${ALB}/?${query.replace(/&DefaultActions\.1\.ForwardGroupConfig[^&]*/, '')}`);
    expect(status).toBe(400);
    expect(body.Code).toBe('MissingParameter');
    expect(body.Message).toContain('DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId');
  });

  it('answers the documented error a Prefer header picks', async () => {
    const { status, body } = await fetchInPage(`${ALB}/?${query}&ListenerPort=81`.replace('ListenerPort=80&', ''), {
      prefer: 'example=Throttling.User',
    });
    expect(status).toBe(400);
    expect(body.Code).toBe('Throttling.User');
  });

  it('keeps state in memory: our universal client creates a listener, and the same port again is taken', async () => {
    const result = await page.evaluate(async (endpoint) => {
      const { createAlbClient } = window as unknown as { createAlbClient: typeof import('../../src/index.ts').createAlbClient };
      const alb = createAlbClient({ endpoint, retry: { maxAttempts: 1 } });
      const request = {
        LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
        ListenerProtocol: 'HTTP' as const,
        ListenerPort: 9090,
        DefaultActions: [
          { Type: 'ForwardGroup' as const, ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } },
        ],
      };
      const first = await alb.createListener(request);
      try {
        await alb.createListener(request);
        return { first: first.ListenerId, second: 'created again' };
      } catch (error) {
        return { first: first.ListenerId, second: (error as { code?: string }).code };
      }
    }, ALB);
    expect(result.first).toMatch(/^lsn-/);
    expect(result.second).toBe('ResourceAlreadyExist.Listener');
  });
});
