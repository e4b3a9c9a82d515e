// The docs page's console in Chromium: open /docs as `npm start` serves it, open the console, and
// the documented example request is there, flattened and as curl; Send gets the mock's answer
// (a ListenerId); a broken field gets the mock's InvalidParameter naming it (the console does not
// validate first: the endpoint judges); a chosen documented error comes back; typed credentials
// sign the request and are never stored.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/server.ts';
import { launchChromium } from '../support/chromium.ts';

const DOCS = resolve(import.meta.dirname, '../../generated/docs/index.html');
const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const key = { accessKeyId: 'LTAI5tConsoleTest', accessKeySecret: 'console-test-secret' };

let browser: Browser;
let mock: RunningMock;
let verifying: RunningMock;
let stateful: RunningMock;
let page: Page;
const consoleLines: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mock = await startMock({ port: 0, log: null });
  verifying = await startMock({ port: 0, log: null, verifySignatures: key });
  stateful = await startMock({ port: 0, log: null, stateful: true });
  // A laptop's screen: the answer must show without scrolling.
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('pageerror', (error) => consoleLines.push(error.message));
  await page.goto(`${mock.url}/docs`, { waitUntil: 'load' });
  await page.click('#alb-console-open');
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await verifying?.close();
  await stateful?.close();
});

async function send(): Promise<{ status: string; body: string }> {
  await page.evaluate(() => {
    document.getElementById('alb-console-status')!.textContent = '';
  });
  await page.click('#alb-console-send');
  await page.waitForFunction(() => /^\d{3} |^No answer/.test(document.getElementById('alb-console-status')?.textContent ?? ''));
  return { status: (await page.textContent('#alb-console-status')) ?? '', body: (await page.textContent('#alb-console-body')) ?? '' };
}

async function setRequest(change: (request: Record<string, unknown>) => void): Promise<void> {
  const request = JSON.parse(await page.inputValue('#alb-console-request'));
  change(request);
  await page.fill('#alb-console-request', JSON.stringify(request, null, 2));
}

