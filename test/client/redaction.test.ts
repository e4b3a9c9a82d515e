// The secret and the STS token never leave the client in an error, whatever encoding the server
// or the transport echoes them in: percent-encoded once or twice (a V1 string-to-sign), JSON
// escapes, XML numeric entities, a custom fetch's error message holding the URL, and the cause.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AlbError, AlbNetworkError, createAlbClient as createUniversalClient, type CreateListenerRequest } from '../../src/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { startRecorder, type Reply } from '../support/recorder.ts';
import { minimalRequest } from '../support/requests.ts';

// Characters that every encoding changes: + / = and *.
const TOKEN = 'STS.Tk+aB/cD=eF*9zQ';
const SECRET = 'Sec+ret/Val=ue*42xy';
const credentials = { accessKeyId: 'LTAI5tRedactKey', accessKeySecret: SECRET, securityToken: TOKEN };
const request: CreateListenerRequest = minimalRequest;

/** Alibaba's V1 percent-encoding (RFC 3986). */
const percent = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const forms = (s: string) => [
  s,
  encodeURIComponent(s),
  percent(s),
  percent(percent(s)),
  s.replace(/\//g, '\\/'),
  s.replace(/\+/g, '\\u002b'),
  s.replace(/\+/g, '&#43;').replace(/\//g, '&#x2F;'),
];
// Unique fragments: a form is leaked if its part around the first special character shows up.
const leaks = (text: string) => [TOKEN, SECRET].flatMap(forms).filter((form) => text.includes(form) || text.includes(form.slice(0, 9)));

/** Everything a caller could print of an error. */
function everything(error: unknown): string {
  const e = error as Error & { body?: unknown; cause?: unknown };
  const cause = e.cause as Error | undefined;
  return [
    String(e),
    e.message,
    e.stack,
    JSON.stringify(e.body),
    inspect(e, { depth: 5 }),
    String(cause),
    cause?.stack,
    JSON.stringify(e),
  ].join('\n');
}

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});
async function server(reply: Reply) {
  const r = await startRecorder(reply);
  closers.push(r.close);
  return r;
}

const v1StringToSign = `POST&%2F&${percent(`AccessKeyId=LTAI5tRedactKey&SecurityToken=${percent(TOKEN)}&SignatureMethod=HMAC-SHA1`)}`;
const answers: Array<[string, Reply]> = [
  [
    'a V1 SignatureDoesNotMatch echoing the string-to-sign (token encoded twice)',
    () => ({
      status: 400,
      body: JSON.stringify({
        RequestId: 'A',
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature is not matched with our calculation. server string to sign is:${v1StringToSign}`,
      }),
    }),
  ],
  [
    'a JSON body that escapes / and +',
    () => ({
      status: 400,
      body: `{"RequestId":"A","Code":"SignatureDoesNotMatch","Message":"canonical [x-acs-security-token:${TOKEN.replace(/\//g, '\\/').replace(/\+/g, '\\u002b')}] secret ${SECRET.replace(/\//g, '\\/')}"}`,
    }),
  ],
  [
    'an XML body with numeric entities',
    () => ({
      status: 400,
      contentType: 'text/xml;charset=utf-8',
      body: `<Error><RequestId>A</RequestId><Code>SignatureDoesNotMatch</Code><Message>token ${TOKEN.replace(/\+/g, '&#43;').replace(/\//g, '&#x2F;')}</Message></Error>`,
    }),
  ],
  [
    'a body that is no JSON at all, holding the token percent-encoded',
    () => ({ status: 502, body: `upstream said: ${encodeURIComponent(TOKEN)}`, contentType: 'text/plain' }),
  ],
];

describe.each([
  { entry: 'universal', createAlbClient: createUniversalClient },
  { entry: 'node', createAlbClient: createNodeClient },
])('$entry entry', ({ createAlbClient }) => {
  it.each(answers)('%s: nothing of the token or the secret in the error', async (_, reply) => {
    const r = await server(reply);
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const error = await createAlbClient({ endpoint: r.url, credentials, signatureVersion, retry: { maxAttempts: 1 } })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbError);
      expect(leaks(everything(error)), signatureVersion).toEqual([]);
      expect(everything(error)).toContain('[redacted]');
    }
  });
});

describe('a custom fetch that fails with the URL in its message', () => {
  it("the AlbNetworkError, its message and its cause (and the cause's cause) hold no form of the token", async () => {
    const fetchImpl = (async (url: string | URL | Request) => {
      throw new TypeError(`fetch failed for ${String(url)}`, {
        cause: new Error(`socket closed while sending ${String(url)} token=${TOKEN}`),
      });
    }) as typeof fetch;
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const error = await createUniversalClient({
        endpoint: 'http://127.0.0.1:9',
        fetch: fetchImpl,
        credentials,
        signatureVersion,
        retry: { maxAttempts: 1 },
      })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbNetworkError);
      const deeper = (error.cause as Error).cause as Error;
      expect(leaks(`${everything(error)}\n${String(deeper)}\n${deeper.stack}`), signatureVersion).toEqual([]);
      // The cause still says what happened.
      expect(String(error.cause)).toMatch(/^TypeError: fetch failed for/);
    }
  });
});
