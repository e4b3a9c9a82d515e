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
  browser = await launchChromium();
  mock = await startMock({ port: 0, log: null, verifySignatures: key });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A page of the mock's own origin (127.0.0.1 is a secure context, so crypto.subtle exists).
  await page.goto(`${mock.url}/__mock/`);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Runs one createListener call in the page; resolves to its result or to the error's fields. */
function callInPage(options: Record<string, unknown>, body: Record<string, unknown> = request) {
  return page.evaluate(
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
