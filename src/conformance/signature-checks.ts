// Against a server that verifies signatures (the suite is given credentials), requests the
// gateway must refuse: one unsigned, and one signed with the wrong secret. Each must be answered
// with a documented gateway error (`x-acs-error-origin: gateway`), the wrong secret with
// SignatureDoesNotMatch, and never accepted.
import type { Finding } from './check.ts';
import { type RunOptions, type ScenarioResult, sendRequest } from './runner.ts';
import { exampleQuery } from '../wire/example-request.ts';
import type { SuiteSpec } from './suite-spec.ts';

export async function runSignatureChecks(spec: SuiteSpec, options: RunOptions): Promise<ScenarioResult[]> {
  if (!options.credentials) return [];
  const gatewayCodes = new Set<string>();
  for (const response of spec.responses.values())
    for (const example of response.examples.values())
      if (example['x-acs-error-origin'] === 'gateway' && typeof example.value?.Code === 'string') gatewayCodes.add(example.value.Code);
  // The answer to a request that passed every check, signature included: no refusal.
  gatewayCodes.delete('DryRunOperation');
  const query = { ...exampleQuery(spec.businessParameters), DryRun: 'true' };
  const cases: Array<{ title: string; credentials: RunOptions['credentials']; expectCode?: string }> = [
    { title: 'an unsigned request is refused with a documented gateway code', credentials: undefined },
    {
      title: 'a request signed with the wrong secret is SignatureDoesNotMatch',
      credentials: { ...options.credentials, accessKeySecret: `${options.credentials.accessKeySecret}-wrong` },
      expectCode: 'SignatureDoesNotMatch',
    },
  ];
  const results: ScenarioResult[] = [];
  for (const [i, check] of cases.entries()) {
    const started = performance.now();
    const sent = await sendRequest({ ...options, credentials: check.credentials }, spec.action, query);
    let code: unknown;
    try {
      code = sent.response ? JSON.parse(sent.response.text)?.Code : undefined;
    } catch {
      code = undefined;
    }
    const status = sent.response?.status ?? 0;
    const findings: Finding[] = [];
    const refused = status >= 400 && status < 500 && typeof code === 'string' && gatewayCodes.has(code);
    if (!refused || (check.expectCode && code !== check.expectCode))
      findings.push({
        rule: 'signature',
        pointer: '/Code',
        expected: check.expectCode ?? `4xx with one of ${[...gatewayCodes].join(', ')}`,
        actual: `${status} ${String(code ?? sent.error ?? '')}`.trim(),
        message: check.title,
      });
    results.push({
      scenario: {
        id: `signature:${i + 1}`,
        action: spec.action,
        kind: 'sequence',
        title: check.title,
        query,
        headers: {},
        expect: { outcome: 'accept' },
        covers: [],
      },
      request: sent.request,
      ...(sent.response ? { response: sent.response } : {}),
      findings,
      ms: performance.now() - started,
    });
  }
  return results;
}
