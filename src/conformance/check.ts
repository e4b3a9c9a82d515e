// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Diffs one response against the contract and against what the scenario's request should get.
// Each finding has a rule name, so a report says which kind of drift it found.
import type { SuiteSpec } from './suite-spec.ts';
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

export function checkResponse(
  contract: SuiteSpec,
  scenario: Scenario,
  response: ObservedResponse,
  options: { dryRun: boolean },
): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: FindingRule, pointer: string, expected: unknown, actual: unknown, message: string) =>
    findings.push({ rule, pointer, expected, actual, message });
  const spec = contract.responses.get(response.status);
  if (!spec) {
    add(
      'undocumented-status',
      '',
      [...contract.responses.keys()],
      response.status,
      `HTTP ${response.status} is not a documented status of ${contract.action}`,
    );
    return findings;
  }

  // A documented response header, when sent, has the documented form (x-acs-retry-after: digits).
  for (const [name, validate] of spec.headers) {
    const value = response.headers?.[name];
    if (value !== undefined && !validate(value))
      add('header', `header ${name}`, 'its documented form', value, `the ${name} header does not have its documented form`);
  }
  // The suite always asks for JSON, and JSON is UTF-8 (RFC 8259): another charset is a bug.
  const mediaType = response.contentType.split(';')[0]!.trim().toLowerCase();
  const charset = /;\s*charset=([^;\s]+)/i.exec(response.contentType)?.[1]?.replace(/"/g, '').toLowerCase();
  if (mediaType === 'application/json' && charset !== undefined && charset !== 'utf-8')
    add('content-type', '', 'application/json (charset utf-8)', response.contentType, `the JSON body is declared as ${charset}, not UTF-8`);
  if (mediaType !== 'application/json')
    add(
      'content-type',
      '',
      'application/json',
      response.contentType || '(none)',
      `JSON was asked for, the response is ${response.contentType || 'without a content type'}`,
    );
  let body: any;
  try {
    body = JSON.parse(response.text);
  } catch {
    const looksXml = response.text.trimStart().startsWith('<');
    if (looksXml) add('xml-instead-of-json', '', 'a JSON body', response.text.slice(0, 80), 'the body is XML although JSON was asked for');
    else add('unparsable-body', '', 'a JSON body', response.text.slice(0, 80), 'the body is not JSON');
    return findings;
  }
  if (!spec.validate(body))
    for (const error of spec.validate.errors ?? [])
      add(
        'schema',
        pointerOf(error.instancePath, error.params),
        schemaExpectation(error),
        valueAt(body, error.instancePath, error.params),
        `${spec.schemaName}${error.instancePath} ${error.message}`,
      );
  else if (!spec.strict(body))
    for (const error of spec.strict.errors ?? [])
      if (error.keyword === 'additionalProperties')
        add(
          'undocumented-field',
          `${error.instancePath}/${error.params.additionalProperty}`,
          'absent',
          body?.[error.params.additionalProperty as string],
          `${spec.schemaName} has no field ${error.params.additionalProperty}`,
        );

  const code = typeof body?.Code === 'string' ? body.Code : undefined;
  if (response.status >= 400 && code !== undefined && !spec.examples.has(code))
    add('undocumented-code', '/Code', [...spec.examples.keys()], code, `${code} is not documented under HTTP ${response.status}`);

  const expect = scenario.expect;
  if (expect.outcome === 'example') {
    if (response.status !== expect.status || (expect.code !== undefined && code !== expect.code))
      add(
        'outcome',
        '/Code',
        `${expect.status} ${expect.code ?? ''}`.trim(),
        `${response.status} ${code ?? ''}`.trim(),
        'the selected example did not come back',
      );
  } else if (expect.outcome === 'accept') {
    const accepted =
      response.status < 300 ||
      (options.dryRun && code === 'DryRunOperation') ||
      (!options.dryRun && code === 'DryRunOperation' && scenario.query.DryRun === 'true');
    if (!accepted)
      add(
        'outcome',
        '',
        options.dryRun ? '2xx or 400 DryRunOperation' : '2xx',
        `${response.status} ${code ?? ''}`.trim(),
        'a valid request was not accepted',
      );
  } else {
    if (response.status < 400 || response.status >= 500 || code !== expect.code)
      add(
        'outcome',
        '/Code',
        `4xx ${expect.code}`,
        `${response.status} ${code ?? ''}`.trim(),
        `an invalid request (${expect.parameter}) was not rejected with ${expect.code}`,
      );
    else if (typeof body.Message !== 'string' || !body.Message.includes(expect.parameter))
      add('outcome', '/Message', `names ${expect.parameter}`, body.Message, `the error does not name ${expect.parameter}`);
  }
  return findings;
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
