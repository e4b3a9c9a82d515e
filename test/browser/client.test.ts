// The universal entry in a real browser: bundled by esbuild for the browser and loaded into a page
// of the mock's origin, it signs with Chromium's Web Crypto (V3 and V1), the mock checks both
// signatures as the gateway does, and bad input fails with a typed error before anything is sent.
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/server.ts';
import { launchChromium } from '../support/chromium.ts';

const key = { accessKeyId: 'LTAI5tBrowserTest', accessKeySecret: 'browser-test-secret' };
const request = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ListenerProtocol: 'HTTP',
  ListenerPort: 80,
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } }],
  Tag: [{ Key: 'team', Value: 'front end & co' }],
};

let browser: Browser;
let mock: RunningMock;
let page: Page;
let bundleText: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'Alb',
    logLevel: 'silent',
  });
  // app.test: a host name that is not loopback, so a page there over http is not a secure context.
  browser = await launchChromium(['--host-resolver-rules=MAP app.test 127.0.0.1']);
  mock = await startMock({ port: 0, log: null, verifySignatures: key, allowedHosts: ['app.test'] });
  bundleText = bundle.outputFiles[0]!.text;
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A page of the mock's own origin (127.0.0.1 is a secure context, so crypto.subtle exists).
  await page.goto(`${mock.url}/__mock/`);
  await page.addScriptTag({ content: bundleText });
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Runs one createListener call in the page; resolves to its result or to the error's fields. */
function callInPage(options: Record<string, unknown>, body: Record<string, unknown> = request, on: Page = page) {
  return on.evaluate(
    async ({ options, body }) => {
      const { createAlbClient } = (globalThis as unknown as { Alb: typeof import('../../src/index.ts') }).Alb;
      try {
        return {
          ok: await createAlbClient({ endpoint: location.origin, retry: { maxAttempts: 1 }, ...options }).createListener(body as never),
        };
      } catch (error) {
        const e = error as { name: string; code?: string; issues?: Array<{ parameter: string; rule: string }> };
        return { error: { name: e.name, code: e.code, issues: e.issues?.map((i) => `${i.parameter} ${i.rule}`) } };
      }
    },
    { options, body },
  );
}

describe('the universal client in Chromium', () => {
  it.each(['v3', 'v1'])('signs %s with Web Crypto, and the mock accepts the signature', async (signatureVersion) => {
    const result = await callInPage({ credentials: key, signatureVersion });
    expect(result.ok?.ListenerId).toMatch(/^lsn-/);
  });

  it('a wrong secret is refused by the mock with SignatureDoesNotMatch, as an AlbError', async () => {
    const result = await callInPage({ credentials: { ...key, accessKeySecret: 'not-the-secret' } });
    expect(result.error).toMatchObject({ name: 'AlbError', code: 'SignatureDoesNotMatch' });
  });

  it('bad input is an AlbValidationError naming the wire field, before anything is sent', async () => {
    const result = await callInPage({ credentials: key }, { ...request, ListenerPort: 0, DefaultActions: [{ Type: 'Redirect' }] });
    expect(result.error?.name).toBe('AlbValidationError');
    expect(result.error?.issues).toEqual(expect.arrayContaining(['ListenerPort minimum', 'DefaultActions.1.Type enum']));
  });

  it('logs no page error', () => expect(pageErrors).toEqual([]));
});

describe('the universal client on a page that is not a secure context (http://app.test)', () => {
  let insecure: Page;
  let unsignedMock: RunningMock;
  const requests: string[] = [];
  beforeAll(async () => {
    unsignedMock = await startMock({ port: 0, log: (line) => requests.push(line), allowedHosts: ['app.test'], stateful: true });
    insecure = await browser.newPage();
    insecure.on('pageerror', (error) => pageErrors.push(error.message));
    await insecure.goto(`http://app.test:${new URL(unsignedMock.url).port}/__mock/`);
    await insecure.addScriptTag({ content: bundleText });
  });
  afterAll(() => unsignedMock?.close());

  it('has no crypto.randomUUID and no crypto.subtle there, as browsers do outside secure contexts', async () => {
    expect(
      await insecure.evaluate(() => [isSecureContext, typeof crypto.randomUUID, typeof crypto.subtle, typeof crypto.getRandomValues]),
    ).toEqual([false, 'undefined', 'undefined', 'function']);
  });

  it('an unsigned call gets a ListenerId (the nonce and the ClientToken come from getRandomValues)', async () => {
    const result = await callInPage({}, { ...request, ListenerPort: 8088 }, insecure);
    expect(result.ok?.ListenerId).toMatch(/^lsn-/);
    const listeners = (await (await fetch(`${unsignedMock.url}/__mock/listeners`)).json()) as Array<{ id: string }>;
    expect(listeners.map((l) => l.id)).toContain(result.ok?.ListenerId);
  });

  it('a signed call fails before sending with AlbInsecureContextError, saying what would work', async () => {
    const before = requests.length;
    const result = await insecure.evaluate(async (credentials) => {
      const { createAlbClient } = (globalThis as unknown as { Alb: typeof import('../../src/index.ts') }).Alb;
      try {
        await createAlbClient({ endpoint: location.origin, credentials }).listAsynJobs({});
        return 'sent';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    }, key);
    expect(result).toMatch(/^AlbInsecureContextError: Signing needs Web Crypto .*secure contexts.*without credentials/);
    // Nothing reached the mock.
    expect(requests.length).toBe(before);
  });
});
