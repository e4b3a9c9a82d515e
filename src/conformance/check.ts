// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Diffs one response against the contract and against what the scenario's request should get.
// Each finding has a rule name, so a report says which kind of drift it found.
import type { ResponseSpec, SuiteSpec } from './suite-spec.ts';
import type { Scenario } from './scenarios.ts';

export type FindingRule =
  | 'undocumented-status'
  | 'content-type'
  | 'unparsable-body'
  | 'xml-instead-of-json'
  | 'schema'
  | 'undocumented-field'
  | 'undocumented-code'
  | 'outcome'
  // A promise between the steps of a stateful sequence (src/conformance/sequences.ts).
  | 'sequence'
  // The same RequestId answered two requests.
  | 'request-id-reused'
  // A documented response header without its documented form.
  | 'header'
  // A request the gateway must refuse (unsigned, wrongly signed) was not refused as documented.
  | 'signature';

export interface Finding {
  rule: FindingRule;
  /** The named check that found it (CHECKS), when a response check did. */
  check?: string;
  /** JSON pointer into the response body, or '' for the response as a whole. */
  pointer: string;
  expected: unknown;
  actual: unknown;
  message: string;
}

export interface ObservedResponse {
  status: number;
  contentType: string;
  text: string;
  /** Response headers, lower-case names (absent in results made before headers were recorded). */
  headers?: Record<string, string>;
}

/** What every check reads: the action's spec, the scenario, the answer, and the answer's parsed body. */
export interface CheckContext {
  contract: SuiteSpec;
  scenario: Scenario;
  response: ObservedResponse;
  options: { dryRun: boolean };
  /** The documented response for this status (every check after `status_code_conformance` has one). */
  spec: ResponseSpec;
  /** The body, parsed (every check after `json_body` has one). */
  body: any;
}

type Check = (ctx: CheckContext) => Finding[];

const finding = (rule: FindingRule, pointer: string, expected: unknown, actual: unknown, message: string): Finding => ({
  rule,
  pointer,
  expected,
  actual,
  message,
});

/**
 * The checks every answer goes through, each a named unit (as Schemathesis names its checks), in
 * order: a check that cannot go on (an undocumented status, a body that is not JSON) ends the list.
 * `FindingRule` is what each reports; the report names the check.
 */
export const CHECKS: ReadonlyArray<{ name: string; check: Check; stopsOnFinding?: boolean }> = [
  { name: 'status_code_conformance', check: statusCodeConformance, stopsOnFinding: true },
  { name: 'response_headers_conformance', check: responseHeadersConformance },
  { name: 'content_type_conformance', check: contentTypeConformance },
  { name: 'json_body', check: jsonBody, stopsOnFinding: true },
  { name: 'response_schema_conformance', check: responseSchemaConformance },
  { name: 'documented_error_code', check: documentedErrorCode },
  { name: 'expected_outcome', check: expectedOutcome },
];

export function checkResponse(
  contract: SuiteSpec,
  scenario: Scenario,
  response: ObservedResponse,
  options: { dryRun: boolean },
): Finding[] {
  const ctx = { contract, scenario, response, options } as CheckContext;
  ctx.spec = contract.responses.get(response.status)!;
  const findings: Finding[] = [];
  for (const { name, check, stopsOnFinding } of CHECKS) {
    if (name === 'response_schema_conformance' || name === 'documented_error_code' || name === 'expected_outcome')
      ctx.body ??= parsed(response.text);
    const found = check(ctx).map((f) => ({ ...f, check: name }));
    findings.push(...found);
    if (stopsOnFinding && found.length > 0) break;
  }
  return findings;
}

function parsed(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The status is one the action documents. */
function statusCodeConformance({ contract, response, spec }: CheckContext): Finding[] {
  if (spec) return [];
  return [
    finding(
      'undocumented-status',
      '',
      [...contract.responses.keys()],
      response.status,
      `HTTP ${response.status} is not a documented status of ${contract.action}`,
    ),
  ];
}

/** A documented response header, when sent, has the documented form (x-acs-retry-after: digits). */
function responseHeadersConformance({ response, spec }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const [name, validate] of spec.headers) {
    const value = response.headers?.[name];
    if (value !== undefined && !validate(value))
      findings.push(
        finding('header', `header ${name}`, 'its documented form', value, `the ${name} header does not have its documented form`),
      );
  }
  return findings;
}

