// biome-ignore-all lint/suspicious/noExplicitAny: the declarations come from the untyped bundle.
// Multi-step scenarios that only a server keeping state can pass (`--stateful`): each is a short
// sequence of real creates on a fresh port of the spec's example load balancer, and reports what
// the service promises between the steps.
//   - the same ClientToken twice returns the same ListenerId and JobId, and creates nothing more;
//   - a second create on the same port is ResourceAlreadyExist.Listener;
//   - DryRun=true creates nothing: the same create afterwards succeeds;
//   - every waiter the spec declares (x-acs-waiters) is reached by its acceptors after a create, and
//     after the write it follows (`after`: StopListener, DeleteListener) once the create's job has
//     ended;
//   - after a delete, the port takes a new create;
//   - every paginator (x-acs-paginated) pages what three creates made: no page over its size, no
//     item twice (by its `itemKey`), every item once, and the last page without a token.
// They create listeners, so they are skipped against a service (every request there is a DryRun).
import { flattenRpcParams } from '../client/flatten.ts';
import { AlbError } from '../client/errors.ts';
import type { AlbCore } from '../client/core.ts';
import { sleep } from '../client/retry.ts';
import { retriesCode } from '../client/retry-policy.ts';
import { type Acceptor, runWaiter } from '../client/waiter.ts';
import { actionOperation, actionOperations, followRef, isBusinessParameter } from '../openapi/document.ts';
import { errorCatalogue } from '../openapi/errors.ts';
import type { Finding } from './check.ts';
import { type RunOptions, type ScenarioResult, sendRequest } from './runner.ts';
import { exampleQuery } from '../wire/example-request.ts';
import type { SuiteSpec } from './suite-spec.ts';

interface Step {
  status: number;
  body: Record<string, unknown>;
}

