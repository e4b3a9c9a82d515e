// The conformance suite passes against the mock, and proves it can fail: deliberately broken servers,
// each with one kind of drift, are run through it and each drift must be reported by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSuiteSpec } from '../../src/conformance/suite-spec.ts';
import { measureCoverage } from '../../src/conformance/coverage.ts';
import { summarize } from '../../src/conformance/report.ts';
import { runScenarios, type ScenarioResult } from '../../src/conformance/runner.ts';
import { generateScenarios } from '../../src/conformance/scenarios.ts';
import { runSequences } from '../../src/conformance/sequences.ts';
import { runSignatureChecks } from '../../src/conformance/signature-checks.ts';
import { startMock } from '../../src/mock/server.ts';
import { startDriftingProxy, type Answer } from '../support/drift-proxy.ts';
import { useMock } from '../support/mock.ts';

const contract = loadSuiteSpec();
const scenarios = generateScenarios(contract, { examples: true, seed: 424242, propertyRuns: 25 });
const server = useMock();

type Drift = (answer: Answer) => Answer;
const json = (answer: Answer, change: (body: any) => any): Answer => ({ ...answer, text: JSON.stringify(change(JSON.parse(answer.text))) });
const success = {
  RequestId: 'CEF72CEB-54B6-4AE8-B225-F876FF7BA984',
  JobId: '72dcd26b-f12d-4c27-b3af-18f6aed5a3f1',
  ListenerId: 'lsn-o4u54y73wq7b7xawmq',
};

const drifts: Record<string, { drift: Drift; rule: string; pointer?: string }> = {
  'missing RequestId': { drift: (a) => json(a, ({ RequestId: _r, ...rest }) => rest), rule: 'schema', pointer: '/RequestId' },
  'an extra field': {
    drift: (a) => (a.status === 200 ? json(a, (b) => ({ ...b, Extra: 'x' })) : a),
    rule: 'undocumented-field',
    pointer: '/Extra',
  },
  'a wrong type': {
    drift: (a) => (a.status === 200 ? json(a, (b) => ({ ...b, ListenerId: 42 })) : a),
    rule: 'schema',
    pointer: '/ListenerId',
  },
  'an undocumented status': { drift: (a) => (a.status === 200 ? { ...a, status: 201 } : a), rule: 'undocumented-status' },
  'an undocumented Code': {
    drift: (a) => (a.status >= 400 ? json(a, (b) => ({ ...b, Code: 'Made.Up' })) : a),
    rule: 'undocumented-code',
    pointer: '/Code',
  },
  'accepting an invalid request': {
    drift: (a) => (a.status === 400 ? { status: 200, headers: a.headers, text: JSON.stringify(success) } : a),
    rule: 'outcome',
  },
  'a 500 on a valid request': {
    drift: (a) =>
      a.status === 200
        ? {
            ...a,
            status: 500,
            text: JSON.stringify({
              ...success,
              HostId: 'h',
              Code: 'InternalError',
              Message: 'boom',
              Recommend: 'https://api.alibabacloud.com/x',
            }),
          }
        : a,
    rule: 'outcome',
  },
  'XML when JSON was asked': {
    drift: (a) => ({
      ...a,
      headers: { 'content-type': 'text/xml;charset=utf-8' },
      text: `<?xml version='1.0'?><CreateListenerResponse><RequestId>x</RequestId></CreateListenerResponse>`,
    }),
    rule: 'xml-instead-of-json',
  },
  'a wrong content type': { drift: (a) => ({ ...a, headers: { 'content-type': 'text/plain' } }), rule: 'content-type' },
  'a JSON body in another charset': {
    drift: (a) => ({ ...a, headers: { 'content-type': 'application/json;charset=iso-8859-1' } }),
    rule: 'content-type',
  },
  'a documented header in the wrong form': {
    drift: (a) => (a.headers['x-acs-retry-after'] ? { ...a, headers: { ...a.headers, 'x-acs-retry-after': 'soon' } } : a),
    rule: 'header',
  },
};

