// createAlbClient against a loopback recorder: validation before sending, error types, retries
// with one ClientToken, timeouts, and credentials that never leak. Every behaviour is checked
// through both entry points: the universal one (fetch) and the Node one (node:http).
import { inspect } from 'node:util';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AlbError,
  AlbNetworkError,
  AlbTimeoutError,
  AlbValidationError,
  createAlbClient as createUniversalClient,
  endpointForRegion,
  type CreateListenerRequest,
} from '../../src/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { webHashes } from '../../src/client/hashes-web.ts';
import { fetchSend } from '../../src/client/http-fetch.ts';
import { createClient } from '../../src/client/create-client.ts';
import { backoffDelay, RETRY_DEFAULTS } from '../../src/client/retry.ts';
import { ok, startRecorder, type Reply } from '../support/recorder.ts';
import { minimalRequest } from '../support/requests.ts';

const SECRET = 'sEcReT-ValUe-123456';
const TOKEN = 'STS.tOkEn-ValUe-987654';
const credentials = { accessKeyId: 'LTAI5tExampleId', accessKeySecret: SECRET, securityToken: TOKEN };
const request: CreateListenerRequest = minimalRequest;
const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 5_000 };

let recorders: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(recorders.map((r) => r.close()));
  recorders = [];
});
async function server(reply?: Reply) {
  const r = await startRecorder(reply);
  recorders.push(r);
  return r;
}
const envelope = (code: string, status: number, message = 'msg') => ({
  status,
  body: JSON.stringify({
    RequestId: 'A45EE076-334D-5012-9746-A8F828D20FD4',
    HostId: 'alb.cn-hangzhou.aliyuncs.com',
    Code: code,
    Message: message,
    Recommend: 'https://api.alibabacloud.com/troubleshoot?q=x',
  }),
});

