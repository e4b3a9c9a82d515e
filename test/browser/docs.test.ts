// The hosted docs in a real browser (Debian's Chromium, driven by playwright-core): opened from
// disk and served over HTTP, the page makes no request to any outside host, logs no console
// error, shows the operation, its parameters and each action's documented error codes, and its search
// finds an error code. Screenshots go to test-results/.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../generated/types.ts';
import { operationErrorCodes } from '../../src/openapi/errors.ts';
import { startMock, type RunningMock } from '../../src/mock/server.ts';
import { launchChromium } from '../support/chromium.ts';
const DOCS = resolve(import.meta.dirname, '../../generated/docs/index.html');
const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const spec = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'));

let browser: Browser;
let mock: RunningMock;
let served: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  // Served as `npm start` serves it: by the mock, at /docs.
  mock = await startMock({ port: 0, log: null });
  served = `${mock.url}/docs`;
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

interface Visit {
  page: Page;
  outside: string[];
  consoleErrors: string[];
}

async function open(url: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (!['file:', 'data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1') outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.getByText('ACS3-HMAC-SHA256').first().waitFor({ state: 'attached' });
  return { page, outside, consoleErrors };
}

describe.each([
  ['opened from disk', () => pathToFileURL(DOCS).href],
  ['served by the mock at /docs (npm start)', () => served],
])('the docs page %s', (label, url) => {
  let visit: Visit;
  beforeAll(async () => {
    // Redoc routes by hash; the operation is its own page.
    visit = await open(`${url()}#/listener/createlistener`);
    await visit.page.getByText('Error codes', { exact: true }).first().waitFor();
  });
  afterAll(() => visit.page.close());

  it('makes no request to any outside host and logs no console error', () => {
    expect(visit.outside).toEqual([]);
    expect(visit.consoleErrors).toEqual([]);
  });

  it('shows the operation, its parameters and the rules between them', async () => {
    const text = (await visit.page.textContent('body')) ?? '';
    for (const expected of [
      'CreateListener',
      'LoadBalancerId',
      'ListenerPort',
      'DefaultActions',
      'XForwardedForConfig',
      'Rules between parameters',
      'ACS3-HMAC-SHA256',
      'GetListenerAttribute',
      'createAlbClient',
      'curl',
    ])
      expect(text, expected).toContain(expected);
  });

  it("lists every error code each action documents in that action's error table", async () => {
    const page = visit.page;
    for (const action of [...actions].reverse()) {
      // Redoc routes by hash to the operation's section.
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/listener/${action.toLowerCase()}`);
      const documented = [...operationErrorCodes(spec, spec.paths[`/#Action=${action}`].post).keys()];
      expect(documented.length, action).toBeGreaterThan(0);
      // Sections render as they near the viewport; the table is the one in this action's section.
      const section = page.locator(`[data-section-id="/listener/${action.toLowerCase()}"]`);
      const table = section.locator('table', { has: page.getByText('what to do') });
      const text = (await table.textContent()) ?? '';
      for (const code of documented) expect(text, `${action}: ${code}`).toContain(code);
    }
    const table = page.locator('[data-section-id="/listener/createlistener"] table', { has: page.getByText('what to do') });
    await table.scrollIntoViewIfNeeded();
    await visit.page.screenshot({ path: `${ARTIFACTS}/docs-${label.split(' ')[0]}.png` });
  });
});

describe('the docs search', () => {
  it('finds an error code', async () => {
    const { page } = await open(pathToFileURL(DOCS).href);
    await page.getByText('Search', { exact: false }).first().click();
    await page.keyboard.type('ResourceNotFound.LoadBalancer');
    const result = page.getByText('ResourceNotFound.LoadBalancer').last();
    await result.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${ARTIFACTS}/docs-search.png` });
    expect(await result.isVisible()).toBe(true);
    await page.close();
  });
});