/** The suite always asks for JSON, and JSON is UTF-8 (RFC 8259): another type or charset is a bug. */
function contentTypeConformance({ response }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const mediaType = response.contentType.split(';')[0]!.trim().toLowerCase();
  const charset = /;\s*charset=([^;\s]+)/i.exec(response.contentType)?.[1]?.replace(/"/g, '').toLowerCase();
  if (mediaType === 'application/json' && charset !== undefined && charset !== 'utf-8')
    findings.push(
      finding(
        'content-type',
        '',
        'application/json (charset utf-8)',
        response.contentType,
        `the JSON body is declared as ${charset}, not UTF-8`,
      ),
    );
  if (mediaType !== 'application/json')
    findings.push(
      finding(
        'content-type',
        '',
        'application/json',
        response.contentType || '(none)',
        `JSON was asked for, the response is ${response.contentType || 'without a content type'}`,
      ),
    );
  return findings;
}

/** The body is JSON (not XML, not anything else). */
function jsonBody({ response }: CheckContext): Finding[] {
  if (parsed(response.text) !== undefined || response.text.trim() === 'null') return [];
  if (response.text.trimStart().startsWith('<'))
    return [finding('xml-instead-of-json', '', 'a JSON body', response.text.slice(0, 80), 'the body is XML although JSON was asked for')];
  return [finding('unparsable-body', '', 'a JSON body', response.text.slice(0, 80), 'the body is not JSON')];
}

/** The body matches the documented schema, and holds no field the schema does not have. */
function responseSchemaConformance({ spec, body }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  if (!spec.validate(body))
    for (const error of spec.validate.errors ?? [])
      findings.push(
        finding(
          'schema',
          pointerOf(error.instancePath, error.params),
          schemaExpectation(error),
          valueAt(body, error.instancePath, error.params),
          `${spec.schemaName}${error.instancePath} ${error.message}`,
        ),
      );
  else if (!spec.strict(body))
    for (const error of spec.strict.errors ?? [])
      if (error.keyword === 'additionalProperties')
        findings.push(
          finding(
            'undocumented-field',
            `${error.instancePath}/${error.params.additionalProperty}`,
            'absent',
            body?.[error.params.additionalProperty as string],
            `${spec.schemaName} has no field ${error.params.additionalProperty}`,
          ),
        );
  return findings;
}

/** An error's code is documented under its status. */
function documentedErrorCode({ response, spec, body }: CheckContext): Finding[] {
  const code = typeof body?.Code === 'string' ? body.Code : undefined;
  if (response.status >= 400 && code !== undefined && !spec.examples.has(code))
    return [
      finding('undocumented-code', '/Code', [...spec.examples.keys()], code, `${code} is not documented under HTTP ${response.status}`),
    ];
  return [];
}

/** The answer is what the scenario's request should get: the chosen example, an acceptance, or the rejection naming the parameter. */
function expectedOutcome({ scenario, response, options, body }: CheckContext): Finding[] {
  const code = typeof body?.Code === 'string' ? body.Code : undefined;
  const expect = scenario.expect;
  if (expect.outcome === 'example') {
    if (response.status !== expect.status || (expect.code !== undefined && code !== expect.code))
      return [
        finding(
          'outcome',
          '/Code',
          `${expect.status} ${expect.code ?? ''}`.trim(),
          `${response.status} ${code ?? ''}`.trim(),
          'the selected example did not come back',
        ),
      ];
    return [];
  }
  if (expect.outcome === 'accept') {
    const accepted =
      response.status < 300 ||
      (options.dryRun && code === 'DryRunOperation') ||
      (!options.dryRun && code === 'DryRunOperation' && scenario.query.DryRun === 'true');
    return accepted
      ? []
      : [
          finding(
            'outcome',
            '',
            options.dryRun ? '2xx or 400 DryRunOperation' : '2xx',
            `${response.status} ${code ?? ''}`.trim(),
            'a valid request was not accepted',
          ),
        ];
  }
  if (response.status < 400 || response.status >= 500 || code !== expect.code)
    return [
      finding(
        'outcome',
        '/Code',
        `4xx ${expect.code}`,
        `${response.status} ${code ?? ''}`.trim(),
        `an invalid request (${expect.parameter}) was not rejected with ${expect.code}`,
      ),
    ];
  if (typeof body?.Message !== 'string' || !body.Message.includes(expect.parameter))
    return [finding('outcome', '/Message', `names ${expect.parameter}`, body?.Message, `the error does not name ${expect.parameter}`)];
  return [];
}

function pointerOf(instancePath: string, params: Record<string, unknown>): string {
  return params.missingProperty ? `${instancePath}/${params.missingProperty}` : instancePath || '';
}

function schemaExpectation(error: { keyword: string; params: Record<string, unknown>; message?: string }): unknown {
  if (error.keyword === 'required') return 'present';
  if (error.keyword === 'type') return `type ${error.params.type}`;
  return error.message;
}

function valueAt(body: any, instancePath: string, params: Record<string, unknown>): unknown {
  if (params.missingProperty) return 'absent';
  return instancePath
    .split('/')
    .slice(1)
    .reduce((at, key) => (at == null ? at : at[key]), body);
}