/** `waitTimeoutMs`: the longest a sequence waits for a waiter (default: the waiter's declared timeout). */
export async function runSequences(
  spec: SuiteSpec,
  options: RunOptions & { seed: number; waitTimeoutMs?: number },
): Promise<ScenarioResult[]> {
  const base = exampleQuery(spec.businessParameters);
  // What a real client retries a write on (the spec's retryable codes; retriesCode adds throttling and 5xx).
  const retryable = new Set(errorCatalogue(spec.bundle).flatMap((e) => (e.retryable ? [e.code] : [])));
  // Ports far from the examples' (80, 443), different for every seed, so repeated runs against one
  // long-lived server do not collide with themselves.
  const port = (n: number) => String(20_000 + ((options.seed * 7 + n * 7919) % 40_000));
  const token = (n: number) => `conformance-${options.seed}-${n}`;

  type Send = (query: Record<string, string>, action?: string) => Promise<Step>;
  const sequences: Array<{ title: string; run: (send: Send) => Promise<Finding[]> }> = [
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
    ...declaredSequences(
      spec.bundle,
      retryable,
      (n) => ({ ...base, ListenerPort: port(10 + n), ClientToken: token(10 + n) }),
      options.waitTimeoutMs,
    ),
    ...(actionOperations(spec.bundle).some((a) => a.action === 'DeleteListener')
      ? [
          {
            title: "after a delete, the listener's port takes a new create",
            run: async (send: Send) => {
              const query = { ...base, ListenerPort: port(5), ClientToken: token(5) };
              const created = await send(query);
              if (created.status !== 200) return expectStatus('create', created, 200);
              const deleted = await untilAccepted(retryable, send, 'DeleteListener', { ListenerId: String(created.body.ListenerId) });
              if (deleted.status !== 200) return expectStatus('delete', deleted, 200);
              // The port is free once the delete's job has ended: until then it is still taken.
              const again = await untilAccepted(retryable, send, spec.action, { ...query, ClientToken: token(6) }, [
                'ResourceAlreadyExist.Listener',
              ]);
              return expectStatus('the create on the freed port', again, 200);
            },
          },
        ]
      : []),
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
    const send: Send = async (query, action = spec.action) => {
      const sent = await sendRequest(options, action, query);
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

/**
 * The sequences the spec's declarations promise: each waiter reached after a create, and each
 * paginator paging the jobs of three creates. A waiter's request is filled from the create's
 * answer by name (`ListenerId` from `ListenerId`, a list `JobIds` from `JobId`).
 */
function declaredSequences(
  bundle: any,
  retryable: ReadonlySet<string>,
  create: (n: number) => Record<string, string>,
  waitTimeoutMs?: number,
) {
  const sequences: Array<{
    title: string;
    run: (send: (query: Record<string, string>, action?: string) => Promise<Step>) => Promise<Finding[]>;
  }> = [];
  for (const [name, waiter] of Object.entries<any>(bundle['x-acs-waiters'] ?? {}))
    sequences.push({
      title: `the declared waiter ${name} is reached after a create${waiter.after ? ` and ${waiter.after}` : ''} (${waiter.operation})`,
      run: async (send) => {
        const created = await send(create(sequences.length));
        if (created.status !== 200) return expectStatus('create', created, 200);
        if (waiter.after) {
          const write = requestFrom(bundle, waiter.after, [created.body]);
          if (!write)
            return [
              finding('', `a ${waiter.after} request from the create's answer`, created.body, `cannot fill ${waiter.after}'s request`),
            ];
          const written = await untilAccepted(retryable, send, waiter.after, flattenRpcParams(write));
          if (written.status !== 200) return expectStatus(waiter.after, written, 200);
        }
        const request = requestFrom(bundle, waiter.operation, [created.body]);
        if (!request)
          return [
            finding(
              '',
              `a ${waiter.operation} request from the create's answer`,
              created.body,
              `cannot fill ${waiter.operation}'s request`,
            ),
          ];
        try {
          await runWaiter(
            clockCore(),
            {
              name,
              action: waiter.operation,
              call: async (_core, req) => answerOf(await send(flattenRpcParams(req as Record<string, unknown>), waiter.operation)),
              acceptors: waiter.acceptors as Acceptor[],
              minDelayMs: waiter.minDelayMs,
              maxDelayMs: waiter.maxDelayMs,
              timeoutMs: Math.min(waiter.timeoutMs, waitTimeoutMs ?? waiter.timeoutMs),
            },
            request,
          );
          return [];
        } catch (error) {
          return [finding('', `${name} reached`, String(error), `the waiter ${name} was not reached: ${(error as Error).message}`)];
        }
      },
    });
  for (const { action, operation } of actionOperations(bundle)) {
    const paginated: any = (operation as any)['x-acs-paginated'];
    if (!paginated) continue;
    sequences.push({
      title: `the declared paginator of ${action} pages what three creates made, each once, no page over its size`,
      run: async (send) => {
        const answers: Array<Record<string, unknown>> = [];
        for (let i = 0; i < 3; i++) {
          const created = await send(create(20 + sequences.length * 3 + i));
          if (created.status !== 200) return expectStatus('create', created, 200);
          answers.push(created.body);
        }
        const request = requestFrom(bundle, action, answers);
        if (!request) return [finding('', `a ${action} request from the creates' answers`, answers, `cannot fill ${action}'s request`)];
        const findings: Finding[] = [];
        const seen = new Set<string>();
        let token: string | undefined;
        for (let page = 1; page <= 10; page++) {
          const query = flattenRpcParams({ ...request, [paginated.pageSize]: 2, ...(token ? { [paginated.inputToken]: token } : {}) });
          const answer = await send(query, action);
          if (answer.status !== 200) return [...findings, ...expectStatus(`page ${page}`, answer, 200)];
          const items = (answer.body[paginated.items] ?? []) as Array<Record<string, unknown>>;
          if (items.length > 2)
            findings.push(
              finding(`/${paginated.items}`, 'at most 2 items', items.length, `page ${page} is larger than ${paginated.pageSize}`),
            );
          for (const item of items) {
            const id = JSON.stringify(paginated.itemKey ? item[paginated.itemKey] : item);
            if (seen.has(id)) findings.push(finding(`/${paginated.items}`, 'each item once', id, `page ${page} repeats an item`));
            seen.add(id);
          }
          token = typeof answer.body[paginated.outputToken] === 'string' ? String(answer.body[paginated.outputToken]) : undefined;
          if (!token) break;
        }
        if (token)
          findings.push(finding(`/${paginated.outputToken}`, 'no token after the last page', token, 'the pages did not end within 10'));
        if (seen.size !== answers.length)
          findings.push(finding(`/${paginated.items}`, answers.length, seen.size, 'the pages did not hold every item once'));
        return findings;
      },
    });
  }
  return sequences;
}

/**
 * Sends a write until it is accepted, as a real client retries it: a listener whose create's job
 * has not ended answers a retryable status error (IncorrectStatus.Listener,
 * ResourceInConfiguring.Listener) for a while; `awaited` codes are waited out too. Any other
 * answer ends it; so do 60 s.
 */
async function untilAccepted(
  retryable: ReadonlySet<string>,
  send: (query: Record<string, string>, action?: string) => Promise<Step>,
  action: string,
  query: Record<string, string>,
  awaited: string[] = [],
): Promise<Step> {
  const deadline = Date.now() + 60_000;
  for (let wait = 200; ; wait = Math.min(wait * 2, 5_000)) {
    const answer = await send(query, action);
    const code = String(answer.body.Code ?? '');
    if (!(awaited.includes(code) || retriesCode(code, answer.status, retryable)) || answer.status === 200 || Date.now() + wait > deadline)
      return answer;
    await sleep(wait);
  }
}

/** An action's request filled from earlier answers by name: `X` from `X`, a list `Xs` from every `X`; undefined if a required parameter stays empty. */
function requestFrom(bundle: any, action: string, answers: Array<Record<string, unknown>>): Record<string, unknown> | undefined {
  const request: Record<string, unknown> = {};
  for (const ref of (actionOperation(bundle, action) as any).parameters ?? []) {
    const parameter = followRef(bundle, ref);
    if (!isBusinessParameter(parameter)) continue;
    const name = String(parameter.name);
    const single = answers.map((a) => a[name]).filter((v) => v !== undefined);
    const listed = name.endsWith('s') ? answers.map((a) => a[name.slice(0, -1)]).filter((v) => v !== undefined) : [];
    if (followRef(bundle, parameter.schema)?.type === 'array' && listed.length > 0) request[name] = listed;
    else if (single.length > 0) request[name] = single[0];
    else if (parameter.required) return undefined;
  }
  return request;
}

/** A step's answer as the engine takes it: the body, or the service's error. */
function answerOf(step: Step): unknown {
  if (step.status === 200) return step.body;
  throw new AlbError({
    code: String(step.body.Code ?? `HTTP${step.status}`),
    message: String(step.body.Message ?? ''),
    status: step.status,
    body: step.body,
  });
}

/** The engine's clock: the real one. */
function clockCore(): AlbCore {
  return { context: { now: () => new Date(), random: Math.random, sleep }, validate: false } as unknown as AlbCore;
}