describe.each([
  { name: 'universal entry (fetch)', createAlbClient: createUniversalClient },
  { name: 'Node entry (node:http)', createAlbClient: createNodeClient },
])('$name', ({ createAlbClient }) => {
  describe('createListener', () => {
    it('resolves to RequestId, JobId and ListenerId', async () => {
      const r = await server();
      await expect(createAlbClient({ endpoint: r.url }).createListener(request)).resolves.toEqual(
        JSON.parse((ok() as { body: string }).body),
      );
    });

    it("sends a generated ClientToken when the caller gives none, and the caller's when given", async () => {
      const r = await server();
      const client = createAlbClient({ endpoint: r.url });
      await client.createListener(request);
      await client.createListener({ ...request, ClientToken: 'my-token-1' });
      expect(r.requests[0]!.query.ClientToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.requests[1]!.query.ClientToken).toBe('my-token-1');
    });
  });

  describe('validation before sending', () => {
    it('names every offending field by its wire name and rule, and sends nothing', async () => {
      const r = await server();
      const bad = {
        ...request,
        ListenerPort: 70000,
        ListenerDescription: 'x',
        DefaultActions: [{ Type: 'Redirect', ForwardGroupConfig: { ServerGroupTuples: [{}] } }],
        Tag: [{ Key: 'aliyun-owned' }],
        ListenerProtocol: 'HTTPS',
      } as unknown as CreateListenerRequest;
      const error = await createAlbClient({ endpoint: r.url })
        .createListener(bad)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbValidationError);
      expect((error as AlbValidationError).issues.map((i) => [i.parameter, i.rule])).toEqual(
        expect.arrayContaining([
          ['ListenerPort', 'maximum'],
          ['ListenerDescription', 'minLength'],
          ['DefaultActions.1.Type', 'enum'],
          ['DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId', 'required'],
          ['Tag.1.Key', 'pattern'],
          ['Certificates.1.CertificateId', 'HttpsListenerNeedsCertificate'],
        ]),
      );
      expect((error as Error).message).toContain('ListenerPort');
      expect(r.requests).toHaveLength(0);
    });

    it('rejects a parameter the contract does not have (a typo such as Tags)', async () => {
      const error = await createAlbClient({ endpoint: 'http://127.0.0.1:9' })
        .createListener({ ...request, Tags: [] } as never)
        .catch((e) => e);
      expect((error as AlbValidationError).issues).toEqual([
        {
          parameter: 'Tags',
          path: ['Tags'],
          keyword: 'additionalProperties',
          rule: 'additionalProperties',
          params: { additionalProperty: 'Tags' },
          message: 'is not a CreateListener parameter',
        },
      ]);
    });

    it('reads booleans as booleans: the string "false" is not accepted for DryRun', async () => {
      const error = await createAlbClient({ endpoint: 'http://127.0.0.1:9' })
        .createListener({ ...request, DryRun: 'false' } as never)
        .catch((e) => e);
      expect((error as AlbValidationError).issues[0]).toMatchObject({ parameter: 'DryRun', rule: 'type' });
    });
  });

  describe('service errors', () => {
    it('become AlbError with code, status, requestId, hostId, recommend and the body (JSON)', async () => {
      const r = await server(() => envelope('ResourceNotFound.LoadBalancer', 404, 'The specified resource alb-1 is not found.'));
      const error = (await createAlbClient({ endpoint: r.url })
        .createListener(request)
        .catch((e) => e)) as AlbError;
      expect(error).toBeInstanceOf(AlbError);
      expect([error.code, error.status, error.requestId, error.hostId, error.recommend]).toEqual([
        'ResourceNotFound.LoadBalancer',
        404,
        'A45EE076-334D-5012-9746-A8F828D20FD4',
        'alb.cn-hangzhou.aliyuncs.com',
        'https://api.alibabacloud.com/troubleshoot?q=x',
      ]);
      expect(error.message).toBe(
        'ResourceNotFound.LoadBalancer: The specified resource alb-1 is not found. (HTTP 404, RequestId A45EE076-334D-5012-9746-A8F828D20FD4)',
      );
      expect((error.body as { Code: string }).Code).toBe('ResourceNotFound.LoadBalancer');
      expect(r.requests).toHaveLength(1);
    });

    it('become AlbError from an XML <Error> body', async () => {
      const xml =
        "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>9823FD72-9A5D-4D3F-BA2C-F8238696A81C</RequestId><HostId>alb.aliyuncs.com</HostId><Code>InvalidAction.NotFound</Code><Message>Specified api is not found &amp; so on.</Message></Error>";
      const r = await server(() => ({ status: 404, body: xml, contentType: 'text/xml;charset=utf-8' }));
      const error = (await createAlbClient({ endpoint: r.url })
        .createListener(request)
        .catch((e) => e)) as AlbError;
      expect([error.code, error.requestId, error.message]).toEqual([
        'InvalidAction.NotFound',
        '9823FD72-9A5D-4D3F-BA2C-F8238696A81C',
        'InvalidAction.NotFound: Specified api is not found & so on. (HTTP 404, RequestId 9823FD72-9A5D-4D3F-BA2C-F8238696A81C)',
      ]);
    });

    it('DryRunOperation is an AlbError with status 400 and is not retried', async () => {
      const r = await server(() => envelope('DryRunOperation', 400));
      const error = (await createAlbClient({ endpoint: r.url, retry: fast })
        .createListener({ ...request, DryRun: true })
        .catch((e) => e)) as AlbError;
      expect([error.code, error.status]).toEqual(['DryRunOperation', 400]);
      expect(r.requests).toHaveLength(1);
    });
  });

  describe('retries', () => {
    it.each([
      ['Throttling.User', 400],
      ['SystemBusy', 400],
      ['IdempotenceProcessing', 400],
      ['ServiceUnavailable', 503],
      ['InternalError', 500],
      ['SomethingNew', 502],
      // What real clients retry (the spec's x-acs-retryable, generated): Kubernetes, Terraform, the SDK runtime.
      ['IncorrectStatus.LoadBalancer', 400],
      ['IncorrectBusinessStatus.LoadBalancer', 400],
      ['-21020', 400],
      ['Throttling.Api', 400],
      ['Rejected.Throttling', 400],
      ['Throttling.Some.FutureVariant', 400],
    ])('retries %s (%i) with the same ClientToken until it succeeds', async (code, status) => {
      const r = await server((_req, i) => (i < 2 ? envelope(code, status) : ok()));
      await expect(createAlbClient({ endpoint: r.url, retry: fast }).createListener(request)).resolves.toHaveProperty('ListenerId');
      expect(r.requests).toHaveLength(3);
      expect(new Set(r.requests.map((q) => q.query.ClientToken)).size).toBe(1);
      // Each attempt is signed afresh: a new nonce every time.
      expect(new Set(r.requests.map((q) => q.headers['x-acs-signature-nonce'])).size).toBe(3);
    });

    it('retries a dropped connection and gives up after maxAttempts with AlbNetworkError', async () => {
      const r = await server(() => 'destroy');
      const error = await createAlbClient({ endpoint: r.url, retry: fast })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbNetworkError);
      expect(r.requests).toHaveLength(3);
    });

    it('retries an answer cut off halfway through its body, then reports AlbNetworkError', async () => {
      const r = await server(() => 'truncate');
      const error = await createAlbClient({ endpoint: r.url, retry: fast })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbNetworkError);
      expect(r.requests).toHaveLength(3);
    });

    it.each(['InvalidParameter', 'ResourceNotFound.LoadBalancer', 'IdempotentParameterMismatch', 'ResourceAlreadyExist.Listener'])(
      'does not retry %s, which no real client retries',
      async (code) => {
        const r = await server(() => envelope(code, code.startsWith('ResourceNotFound') ? 404 : 400));
        const error = await createAlbClient({ endpoint: r.url, retry: fast })
          .createListener(request)
          .catch((e) => e);
        expect([error.code, r.requests.length]).toEqual([code, 1]);
      },
    );

    it('IncorrectStatus.LoadBalancer, then success: exactly one retry, with the same ClientToken', async () => {
      const r = await server((_req, i) => (i === 0 ? envelope('IncorrectStatus.LoadBalancer', 400) : ok()));
      await expect(createAlbClient({ endpoint: r.url, retry: fast }).createListener(request)).resolves.toHaveProperty('ListenerId');
      expect(r.requests).toHaveLength(2);
      expect(r.requests[0]!.query.ClientToken).toBe(r.requests[1]!.query.ClientToken);
    });

    it('reads x-acs-retry-after (milliseconds) into AlbError.retryAfterMs', async () => {
      const r = await server(() => ({ ...envelope('Throttling.User', 400), headers: { 'x-acs-retry-after': '30' } }));
      const error = await createAlbClient({ endpoint: r.url, retry: { maxAttempts: 1 } })
        .createListener(request)
        .catch((e) => e);
      expect([error.code, error.retryAfterMs]).toEqual(['Throttling.User', 30]);
    });
  });

  describe('timeouts and cancellation', () => {
    it('a server that never answers ends in AlbTimeoutError after the retries', async () => {
      const r = await server(() => 'hang');
      const error = await createAlbClient({ endpoint: r.url, timeoutMs: 100, retry: { ...fast, maxAttempts: 2 } })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbTimeoutError);
      expect((error as AlbTimeoutError).timeoutMs).toBe(100);
      expect(r.requests).toHaveLength(2);
    });

    it("the caller's AbortSignal stops the call at once and is not retried", async () => {
      const r = await server(() => 'hang');
      const controller = new AbortController();
      const call = createAlbClient({ endpoint: r.url, retry: fast }).createListener(request, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('user gave up')), 50);
      await expect(call).rejects.toThrow('user gave up');
      expect(r.requests).toHaveLength(1);
    });

    it('an unreachable endpoint is an AlbNetworkError', async () => {
      const error = await createAlbClient({ endpoint: 'http://127.0.0.1:9', retry: { maxAttempts: 1 } })
        .createListener(request)
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbNetworkError);
      expect((error as Error).message).toContain('127.0.0.1:9');
    });
  });

  describe('credentials never leak', () => {
    it('not in errors, their messages, toString, JSON or inspect output', async () => {
      const r = await server(() => envelope('SignatureDoesNotMatch', 400, `server string to sign is: ${SECRET} ${TOKEN}`));
      const client = createAlbClient({ endpoint: r.url, credentials });
      const error = await client.createListener(request).catch((e) => e);
      const network = await createAlbClient({ endpoint: 'http://127.0.0.1:9', credentials, retry: { maxAttempts: 1 } })
        .createListener(request)
        .catch((e) => e);
      for (const shown of [
        String(error),
        error.message,
        error.stack,
        JSON.stringify(error),
        inspect(error, { depth: 5 }),
        String(network),
        inspect(network, { depth: 5 }),
        inspect(client, { depth: 5 }),
        JSON.stringify(client),
      ]) {
        expect(shown).not.toContain(SECRET);
        expect(shown).not.toContain(TOKEN);
      }
    });

    it('the STS token travels as x-acs-security-token (V3) and SecurityToken (V1)', async () => {
      const r = await server();
      await createAlbClient({ endpoint: r.url, credentials }).createListener(request);
      await createAlbClient({ endpoint: r.url, credentials, signatureVersion: 'v1' }).createListener(request);
      expect(r.requests[0]!.headers['x-acs-security-token']).toBe(TOKEN);
      expect(r.requests[0]!.headers.authorization).toMatch(/SignedHeaders=[^,]*x-acs-security-token/);
      expect(r.requests[1]!.query.SecurityToken).toBe(TOKEN);
    });
  });
});

