// Multi-step scenarios that only a server keeping state can pass (`--stateful`): each is a short
// sequence of real creates on a fresh port of the spec's example load balancer, and reports what
// the service promises between the steps.
//   - the same ClientToken twice returns the same ListenerId and JobId, and creates nothing more;
//   - a second create on the same port is ResourceAlreadyExist.Listener;
//   - DryRun=true creates nothing: the same create afterwards succeeds.
// They create listeners, so they are skipped against a service (every request there is a DryRun).
import type { Finding } from './check.ts';
import { type RunOptions, type ScenarioResult, sendRequest } from './runner.ts';
import { exampleQuery } from '../wire/example-request.ts';
import type { SuiteSpec } from './suite-spec.ts';

interface Step {
  status: number;
  body: Record<string, unknown>;
}

export async function runSequences(spec: SuiteSpec, options: RunOptions & { seed: number }): Promise<ScenarioResult[]> {
  const base = exampleQuery(spec.businessParameters);
  // Ports far from the examples' (80, 443), different for every seed, so repeated runs against one
  // long-lived server do not collide with themselves.
  const port = (n: number) => String(20_000 + ((options.seed * 7 + n * 7919) % 40_000));
  const token = (n: number) => `conformance-${options.seed}-${n}`;

  const sequences: Array<{ title: string; run: (send: (query: Record<string, string>) => Promise<Step>) => Promise<Finding[]> }> = [
    {
      title: 'the same ClientToken twice returns the same ListenerId and JobId',
      run: async (send) => {
        const query = { ...base, ListenerPort: port(1), ClientToken: token(1) };
        const first = await send(query);
        const second = await send(query);
        return [
          ...expectStatus('first create', first, 200),
          ...expectStatus('retry with the same ClientToken', second, 200),
          ...(first.status === 200 &&
          second.status === 200 &&
          (first.body.ListenerId !== second.body.ListenerId || first.body.JobId !== second.body.JobId)
            ? [
                finding(
                  '/ListenerId',
                  `${first.body.ListenerId} and job ${first.body.JobId}`,
                  `${second.body.ListenerId} and job ${second.body.JobId}`,
                  'a retry with the same ClientToken created another listener',
                ),
              ]
            : []),
        ];
      },
    },
    {
      title: 'a second create on the same port is ResourceAlreadyExist.Listener',
      run: async (send) => {
        const first = await send({ ...base, ListenerPort: port(2), ClientToken: token(2) });
        const second = await send({ ...base, ListenerPort: port(2), ClientToken: token(3) });
        return [
          ...expectStatus('first create', first, 200),
          ...expectCode('second create on the same port', second, 400, 'ResourceAlreadyExist.Listener'),
        ];
      },
    },
    {
      title: 'DryRun=true creates nothing: the same create afterwards succeeds',
      run: async (send) => {
        const dryRun = await send({ ...base, ListenerPort: port(4), DryRun: 'true' });
        const create = await send({ ...base, ListenerPort: port(4), ClientToken: token(4) });
        return [...expectCode('DryRun', dryRun, 400, 'DryRunOperation'), ...expectStatus('the create after it', create, 200)];
      },
    },
  ];

  const results: ScenarioResult[] = [];
  for (const [i, sequence] of sequences.entries()) {
    const scenario = {
      id: `sequence:${i + 1}`,
      action: spec.action,
      kind: 'sequence' as const,
      title: sequence.title,
      query: base,
      headers: {},
      expect: { outcome: 'accept' as const },
      covers: [],
    };
    const started = performance.now();
    if (options.dryRun) {
      results.push({
        scenario,
        request: { method: 'POST', url: options.baseUrl, headers: {} },
        findings: [],
        skipped: 'creates listeners, and the service target sends DryRun=true',
        ms: 0,
      });
      continue;
    }
    let last: ScenarioResult['request'] = { method: 'POST', url: options.baseUrl, headers: {} };
    let response: ScenarioResult['response'];
    const send = async (query: Record<string, string>): Promise<Step> => {
      const sent = await sendRequest(options, spec.action, query);
      last = sent.request;
      response = sent.response;
      if (!sent.response) return { status: 0, body: { error: sent.error } };
      try {
        return { status: sent.response.status, body: JSON.parse(sent.response.text) };
      } catch {
        return { status: sent.response.status, body: {} };
      }
    };
    const findings = await sequence.run(send);
    results.push({ scenario, request: last, ...(response ? { response } : {}), findings, ms: performance.now() - started });
  }
  return results;
}

function finding(pointer: string, expected: unknown, actual: unknown, message: string): Finding {
  return { rule: 'sequence', pointer, expected, actual, message };
}

function expectStatus(step: string, answer: Step, status: number): Finding[] {
  return answer.status === status
    ? []
    : [finding('', status, `${answer.status} ${String(answer.body.Code ?? '')}`.trim(), `${step}: expected HTTP ${status}`)];
}

function expectCode(step: string, answer: Step, status: number, code: string): Finding[] {
  return answer.status === status && answer.body.Code === code
    ? []
    : [
        finding(
          '/Code',
          `${status} ${code}`,
          `${answer.status} ${String(answer.body.Code ?? '')}`.trim(),
          `${step}: expected ${status} ${code}`,
        ),
      ];
}
