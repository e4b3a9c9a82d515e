// The contract is never stricter than the service: each constraint the fidelity evidence corrected
// is held against the source's figure (test/fixtures/fidelity-evidence.json, the evidence as
// data), names that source, and requests the old contract refused now pass the client and the mock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retryableErrorCodes } from '../../generated/types.ts';
import { AlbValidationError, createAlbClient as createUniversalClient } from '../../src/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { createAjv } from '../../src/wire/ajv.ts';
import { bundle, deref, requestSchema } from '../support/spec.ts';
import { send, useMock, validQuery } from '../support/mock.ts';
import { minimalRequest } from '../support/requests.ts';

interface Limit {
  parameter: string;
  keyword: string;
  value: number;
  seed?: number;
  sources?: string[];
}
interface Characters {
  parameter: string;
  sources: string[];
  accepts: string[];
  rejects: string[];
}
interface Evidence {
  widenedLimits: Limit[];
  keptLimits: Limit[];
  characters: Characters[];
  noLimit: Array<{ path: string[]; keyword: string }>;
  responseFieldsWithoutPattern: string[];
  errorEnvelopeRequired: string[];
  retryable: Record<string, string>;
  acceptedRequests: { chineseDescription: object; requestTimeout600: object; idleTimeout600: object; serverGroups: number };
}
const evidence: Evidence = JSON.parse(readFileSync(new URL('../fixtures/fidelity-evidence.json', import.meta.url), 'utf8'));
const minimal = minimalRequest;

/** The schema of a top-level parameter as the bundle has it (where its x-acs-sources live). */
function sourceSchema(name: string): any {
  const param = bundle.paths['/#Action=CreateListener'].post.parameters.map(deref).find((p: any) => p.name === name && p.in === 'query');
  return deref(param.schema);
}

function sourcesFor(schema: any, keyword: string): string[] {
  return (schema['x-acs-sources'] ?? []).filter((e: any) => e.for.includes(keyword)).flatMap((e: any) => e.from);
}

/** Walks the nested request schema: property names, and `items` for an array's elements. */
function at(path: string[]): any {
  let node = requestSchema;
  for (const step of path) node = step === 'items' ? node.items : node.properties[step];
  return node;
}

describe('each corrected constraint holds the value its source states', () => {
  it.each(evidence.widenedLimits.map((x): [string, Limit] => [`${x.parameter} ${x.keyword}`, x]))(
    '%s is widened to the source value',
    (_, limit) => {
      const property = requestSchema.properties[limit.parameter];
      expect(property[limit.keyword]).toBe(limit.value);
      expect(limit.value).toBeGreaterThan(limit.seed!);
      expect(sourcesFor(sourceSchema(limit.parameter), limit.keyword)).toEqual(expect.arrayContaining(limit.sources!));
    },
  );

  it.each(evidence.keptLimits.map((x): [string, Limit] => [`${x.parameter} ${x.keyword}`, x]))(
    '%s keeps the value every source agrees on',
    (_, limit) => {
      expect(requestSchema.properties[limit.parameter][limit.keyword]).toBe(limit.value);
      expect(sourcesFor(sourceSchema(limit.parameter), limit.keyword).length).toBeGreaterThan(0);
    },
  );

  it.each(evidence.characters.map((x): [string, Characters] => [x.parameter, x]))(
    '%s accepts exactly the characters its sources allow',
    (name, chars) => {
      const validate = createAjv().compile(requestSchema.properties[name]);
      for (const value of chars.accepts) expect(validate(value), `${name} accepts ${JSON.stringify(value)}`).toBe(true);
      for (const value of chars.rejects) expect(validate(value), `${name} rejects ${JSON.stringify(value)}`).toBe(false);
      expect(sourcesFor(sourceSchema(name), 'pattern')).toEqual(expect.arrayContaining(chars.sources));
    },
  );

  it.each(evidence.noLimit.map((x): [string, { path: string[]; keyword: string }] => [`${x.path.join('.')} ${x.keyword}`, x]))(
    '%s: no source states it, so the contract has none',
    (_, entry) => {
      const value = at(entry.path)[entry.keyword];
      expect(entry.keyword === 'required' ? (value ?? []) : value).toEqual(entry.keyword === 'required' ? [] : undefined);
    },
  );

  it('no response id carries a format no source states', () => {
    const response = bundle.components.schemas.CreateListenerResponse;
    for (const field of evidence.responseFieldsWithoutPattern) expect(deref(response.properties[field]).pattern, field).toBeUndefined();
  });

  it('the error envelope requires only what the SDK runtime reads', () => {
    expect([...bundle.components.schemas.ErrorEnvelope.required].sort()).toEqual([...evidence.errorEnvelopeRequired].sort());
  });

  it.each(Object.entries(evidence.retryable))('%s is retryable, on the word of %s, and the client retries it', (code, source) => {
    const example = bundle.components.examples[code];
    expect(example['x-acs-retryable']).toBe(true);
    expect(sourcesFor(example, 'x-acs-retryable')).toContain(source);
    expect(retryableErrorCodes).toContain(code);
  });

  it('the throttling examples carry x-acs-retry-after, and the 400 response documents the header', () => {
    for (const code of ['Throttling', 'Throttling.Api', 'Throttling.User', 'Rejected.Throttling'])
      expect(bundle.components.examples[code]['x-acs-headers']['x-acs-retry-after']).toMatch(/^\d+$/);
    expect(deref(bundle.components.responses.BadRequest.headers['x-acs-retry-after']).schema.type).toBe('string');
  });
});