describe('endpoints', () => {
  it('derives the regional endpoint, with the cn-hangzhou-finance exception', () => {
    expect(endpointForRegion('cn-hangzhou')).toBe('https://alb.cn-hangzhou.aliyuncs.com');
    expect(endpointForRegion('eu-central-1')).toBe('https://alb.eu-central-1.aliyuncs.com');
    expect(endpointForRegion('cn-hangzhou-finance')).toBe('https://alb.cn-hangzhou.aliyuncs.com');
    expect(() => endpointForRegion('not a region')).toThrow(TypeError);
    expect(() => createUniversalClient({})).toThrow('region or an endpoint');
    expect(() => createNodeClient({})).toThrow('region or an endpoint');
    for (const create of [createUniversalClient, createNodeClient])
      expect(() => create({ endpoint: 'ftp://127.0.0.1:21' })).toThrow(new TypeError('endpoint must be an http: or https: URL, not ftp:'));
  });
});

describe('browser safety', () => {
  it('the universal entry bundles for the browser with no node: module in its graph', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/client/http-fetch.ts');
    expect(inputs.filter((path) => path.startsWith('node:') || /hashes-node|http-node/.test(path))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/require\(|from\s*["']node:/);
  });
});

describe("retry timing on a virtual clock (the client's seams: clock, jitter, wait)", () => {
  // A fetch that answers at once from a script, and a clock that only the client's waits move: the
  // attempts and the waits are exact, whatever the machine is doing.
  function scripted(answers: Array<{ status: number; body: string; headers?: Record<string, string> }>) {
    let t = Date.parse('2026-11-28T00:00:00Z');
    const calls: string[] = [];
    const waits: number[] = [];
    const fetchImpl = (async (url: string | URL | Request) => {
      calls.push(String(url));
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
      return new Response(answer.body, {
        status: answer.status,
        headers: { 'content-type': 'application/json;charset=utf-8', ...answer.headers },
      });
    }) as typeof fetch;
    const seams = {
      now: () => new Date(t),
      random: () => 0.999,
      sleep: async (ms: number) => {
        waits.push(ms);
        t += ms;
      },
    };
    const client = (retry: object) =>
      createClient(
        { endpoint: 'http://127.0.0.1:4010', fetch: fetchImpl, retry },
        { send: fetchSend(fetchImpl), hashes: webHashes },
        seams,
      );
    return { calls, waits, client };
  }
  const throttled = (after: string) => ({ ...envelope('Throttling', 400), headers: { 'x-acs-retry-after': after } });
  const unavailable = envelope('ServiceUnavailable', 503);
  const success = ok() as { status: number; body: string };

  it('waits with full jitter under an exponential ceiling', () => {
    const options = { ...RETRY_DEFAULTS, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, options, () => 0.999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it('Throttling with x-acs-retry-after: 1500 waits exactly 1500 ms, not the backoff, then succeeds', async () => {
    const { calls, waits, client } = scripted([throttled('1500'), success]);
    await expect(client(fast).createListener(request)).resolves.toHaveProperty('ListenerId');
    expect([calls.length, waits]).toEqual([2, [1500]]);
  });

  it('a retry-after longer than the retry budget ends the call at once with the AlbError', async () => {
    const { calls, waits, client } = scripted([throttled('60000'), success]);
    const error = await client({ ...fast, maxElapsedMs: 30_000 })
      .createListener(request)
      .catch((e) => e);
    expect([error.code, error.retryAfterMs, calls.length, waits]).toEqual(['Throttling', 60_000, 1, []]);
  });

  it('stops when the next wait would pass maxElapsedMs: exactly four attempts of a 100 ms ceiling within 300 ms', async () => {
    const { calls, waits, client } = scripted([unavailable]);
    const error = await client({ maxAttempts: 50, baseDelayMs: 100, maxDelayMs: 100, maxElapsedMs: 300 })
      .createListener(request)
      .catch((e) => e);
    // Jitter 0.999 of a 100 ms ceiling: waits of 99 ms at 0, 99 and 198 ms; a fourth would end at 396.
    expect([error.code, calls.length, waits]).toEqual(['ServiceUnavailable', 4, [99, 99, 99]]);
  });
});