describe('the docs console', () => {
  it('starts from the documented example, shown flattened and as curl against the mock serving the page', async () => {
    expect(JSON.parse(await page.inputValue('#alb-console-request'))).toMatchObject({
      LoadBalancerId: expect.any(String),
      ListenerPort: 80,
    });
    expect(await page.inputValue('#alb-console-endpoint')).toBe(mock.url);
    const wire = (await page.textContent('#alb-console-wire')) ?? '';
    expect(wire).toContain('DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=');
    expect(await page.textContent('#alb-console-curl')).toContain(`${mock.url}/?LoadBalancerId=`);
    // As you type: the flattened request follows the form.
    await setRequest((r) => {
      r.ListenerPort = 8443;
    });
    expect(await page.textContent('#alb-console-wire')).toContain('ListenerPort=8443');
  });

  it('lists the fields with their limits, from the constraints module a form would use', async () => {
    await page.click('text=Fields and their limits');
    const fields = (await page.textContent('#alb-console-fields')) ?? '';
    expect(fields).toContain('ListenerPort integer; required; 1 to 65535');
    expect(fields).toContain('ListenerDescription string; 2 to 256 characters; may contain only');
    expect(fields).toContain('Http2Enabled boolean; default true; HTTPS listeners only');
    await page.click('text=Fields and their limits');
  });

  it('sends the example and shows the answer, status, headers and a ListenerId, without scrolling at 1280×720', async () => {
    await setRequest((r) => {
      r.ListenerPort = 80;
    });
    const { status, body } = await send();
    expect(status).toMatch(/^200 /);
    expect(JSON.parse(body).ListenerId).toMatch(/^lsn-/);
    expect(await page.textContent('#alb-console-headers')).toContain('content-type: application/json');
    const answer = await page.locator('#alb-console-body').boundingBox();
    expect(await page.evaluate(() => document.getElementById('alb-console')!.scrollTop)).toBe(0);
    expect(answer!.y + 40).toBeLessThan(720);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-console.png` });
  });

  it('sends a broken field as it is, and shows the InvalidParameter that names it', async () => {
    await setRequest((r) => {
      r.ListenerPort = 0;
    });
    const { status, body } = await send();
    expect(status).toMatch(/^400 /);
    expect(JSON.parse(body)).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringContaining('ListenerPort') });
  });

  it('asks for a documented error with Prefer, and shows it', async () => {
    await setRequest((r) => {
      r.ListenerPort = 80;
    });
    await page.selectOption('#alb-console-answer', 'ResourceNotFound.LoadBalancer');
    const { status, body } = await send();
    expect(status).toMatch(/^404 /);
    expect(JSON.parse(body).Code).toBe('ResourceNotFound.LoadBalancer');
    expect(await page.textContent('#alb-console-curl')).toContain('prefer: example=ResourceNotFound.LoadBalancer');
    await page.selectOption('#alb-console-answer', '');
  });

  it('refuses to send what is not JSON, and says why', async () => {
    await page.fill('#alb-console-request', '{ "ListenerPort": ');
    expect(await page.isDisabled('#alb-console-send')).toBe(true);
    expect(await page.textContent('#alb-console-wire')).toContain('not valid JSON');
  });

  it('signs with typed credentials (a mock that checks signatures accepts it), and keeps them out of logs and storage', async () => {
    await page.fill(
      '#alb-console-request',
      JSON.stringify({
        LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
        ListenerProtocol: 'HTTP',
        ListenerPort: 80,
        DefaultActions: [
          { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } },
        ],
      }),
    );
    await page.fill('#alb-console-endpoint', verifying.url);
    const unsigned = await send();
    await page.click('text=Sign with an AccessKey (optional)');
    expect(JSON.parse(unsigned.body).Code).toMatch(/Signature|AccessKey/);
    await page.fill('#alb-console-key-id', key.accessKeyId);
    await page.fill('#alb-console-key-secret', key.accessKeySecret);
    const signed = await send();
    expect(signed.status).toMatch(/^200 /);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(key.accessKeySecret);
    expect(consoleLines.join('\n')).not.toContain(key.accessKeySecret);
    expect(await page.textContent('#alb-console-curl')).not.toContain(key.accessKeySecret);
  });
});

describe('the docs console between actions, and without a server', () => {
  it("after a create, GetListenerAttribute's and ListAsynJobs' examples carry its ListenerId and JobId", async () => {
    await page.fill('#alb-console-endpoint', stateful.url);
    await page.fill('#alb-console-key-id', '');
    await page.fill('#alb-console-key-secret', '');
    await page.selectOption('#alb-console-action', 'CreateListener');
    await setRequest((r) => {
      r.ListenerPort = 8766;
    });
    const created = JSON.parse((await send()).body);
    await page.selectOption('#alb-console-action', 'GetListenerAttribute');
    expect(JSON.parse(await page.inputValue('#alb-console-request'))).toEqual({ ListenerId: created.ListenerId });
    expect(JSON.parse((await send()).body).ListenerId).toBe(created.ListenerId);
    await page.selectOption('#alb-console-action', 'ListAsynJobs');
    expect(JSON.parse(await page.inputValue('#alb-console-request')).JobIds).toEqual([created.JobId]);
    await page.selectOption('#alb-console-action', 'CreateListener');
  });

  it('with no server at the endpoint, says so and how to start one', async () => {
    await page.fill('#alb-console-endpoint', 'http://127.0.0.1:9');
    const { status } = await send();
    expect(status).toMatch(/^No answer from http:\/\/127\.0\.0\.1:9: .*npx alb-contract mock/);
  });
});

describe('the docs console and sessions', () => {
  it("sends the session typed in x-mock-session: the listener lands in that session's world only, and curl says so", async () => {
    await page.fill('#alb-console-endpoint', stateful.url);
    await page.fill('#alb-console-key-id', '');
    await page.fill('#alb-console-key-secret', '');
    await page.fill('#alb-console-session', 'console-tester');
    await setRequest((r) => {
      r.ListenerPort = 8765;
    });
    const { status, body } = await send();
    expect(status, body).toMatch(/^200 /);
    const { ListenerId } = JSON.parse(body);
    const ids = async (session: string) =>
      ((await (await fetch(`${stateful.url}/__mock/listeners?session=${session}`)).json()) as Array<{ id: string }>).map((l) => l.id);
    expect(await ids('console-tester')).toContain(ListenerId);
    expect(await ids('default')).not.toContain(ListenerId);
    expect(await page.textContent('#alb-console-curl')).toContain("-H 'x-mock-session: console-tester'");
    await page.fill('#alb-console-session', '');
  });
});

describe('the docs console, for every action', () => {
  it('switches to GetListenerAttribute: its example, and Send reads a listener', async () => {
    await page.fill('#alb-console-endpoint', mock.url);
    await page.fill('#alb-console-key-id', '');
    await page.fill('#alb-console-key-secret', '');
    await page.selectOption('#alb-console-action', 'GetListenerAttribute');
    expect(JSON.parse(await page.inputValue('#alb-console-request'))).toEqual({ ListenerId: expect.any(String) });
    expect(await page.textContent('#alb-console-curl')).toContain('x-acs-action: GetListenerAttribute');
    const { status, body } = await send();
    expect(status).toMatch(/^200 /);
    expect(JSON.parse(body).ListenerStatus).toEqual(expect.any(String));
  });
});

describe('the docs console opened from disk', () => {
  it('points at the local mock (npm start) by default', async () => {
    const fromDisk = await browser.newPage();
    await fromDisk.goto(pathToFileURL(DOCS).href, { waitUntil: 'load' });
    await fromDisk.click('#alb-console-open');
    expect(await fromDisk.inputValue('#alb-console-endpoint')).toBe('http://127.0.0.1:4010');
    await fromDisk.close();
  });
});
