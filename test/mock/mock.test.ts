// The mock answers like the real service: every accepted request form, Alibaba's error envelope for
// every rejection (named by wire name, rules read from the spec), DryRun, example selection, XML,
// fresh ids, CORS.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { actions, actionVersions } from '../../generated/types.ts';
import { exampleQuery } from '../../src/wire/example-request.ts';
import { describe, expect, it } from 'vitest';
import { createAlbClient } from '../../src/index.ts';
import { bundle, schemaValidator, wireForm } from '../support/spec.ts';
import { send, useMock, V3, validQuery, qs } from '../support/mock.ts';
import { createSdkClient, toSdkRequest } from '../support/sdk-oracle.ts';
import { groupContext } from '../../src/conformance/scenarios.ts';
import { violationsOf } from '../../src/conformance/violations.ts';

const server = useMock();
const wireParams: any[] = wireForm.paths['/#Action=CreateListener'].post.parameters;
const okSchema = schemaValidator('CreateListenerResponse');
const envelope = schemaValidator('ErrorEnvelope');
const sdkRequest = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ListenerProtocol: 'HTTPS',
  ListenerPort: 443,
  Certificates: [{ CertificateId: '103705-cn-hangzhou' }],
  DefaultActions: [
    { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }, { ServerGroupId: 'sgp-2' }] } },
  ],
  XForwardedForConfig: { XForwardedForEnabled: true, XForwardedForProcessingMode: 'append' },
  Tag: [{ Key: 'env', Value: 'a b*c' }],
};

describe('requests the service accepts', () => {
  it('answers 200 with fresh ids in the real formats on every success', async () => {
    const [a, b] = [await send(server.url, validQuery), await send(server.url, validQuery)];
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      expect(okSchema(r.body), JSON.stringify(okSchema.errors)).toBe(true);
      expect(r.body.ListenerId).toMatch(/^lsn-[a-z0-9]{20}$/);
      expect(r.headers.get('content-type')).toBe('application/json;charset=utf-8');
    }
    expect(a.body.RequestId).not.toBe(b.body.RequestId);
    expect(a.body.ListenerId).not.toBe(b.body.ListenerId);
  });

  it.each([
    ['V3 (default)', false],
    ['V1 (signatureAlgorithm v2)', true],
  ])("accepts the official SDK's own request, %s, with nothing ignored", async (_label, v1) => {
    const sdk = createSdkClient(server.url, { accessKeyId: 'testid', accessKeySecret: 'secret', v1 });
    const response = (await sdk.createListener(toSdkRequest(sdkRequest))) as { statusCode: number; body: { listenerId: string } };
    expect(response.statusCode).toBe(200);
    expect(response.body.listenerId).toMatch(/^lsn-/);
    // V1 signature parameters are all in the wire form but Signature, which is not a parameter.
    const raw = await fetch(
      `${server.url}/?${qs({ ...validQuery, Action: 'CreateListener', Version: '2020-06-16', Format: 'json', AccessKeyId: 'testid', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: 'n1', Timestamp: '2026-11-26T08:00:00Z', Signature: 'x' })}`,
      { method: 'POST' },
    );
    expect(raw.status).toBe(200);
    expect(raw.headers.get('x-mock-ignored-parameters')).toBeNull();
  });

  it('accepts our generated client, V3 and V1', async () => {
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const client = createAlbClient({
        endpoint: server.url,
        credentials: { accessKeyId: 'id', accessKeySecret: 'secret' },
        signatureVersion,
      });
      await expect(client.createListener(sdkRequest as never)).resolves.toHaveProperty('ListenerId');
    }
  });

  it('accepts GET, and POST with the parameters in a form-encoded body (Terraform)', async () => {
    expect((await send(server.url, validQuery, { method: 'GET' })).status).toBe(200);
    const form = await fetch(`${server.url}/?Action=CreateListener&Version=2020-06-16&Format=JSON`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: qs(validQuery),
    });
    expect(form.status).toBe(200);
    expect(okSchema(await form.json())).toBe(true);
  });

  it('ignores HTTPS-only parameters on an HTTP listener, as the seed page sample shows, and says so only in a header for unknown keys', async () => {
    const r = await send(server.url, {
      ...validQuery,
      Http2Enabled: 'true',
      SecurityPolicyId: 'tls_cipher_policy_1_0',
      'XForwardedForConfig.XForwardedForClientCertSubjectDNAlias': 'a_b',
      Tags: 'x',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-mock-ignored-parameters')).toBe('Tags');
  });
});

