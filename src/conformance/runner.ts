// Runs the scenarios against a live server and diffs every response. Requests go out as the
// official SDK sends them: POST, parameters in the query, V3 action headers, signed with
// ACS3-HMAC-SHA256 when credentials are given.
import { type Action, actionVersions } from '../../generated/types.ts';
import { canonicalQuery } from '../client/encode.ts';
import { randomNonce } from '../client/hashes.ts';
import { signAcs3 } from '../node.ts';
import type { Credentials } from '../client/credentials.ts';
import { checkResponse, type Finding, type ObservedResponse } from './check.ts';
import type { SuiteSpec } from './suite-spec.ts';
import type { Scenario } from './scenarios.ts';

export interface RunOptions {
  baseUrl: string;
  credentials?: Credentials;
  /** Send DryRun=true with every request (against a real endpoint, so nothing is created). */
  dryRun: boolean;
  concurrency?: number;
  timeoutMs?: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  request: { method: string; url: string; headers: Record<string, string> };
  response?: ObservedResponse;
  findings: Finding[];
  /** Why the scenario was not sent: the target mode cannot send it as written. Not covered, not failed. */
  skipped?: string;
  ms: number;
}

/** `specs`: the action's spec, or every action's (each scenario is checked against its own action's). */
export async function runScenarios(specs: SuiteSpec | SuiteSpec[], scenarios: Scenario[], options: RunOptions): Promise<ScenarioResult[]> {
  const byAction = new Map((Array.isArray(specs) ? specs : [specs]).map((spec) => [spec.action, spec]));
  const results: ScenarioResult[] = new Array(scenarios.length);
  let next = 0;
  const worker = async () => {
    while (next < scenarios.length) {
      const index = next++;
      const scenario = scenarios[index]!;
      const spec = byAction.get(scenario.action);
      if (!spec) throw new Error(`No spec for ${scenario.action}, the action of scenario ${scenario.id}`);
      results[index] = await runOne(spec, scenario, options);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  flagReusedRequestIds(results);
  return results;
}

/** Every answer carries its own RequestId: a second answer with one already seen is a finding. */
function flagReusedRequestIds(results: ScenarioResult[]): void {
  const firstSeen = new Map<string, string>();
  for (const result of results) {
    if (!result.response) continue;
    let id: unknown;
    try {
      id = JSON.parse(result.response.text)?.RequestId;
    } catch {
      continue;
    }
    if (typeof id !== 'string') continue;
    const earlier = firstSeen.get(id);
    if (earlier)
      result.findings.push({
        rule: 'request-id-reused',
        pointer: '/RequestId',
        expected: 'a RequestId of its own',
        actual: id,
        message: `RequestId ${id} also answered ${earlier}`,
      });
    else firstSeen.set(id, result.scenario.id);
  }
}

async function runOne(contract: SuiteSpec, scenario: Scenario, options: RunOptions): Promise<ScenarioResult> {
  const started = performance.now();
  const endpoint = new URL(options.baseUrl);
  // DryRun only where the action has it: an action that only reads changes nothing anyway.
  const hasDryRun = contract.businessParameters.some((p) => p.name === 'DryRun');
  const query = options.dryRun && hasDryRun ? { ...scenario.query, DryRun: 'true' } : scenario.query;
  // Against a service every request carries DryRun=true: a scenario about another DryRun value
  // would be sent as something else, and its verdict would be about the wrong request.
  if (options.dryRun && scenario.query.DryRun !== undefined && scenario.query.DryRun !== 'true')
    return {
      scenario,
      request: { method: 'POST', url: `${endpoint.origin}/?${canonicalQuery(scenario.query)}`, headers: {} },
      findings: [],
      skipped: `DryRun=${scenario.query.DryRun} cannot be sent: the service target forces DryRun=true`,
      ms: 0,
    };
  const sent = await sendRequest(options, scenario.action, query, scenario.headers);
  if (!sent.response)
    return {
      scenario,
      request: sent.request,
      findings: [{ rule: 'outcome', pointer: '', expected: 'a response', actual: sent.error, message: `no response: ${sent.error}` }],
      ms: performance.now() - started,
    };
  return {
    scenario,
    request: sent.request,
    response: sent.response,
    findings: checkResponse(contract, scenario, sent.response, { dryRun: options.dryRun }),
    ms: performance.now() - started,
  };
}

/** One request as the official SDK sends it (signed when there are credentials), and its answer or why there is none. */
export async function sendRequest(
  options: Pick<RunOptions, 'baseUrl' | 'credentials' | 'timeoutMs'>,
  action: string,
  query: Record<string, string>,
  extraHeaders: Record<string, string> = {},
): Promise<{ request: ScenarioResult['request']; response?: ObservedResponse; error?: string }> {
  const endpoint = new URL(options.baseUrl);
  const qs = canonicalQuery(query);
  let headers: Record<string, string> = {
    accept: 'application/json',
    'x-acs-action': action,
    'x-acs-version': actionVersions[action as Action],
    ...extraHeaders,
  };
  if (options.credentials) {
    const signed = await signAcs3({ method: 'POST', host: endpoint.host, query: qs, headers }, options.credentials, {
      date: new Date(),
      nonce: randomNonce(),
    });
    const { host: _host, ...rest } = signed.headers;
    headers = rest;
  }
  const url = `${endpoint.origin}/?${qs}`;
  const request = { method: 'POST', url, headers: redactHeaders(headers) };
  try {
    // A redirect is an answer to judge, never followed: the signed request goes to no other origin.
    const response = await fetch(url, {
      method: 'POST',
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    return {
      request,
      response: {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
        headers: Object.fromEntries(response.headers),
      },
    };
  } catch (error) {
    return { request, error: error instanceof Error ? error.message : String(error) };
  }
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out = { ...headers };
  if (out.authorization) out.authorization = out.authorization.replace(/Signature=[0-9a-f]+/, 'Signature=…');
  if (out['x-acs-security-token']) out['x-acs-security-token'] = '[redacted]';
  return out;
}