describe('requests the old contract refused pass the client and the mock', () => {
  const server = useMock();
  const { chineseDescription, requestTimeout600, idleTimeout600, serverGroups } = evidence.acceptedRequests;
  const groups = Array.from({ length: serverGroups }, (_, i) => ({ ServerGroupId: `sgp-group${i + 1}` }));
  const requests = {
    'a Chinese description': { ...minimal, ...chineseDescription },
    'RequestTimeout=600': { ...minimal, ...requestTimeout600 },
    'IdleTimeout=600': { ...minimal, ...idleTimeout600 },
    [`${serverGroups} server groups`]: {
      ...minimal,
      DefaultActions: [{ Type: 'ForwardGroup' as const, ForwardGroupConfig: { ServerGroupTuples: groups } }],
    },
    '25 tags, past the wire bound of 20': { ...minimal, Tag: Array.from({ length: 25 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) },
  };

  describe.each([
    { entry: 'universal', createAlbClient: createUniversalClient },
    { entry: 'node', createAlbClient: createNodeClient },
  ])('through the $entry client', ({ createAlbClient }) => {
    it.each(Object.entries(requests))('%s', async (_, request) => {
      const answer = await createAlbClient({ endpoint: server.url }).createListener(request);
      expect(answer.ListenerId).toMatch(/^lsn-/);
    });

    it('still refuses what a source refuses past the wire bound (a 25th tag key starting with aliyun)', async () => {
      const tags = Array.from({ length: 25 }, (_, i) => ({ Key: i === 24 ? 'aliyun-x' : `k${i}` }));
      const error = await createAlbClient({ endpoint: server.url })
        .createListener({ ...minimal, Tag: tags })
        .catch((e) => e);
      expect(error).toBeInstanceOf(AlbValidationError);
      expect(error.issues.map((i: any) => [i.parameter, i.rule])).toEqual([['Tag.25.Key', 'pattern']]);
    });
  });

  it('the mock checks keys past the wire bound like the last listed item, and attaches them to the request', async () => {
    const seventh = 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.7.ServerGroupId';
    const ok = await send(server.url, { ...validQuery, [seventh]: 'sgp-seventh', 'Tag.25.Key': 'k', 'Tag.25.Value': 'v' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-mock-ignored-parameters')).toBeNull();
    const bad = await send(server.url, { ...validQuery, 'Tag.25.Key': 'acs:x' });
    expect([bad.status, bad.body.Code]).toEqual([400, 'InvalidParameter']);
    expect(bad.body.Message).toContain('Tag.25.Key');
    const notAnIndex = await send(server.url, { ...validQuery, 'Tag.x.Key': 'k' });
    expect(notAnIndex.headers.get('x-mock-ignored-parameters')).toBe('Tag.x.Key');
  });

  it('the mock answers a throttling example with x-acs-retry-after', async () => {
    const answer = await send(server.url, validQuery, { headers: { Prefer: 'example=Throttling.User' } });
    expect([answer.status, answer.body.Code, answer.headers.get('x-acs-retry-after')]).toEqual([400, 'Throttling.User', '1500']);
  });
});

describe('the second review (fidelity-evidence-2.md): every row agrees or shows its dispute', () => {
  const second = (evidence as unknown as { secondReview: any }).secondReview;
  const createParam = (name: string) =>
    bundle.paths['/#Action=CreateListener'].post.parameters.map(deref).find((p: any) => p.name === name && p.in === 'query');
  const anyParam = (name: string) =>
    Object.values<any>(bundle.paths)
      .flatMap((item) => item.post.parameters.map(deref))
      .find((p: any) => p.name === name && p.in === 'query');
  const text = JSON.stringify(bundle);

  it('the catalog names every source the review relied on', () => {
    expect(Object.keys(bundle['x-acs-source-catalog'])).toEqual(expect.arrayContaining(second.catalog));
  });

  it.each((second.listenerProtocols as any[]).map((x): [string, any] => [x.parameter, x]))(
    '%s applies to QUIC listeners too, on the word of the load-balancer controller',
    (name, entry: any) => {
      const param = createParam(name as string);
      expect(param['x-acs-listener-protocols']).toEqual(entry.protocols);
      expect(sourcesFor(param, 'x-acs-listener-protocols')).toContain(entry.source);
    },
  );

  it('no rule requires a certificate of a QUIC listener (the controller refusing one is not the service refusing it)', () => {
    const rules = bundle.paths['/#Action=CreateListener'].post['x-acs-cross-field-rules'];
    const rule = rules.find((r: any) => r.name === second.crossFieldRuleStaysHttpsOnly);
    expect(rule.schema.if.properties.ListenerProtocol).toEqual({ const: 'HTTPS' });
    expect(JSON.stringify(rules)).not.toContain('QUIC');
  });

  it.each((second.unsourcedTextGone as any[]).map((x): [string, any] => [x.text, x]))(
    'unsourced text is gone: %j',
    (phrase, entry: any) => {
      const where =
        entry.where === 'everywhere'
          ? text
          : entry.where.startsWith('parameter ')
            ? JSON.stringify(anyParam(entry.where.slice('parameter '.length)))
            : JSON.stringify(bundle.components.schemas.XForwardedForConfig.properties.XForwardedForClientSourceIpsTrusted);
      expect(where.toLowerCase()).not.toContain(String(phrase).toLowerCase());
    },
  );

  it.each((second.disputesShown as any[]).map((x): [string, any] => [x.parameter, x]))('%s shows its dispute beside it', (name, entry) => {
    const description = anyParam(name).description;
    for (const mention of entry.mentions) expect(description).toContain(mention);
  });

  it('the read actions document no SystemBusy, and their 500/503 text asks for no ClientToken they lack', () => {
    for (const action of second.readActionsWithoutSystemBusy) {
      const responses = bundle.paths[`/#Action=${action}`].post.responses;
      expect(Object.keys(deref(responses['400']).content['application/json'].examples)).not.toContain('SystemBusy');
      for (const status of ['500', '503']) expect(deref(responses[status]).description).not.toMatch(/^Retry with the same ClientToken/);
    }
  });

  it('ResourceNotFound.Listener names a listener id, not a QUIC one, and both actions that raise it', () => {
    const example = bundle.components.examples['ResourceNotFound.Listener'];
    expect(example.value.Message).not.toContain('quic');
    for (const action of second.notFoundListenerOrigin) expect(example['x-acs-error-origin']).toContain(action);
  });

  it('GetListenerAttribute returns the fields the older Go SDK models', () => {
    const properties = bundle.components.schemas.GetListenerAttributeResponse.properties;
    for (const field of second.getListenerAttributeFields) expect(properties[field], field).toBeDefined();
    expect(Object.keys(properties.AssociatedResources.items.properties)).toEqual(second.associatedResourceFields);
  });

  it('the HTTP listener example reports no field its description marks HTTPS-only', () => {
    const properties = bundle.components.schemas.GetListenerAttributeResponse.properties;
    const httpsOnly = (schema: any) =>
      /available only when you create an HTTPS listener|Only HTTPS listeners/.test(schema?.description ?? '');
    const example = bundle.components.examples.GetListenerAttributeResponseExample.value;
    expect(example.ListenerProtocol).toBe('HTTP');
    for (const [name, value] of Object.entries<any>(example)) {
      expect(httpsOnly(properties[name]), name).toBe(false);
      if (name === 'XForwardedForConfig')
        for (const field of Object.keys(value))
          expect(httpsOnly(properties.XForwardedForConfig.properties[field]), `XForwardedForConfig.${field}`).toBe(false);
    }
  });

  it('every throttling header is documented on the 400s, with its readers; the Go codes are sourced', () => {
    for (const action of ['CreateListener', 'GetListenerAttribute', 'ListAsynJobs']) {
      const headers = deref(bundle.paths[`/#Action=${action}`].post.responses['400']).headers;
      for (const [name, sources] of Object.entries<string[]>(second.throttlingHeaders)) {
        const header = deref(headers[name]);
        expect(header.description, `${action} ${name}`).toBeTruthy();
        for (const source of sources) expect(sourcesFor(header.schema, 'pattern')).toContain(source);
      }
    }
    for (const code of second.goThrottlingCodes)
      expect(sourcesFor(bundle.components.examples[code], 'x-acs-retryable')).toContain('sdk-runtime-go');
  });

  it('how each real client waits is stated with its figures; the waiters follow the documented defaults', async () => {
    const info = bundle.info.description;
    for (const figure of [...second.waits.terraform, ...second.waits.controllers, ...second.waits.lbControllerJobs])
      expect(info).toContain(figure);
    expect(deref(bundle.paths['/#Action=ListAsynJobs'].post).description).toContain('newest first');
    expect(bundle.components.schemas.ListAsynJobsResponse.properties.Jobs.description).toContain('reverse chronological order');
    // The defaults the waiters use, observed: delays start at 1 s and stop growing at 10 s.
    const { waitUntilListenerRunning } = await import('../../generated/client/waiters.ts');
    let t = 0;
    const slept: number[] = [];
    const context = {
      now: () => new Date(t),
      random: () => 1,
      sleep: async (ms: number) => {
        slept.push(ms);
        t += ms;
      },
      // Every poll: a listener still Provisioning.
      send: async () => ({ status: 200, contentType: 'application/json', text: '{"RequestId":"r","ListenerStatus":"Provisioning"}' }),
    };
    const { createCore } = await import('../../src/client/core.ts');
    const { nodeHashes } = await import('../../src/client/hashes-node.ts');
    const core = createCore({ endpoint: 'http://127.0.0.1:9' }, { send: context.send, hashes: nodeHashes }, context);
    await waitUntilListenerRunning(core, { ListenerId: 'lsn-x' }).catch(() => {});
    expect(slept[0]).toBe(second.waits.waiterDefaults.intervalMs);
    expect(Math.max(...slept)).toBe(second.waits.waiterDefaults.maxIntervalMs);
    expect(t).toBeLessThanOrEqual(second.waits.waiterDefaults.timeoutMs);
  });
});