describe('the conformance suite', () => {
  it('with credentials: a verifying server refuses the unsigned and the wrongly signed request; a server that checks nothing fails both checks', async () => {
    const key = { accessKeyId: 'LTAI5tSuiteKey', accessKeySecret: 'suite-secret' };
    const verifying = await startMock({ port: 0, log: null, verifySignatures: key });
    try {
      const good = await runSignatureChecks(contract, { baseUrl: verifying.url, dryRun: true, credentials: key });
      expect(good.map((r) => [r.scenario.title, r.findings.length])).toEqual([
        ['an unsigned request is refused with a documented gateway code', 0],
        ['a request signed with the wrong secret is SignatureDoesNotMatch', 0],
      ]);
    } finally {
      await verifying.close();
    }
    const lax = await runSignatureChecks(contract, { baseUrl: server.url, dryRun: true, credentials: key });
    expect(lax.map((r) => r.findings.map((f) => [f.rule, f.actual]))).toEqual([
      [['signature', '400 DryRunOperation']],
      [['signature', '400 DryRunOperation']],
    ]);
    expect(await runSignatureChecks(contract, { baseUrl: server.url, dryRun: true })).toEqual([]);
  });

  it('flags a RequestId that answers two requests', async () => {
    const sameId = await startDriftingProxy(server.url, (answer) =>
      answer.status === 200 ? json(answer, (b) => ({ ...b, RequestId: 'CEF72CEB-54B6-4AE8-B225-F876FF7BA984' })) : answer,
    );
    try {
      const results = await runScenarios(
        contract,
        generateScenarios(contract, { examples: false, seed: 2, propertyRuns: 3, kinds: ['baseline', 'property-valid'] }),
        {
          baseUrl: sameId.url,
          dryRun: false,
        },
      );
      const reused = results.flatMap((r) => r.findings).filter((f) => f.rule === 'request-id-reused');
      expect(reused.length).toBe(results.length - 1);
    } finally {
      sameId.close();
    }
  });

  it('--stateful sequences: a stateful mock passes them (the declared waiters and paginator included), a stateless one fails those that need memory, a service target skips them', async () => {
    const stateful = await startMock({ port: 0, log: null, stateful: { provisioningMs: 300 } });
    try {
      const good = await runSequences(contract, { baseUrl: stateful.url, dryRun: false, seed: 5 });
      expect(good.map((r) => [r.scenario.title, r.findings])).toEqual(good.map((r) => [r.scenario.title, []]));
      expect(good.map((r) => r.scenario.title)).toEqual(
        expect.arrayContaining([
          'the declared waiter ListenerRunning is reached after a create (GetListenerAttribute)',
          'the declared waiter ListenerStopped is reached after a create and StopListener (GetListenerAttribute)',
          'the declared waiter ListenerDeleted is reached after a create and DeleteListener (GetListenerAttribute)',
          'the declared waiter JobSucceeded is reached after a create (ListAsynJobs)',
          'the declared paginator of ListAsynJobs pages what three creates made, each once, no page over its size',
          'the declared paginator of ListListeners pages what three creates made, each once, no page over its size',
          "after a delete, the listener's port takes a new create",
        ]),
      );
      // Run again on the same server: fresh ports per seed, so a second run with another seed passes too.
      const again = await runSequences(contract, { baseUrl: stateful.url, dryRun: false, seed: 6 });
      expect(again.flatMap((r) => r.findings)).toEqual([]);
    } finally {
      await stateful.close();
    }
    const stateless = await runSequences(contract, { baseUrl: server.url, dryRun: false, seed: 5, waitTimeoutMs: 1_500 });
    expect(stateless.filter((r) => r.findings.length > 0).map((r) => r.scenario.title)).toEqual([
      'the same ClientToken twice returns the same ListenerId and JobId',
      'a second create on the same port is ResourceAlreadyExist.Listener',
      // Its documented listener is Running and there, whatever was stopped or deleted.
      'the declared waiter ListenerStopped is reached after a create and StopListener (GetListenerAttribute)',
      'the declared waiter ListenerDeleted is reached after a create and DeleteListener (GetListenerAttribute)',
      // Its documented example is one job (one listener), whatever the ids: not every one of the three creates.
      'the declared paginator of ListAsynJobs pages what three creates made, each once, no page over its size',
      'the declared paginator of ListListeners pages what three creates made, each once, no page over its size',
    ]);
    expect(stateless[0]!.findings[0]!.message).toBe('a retry with the same ClientToken created another listener');
    const service = await runSequences(contract, { baseUrl: server.url, dryRun: true, seed: 5 });
    expect(service.every((r) => r.skipped !== undefined && r.findings.length === 0)).toBe(true);
  });

  it('says what a run covered, and the number moves when a family of scenarios is switched off', async () => {
    const all = await runScenarios(contract, generateScenarios(contract, { examples: true, seed: 1, propertyRuns: 0 }), {
      baseUrl: server.url,
      dryRun: false,
    });
    const full = measureCoverage(contract, all);
    expect(full.percent).toBe(100);
    expect(full.categories.rule).toEqual({ covered: 6, total: 6, missing: [] });
    const withoutRules = generateScenarios(contract, {
      examples: true,
      seed: 1,
      propertyRuns: 0,
      kinds: ['baseline', 'example', 'boundary', 'required'],
    });
    const partial = measureCoverage(contract, await runScenarios(contract, withoutRules, { baseUrl: server.url, dryRun: false }));
    expect(partial.categories.rule!.covered).toBe(0);
    expect(partial.categories.rule!.missing).toContain('rule:HttpsListenerNeedsCertificate:broken');
    expect(partial.percent).toBeLessThan(full.percent);
    // Without the example scenarios, the example items and the codes only they reach are missing.
    const noExamples = generateScenarios(contract, { examples: false, seed: 1, propertyRuns: 0 });
    const service = measureCoverage(contract, await runScenarios(contract, noExamples, { baseUrl: server.url, dryRun: true }));
    expect(service.categories.example!.covered).toBe(0);
    expect(service.categories.code!.missing).toContain('code:ResourceNotFound.LoadBalancer');
    // A skipped scenario covers nothing.
    expect(service.categories.constraint!.missing).toContain('constraint:DryRun:type:invalid');
  });

  it('in service mode (DryRun=true forced) passes the mock: a scenario it cannot send as written is skipped, not failed', async () => {
    const serviceScenarios = generateScenarios(contract, { examples: false, seed: 424242, propertyRuns: 5 });
    const results = await runScenarios(contract, serviceScenarios, { baseUrl: server.url, dryRun: true });
    const summary = summarize(results);
    expect(summary.failed, JSON.stringify(results.filter((r) => r.findings.length).map((r) => r.scenario.title))).toBe(0);
    const skipped = results.filter((r) => r.skipped).map((r) => r.scenario.title);
    expect(skipped.length).toBe(summary.skipped);
    expect(skipped).toContain('DryRun breaking type (yes) is rejected');
    for (const r of results.filter((r) => r.skipped)) expect(r.scenario.query.DryRun).not.toBe('true');
  });

  it('generates scenarios of every kind from the spec', () => {
    const kinds = summarize(
      scenarios.map((scenario) => ({ scenario, findings: [], request: { method: '', url: '', headers: {} }, ms: 0 })),
    ).byKind;
    expect(Object.keys(kinds).sort()).toEqual([
      'baseline',
      'boundary',
      'example',
      'property-invalid',
      'property-valid',
      'required',
      'rule',
    ]);
    // That every example and rule is among them is the coverage test's to prove (100% against the mock).
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it('passes against the mock', async () => {
    const results = await runScenarios(contract, scenarios, { baseUrl: server.url, dryRun: false });
    const failures = results
      .filter((r) => r.findings.length > 0)
      .map((r) => `${r.scenario.title}: ${r.findings.map((f) => f.message).join('; ')}`);
    expect(failures).toEqual([]);
  });
});

describe('the suite catches drift', () => {
  const proxies: Array<{ close(): void }> = [];
  afterAll(() => {
    for (const p of proxies) p.close();
  });
  let drifted: Record<string, ScenarioResult[]> = {};
  beforeAll(async () => {
    drifted = {};
    for (const [name, { drift }] of Object.entries(drifts)) {
      const broken = await startDriftingProxy(server.url, drift);
      proxies.push(broken);
      drifted[name] = await runScenarios(contract, scenarios, { baseUrl: broken.url, dryRun: false });
    }
  }, 120_000);

  it.each(Object.keys(drifts))('reports %s by name', (name) => {
    const { rule, pointer } = drifts[name]!;
    const findings = drifted[name]!.flatMap((r) => r.findings);
    expect(summarize(drifted[name]!).failed).toBeGreaterThan(0);
    expect(findings.map((f) => f.rule)).toContain(rule);
    if (pointer) expect(findings.filter((f) => f.rule === rule).map((f) => f.pointer)).toContain(pointer);
  });
});