describe('errors in Alibaba envelope', () => {
  const expectError = (r: Awaited<ReturnType<typeof send>>, status: number, code: string) => {
    expect(r.status, r.text).toBe(status);
    expect(r.body.Code).toBe(code);
    expect(envelope(r.body), JSON.stringify(envelope.errors)).toBe(true);
    expect(r.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(r.headers.get('sl-violations')).toBeNull();
  };

  it('a missing or unknown action is 404 InvalidAction.NotFound; a wrong version is 400 InvalidVersion', async () => {
    expectError(await send(server.url, validQuery, { headers: { 'x-acs-action': '' } }), 404, 'InvalidAction.NotFound');
    expectError(await send(server.url, validQuery, { headers: { 'x-acs-action': 'DeleteLoadBalancer' } }), 404, 'InvalidAction.NotFound');
    expectError(await send(server.url, validQuery, { headers: { 'x-acs-version': '2014-05-26' } }), 400, 'InvalidVersion');
  });

  it.each(wireParams.filter((p) => p.required).map((p) => p.name))(
    'a request without %s is 400 MissingParameter naming it',
    async (name) => {
      const { [name]: _dropped, ...params } = validQuery;
      const r = await send(server.url, params);
      expectError(r, 400, 'MissingParameter');
      expect(r.body.Message).toBe(`The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
    },
  );

  // A key inside an optional group (Tag.3.Value) is sent with the keys its group then requires.
  const cases = wireParams
    .filter((p) => p.in === 'query')
    .flatMap((p) => violationsOf(p).map((v) => [p.name, v.rule, v.value, groupContext(wireParams, p)] as const));
  it.each(cases)('%s breaking %s (%j) is 400 InvalidParameter naming it', async (name, _rule, value, context) => {
    const r = await send(server.url, { ...validQuery, ...context, [name]: value });
    expectError(r, 400, 'InvalidParameter');
    expect(r.body.Message).toContain(name);
  });

  const rules: Array<[string, any]> = wireForm.paths['/#Action=CreateListener'].post['x-acs-cross-field-rules'].map((r: any) => [
    r.name,
    r,
  ]);
  it.each(rules)('enforces the cross-field rule %s', async (_name, rule) => {
    const broken: Record<string, Record<string, string>> = {
      HttpsListenerNeedsCertificate: { ListenerProtocol: 'HTTPS' },
      QuicUpgradeNeedsQuicListener: { 'QuicConfig.QuicUpgradeEnabled': 'true' },
      MutualTlsNeedsCaCertificate: { CaEnabled: 'true' },
    };
    const r = await send(server.url, { ...validQuery, ...broken[rule.name] });
    expectError(r, 400, rule.code);
    expect(r.body.Message).toContain(rule.parameter);
  });

  it('DryRun=true on a valid request is 400 DryRunOperation; on an invalid one the invalid parameter wins', async () => {
    expectError(await send(server.url, { ...validQuery, DryRun: 'true' }), 400, 'DryRunOperation');
    expectError(await send(server.url, { ...validQuery, DryRun: 'true', ListenerPort: '0' }), 400, 'InvalidParameter');
  });

  it('other methods are 400 UnsupportedHTTPMethod; malformed encoding, duplicate keys and huge bodies are 400 InvalidParameter', async () => {
    expectError(await send(server.url, validQuery, { method: 'PUT' }), 400, 'UnsupportedHTTPMethod');
    const bad = await fetch(`${server.url}/?${qs(validQuery)}&ListenerDescription=%E0%A4%A`, { method: 'POST', headers: V3 });
    expect([bad.status, (await bad.json()).Code]).toEqual([400, 'InvalidParameter']);
    const dup = await fetch(`${server.url}/?${qs(validQuery)}&ListenerPort=81`, { method: 'POST', headers: V3 });
    expect((await dup.json()).Message).toBe('The parameter ListenerPort is specified more than once.');
    const huge = await fetch(`${server.url}/?${qs(validQuery)}`, {
      method: 'POST',
      headers: { ...V3, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a='.padEnd(2 * 1024 * 1024, 'x'),
    });
    expect([huge.status, (await huge.json()).Code]).toEqual([400, 'InvalidParameter']);
  });
});

describe('choosing responses', () => {
  const documented = Object.entries<any>(wireForm.paths['/#Action=CreateListener'].post.responses).flatMap(([status, ref]) => {
    const response = ref.$ref ? wireForm.components.responses[ref.$ref.split('/').pop()] : ref;
    return Object.keys(response.content['application/json'].examples ?? {}).map((name) => [Number(status), name] as const);
  });

  it.each(documented)(
    'Prefer: code=%i, example=%s returns its documented body (a RequestId of its own), and so do __code/__example',
    async (status, name) => {
      const viaHeader = await send(server.url, validQuery, { headers: { prefer: `code=${status}, example=${name}` } });
      const viaQuery = await send(server.url, { ...validQuery, __code: String(status), __example: name });
      const { RequestId: documentedId, HostId: _h, Recommend: _r, ...documentedBody } = wireForm.components.examples[name].value;
      for (const r of [viaHeader, viaQuery]) {
        const { RequestId, HostId, Recommend, ...body } = r.body;
        expect([r.status, body]).toEqual([status, documentedBody]);
        expect(RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
        expect(RequestId).not.toBe(documentedId);
        // The envelope points at this answer, as the service's does: its own host, its own request.
        const documented = wireForm.components.examples[name].value;
        if ('HostId' in documented) expect(HostId).toBe(new URL(server.url).host);
        if ('Recommend' in documented) expect(Recommend).toContain(`requestId=${RequestId}`);
      }
      expect(viaHeader.body.RequestId).not.toBe(viaQuery.body.RequestId);
    },
  );

  it('returns the asked-for error as XML when Accept asks for XML (Prism would answer 200)', async () => {
    const r = await send(server.url, validQuery, {
      headers: { accept: 'application/xml', prefer: 'code=404, example=ResourceNotFound.LoadBalancer' },
    });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('text/xml;charset=utf-8');
    const parsed = new XMLParser({ parseTagValue: false }).parse(r.text);
    expect(parsed.Error.Code).toBe('ResourceNotFound.LoadBalancer');
    expect(envelope(parsed.Error)).toBe(true);
  });

  it("an undocumented example or status is the mock's own MockExampleNotFound (no service sends it), listing the documented names", async () => {
    const r = await send(server.url, { ...validQuery, __example: 'NoSuchThing' });
    expect([r.status, r.body.Code]).toEqual([400, 'MockExampleNotFound']);
    expect(r.body.Message).toMatch(
      /^CreateListener documents no example named NoSuchThing\. Documented: 200: CreateListenerResponseExample; 400: ResourceAlreadyExist\.Listener, /,
    );
    const status = await send(server.url, validQuery, { headers: { prefer: 'code=418' } });
    expect([status.status, status.body.Code]).toEqual([400, 'MockExampleNotFound']);
    expect(status.body.Message).toMatch(/^CreateListener documents no response with status 418\./);
  });

  it("a chosen example's RequestId, HostId and Recommend are this answer's", async () => {
    const host = new URL(server.url).host;
    const a = await send(server.url, validQuery, { headers: { prefer: 'example=Mismatch.VpcId' } });
    const b = await send(server.url, validQuery, { headers: { prefer: 'example=Mismatch.VpcId' } });
    expect(a.body.RequestId).not.toBe(b.body.RequestId);
    expect(a.body.HostId).toBe(host);
    expect(a.body.Recommend).toContain(`requestId=${a.body.RequestId}`);
  });
});

describe('XML', () => {
  it('Format=XML (V1) and Accept: application/xml give <CreateListenerResponse> and <Error> as text/xml', async () => {
    const parser = new XMLParser({ parseTagValue: false });
    const v1 = await fetch(`${server.url}/?${qs({ Action: 'CreateListener', Version: '2020-06-16', Format: 'XML', ...validQuery })}`, {
      method: 'POST',
    });
    expect(v1.headers.get('content-type')).toBe('text/xml;charset=utf-8');
    expect(okSchema(parser.parse(await v1.text()).CreateListenerResponse)).toBe(true);
    const v3 = await send(server.url, { ...validQuery, ListenerPort: '0' }, { headers: { accept: 'application/xml' } });
    expect(parser.parse(v3.text).Error.Code).toBe('InvalidParameter');
  });

  it.each(actions)("%s's answer in XML is well-formed, each list item an element named as its list (OpenAPI's default)", async (action) => {
    const query = {
      ...exampleQuery(wireForm.paths[`/#Action=${action}`].post.parameters),
      Action: action,
      Version: actionVersions[action],
    };
    const json = await (await fetch(`${server.url}/?${qs({ ...query, Format: 'JSON' })}`, { method: 'POST' })).json();
    const text = await (await fetch(`${server.url}/?${qs({ ...query, Format: 'XML' })}`, { method: 'POST' })).text();
    expect(XMLValidator.validate(text), text).toBe(true);
    const lists = Object.entries(json).filter(([, value]) => Array.isArray(value)) as Array<[string, unknown[]]>;
    const parsed = new XMLParser({
      parseTagValue: false,
      isArray: (name, path) => lists.some(([list]) => path === `${action}Response.${list}`),
    }).parse(text)[`${action}Response`];
    for (const [list, items] of lists) expect(parsed[list]?.length ?? 0, list).toBe(items.length);
  });

  it('V1 without Format gets XML, the documented default; V3 gets JSON', async () => {
    const v1 = await fetch(`${server.url}/?${qs({ Action: 'CreateListener', Version: '2020-06-16', ...validQuery })}`, { method: 'POST' });
    expect(v1.headers.get('content-type')).toBe('text/xml;charset=utf-8');
    expect((await send(server.url, validQuery)).headers.get('content-type')).toBe('application/json;charset=utf-8');
  });
});

describe('browsers', () => {
  it('answers CORS preflights and marks every answer with the allowed origin', async () => {
    const preflight = await fetch(`${server.url}/`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-acs-action',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-acs-action');
    expect((await send(server.url, validQuery)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the docs at /docs', async () => {
    const docs = await fetch(`${server.url}/docs`);
    expect(docs.status).toBe(200);
    // The page's title is the document's.
    expect(await docs.text()).toContain(`<title>${bundle.info.title}</title>`);
  });
});
