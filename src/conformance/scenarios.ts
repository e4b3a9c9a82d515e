// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The suite's scenarios, generated from the contract, never listed by hand: every named example,
// the boundary values of every constraint of every wire parameter, every required parameter
// missing, every cross-field rule satisfied and broken, and seeded fast-check samples of valid and
// invalid requests. Adding a constraint to the spec adds its scenarios.
import fc from 'fast-check';
import { flattenRpcParams } from '../client/flatten.ts';
import { createAjv } from '../wire/ajv.ts';
import { exampleQuery } from '../wire/example-request.ts';
import { unflattenRpcParams } from '../wire/unflatten.ts';
import { followRef as deref } from '../openapi/document.ts';
import type { SuiteSpec } from './suite-spec.ts';
import { violationsOf } from './violations.ts';

export type Expectation =
  | { outcome: 'accept' }
  | { outcome: 'reject'; code: string; parameter: string }
  | { outcome: 'example'; status: number; code?: string };

export interface Scenario {
  id: string;
  /** The action it sends (its SuiteSpec's). */
  action: string;
  kind: 'baseline' | 'example' | 'boundary' | 'required' | 'rule' | 'property-valid' | 'property-invalid' | 'sequence';
  title: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  expect: Expectation;
  /**
   * What the scenario exercises, as coverage items (src/conformance/coverage.ts):
   * `constraint:<wire name>:<keyword>:valid|invalid`, `required:<wire name>`, `example:<name>`,
   * `rule:<name>:satisfied|broken`.
   */
  covers: string[];
}

export interface ScenarioOptions {
  /** Include the example scenarios (they select responses with the mock's Prefer header). */
  examples: boolean;
  seed: number;
  /** fast-check samples of each kind. */
  propertyRuns: number;
  /** Only these kinds of scenario (default: every kind). */
  kinds?: Scenario['kind'][];
}

export function generateScenarios(contract: SuiteSpec, options: ScenarioOptions): Scenario[] {
  const params = contract.businessParameters;
  // The smallest request the contract accepts: every required parameter with its own example.
  const valid = exampleQuery(params);
  const scenarios: Scenario[] = [];
  const add = (
    kind: Scenario['kind'],
    title: string,
    query: Record<string, string>,
    expect: Expectation,
    headers: Record<string, string> = {},
    covers: string[] = [],
  ) => {
    if (options.kinds && !options.kinds.includes(kind)) return;
    scenarios.push({
      id: `${contract.action}:${kind}:${scenarios.length + 1}`,
      action: contract.action,
      kind,
      title,
      query,
      headers,
      expect,
      covers,
    });
  };

  add('baseline', 'the minimal valid request (every required parameter, with its example)', valid, { outcome: 'accept' });

  if (options.examples)
    for (const [status, response] of contract.responses)
      for (const [name, example] of response.examples)
        add(
          'example',
          `example ${name} (${status}) via Prefer`,
          valid,
          { outcome: 'example', status, code: example.value?.Code },
          { prefer: `code=${status}, example=${name}` },
          [`example:${name}`],
        );

  const ajv = createAjv();
  const examples = parameterExamples(contract);
  const satisfy = ruleRepair(contract, examples);
  for (const param of params) {
    const fits = ajv.compile(param.schema ?? {});
    const context = { ...valid, ...groupContext(params, param) };
    const typed = (raw: string) =>
      param.schema?.type === 'integer' ? Number(raw) : param.schema?.type === 'boolean' ? raw === 'true' : raw;
    for (const { keyword, value } of acceptedBoundaries(param.schema ?? {}))
      if (fits(typed(value)))
        add(
          'boundary',
          `${param.name} = ${show(value)} is accepted`,
          satisfy({ ...context, [param.name]: value }),
          { outcome: 'accept' },
          {},
          [`constraint:${param.name}:${keyword}:valid`],
        );
    for (const violation of violationsOf(param))
      add(
        'boundary',
        `${param.name} breaking ${violation.rule} (${show(violation.value)}) is rejected`,
        { ...context, [param.name]: violation.value },
        { outcome: 'reject', code: 'InvalidParameter', parameter: param.name },
        {},
        [`constraint:${param.name}:${violation.rule}:invalid`],
      );
    if (param.required) {
      const { [param.name]: _missing, ...rest } = valid;
      add('required', `without ${param.name}`, rest, { outcome: 'reject', code: 'MissingParameter', parameter: param.name }, {}, [
        `required:${param.name}`,
      ]);
    }
  }

  for (const rule of contract.operation['x-acs-cross-field-rules'] ?? []) {
    const { satisfied, broken } = ruleCases(rule, valid, examples);
    add('rule', `${rule.name} satisfied`, satisfied, { outcome: 'accept' }, {}, [`rule:${rule.name}:satisfied`]);
    add('rule', `${rule.name} broken`, broken, { outcome: 'reject', code: rule.code, parameter: rule.parameter }, {}, [
      `rule:${rule.name}:broken`,
    ]);
  }

  const scalars = params.filter((p) => !p['x-acs-wire-of'] && !p.required);
  const validArb = fc.record(Object.fromEntries(scalars.map((p) => [p.name, fc.option(valueArbitrary(p), { nil: undefined })])));
  for (const sample of fc.sample(validArb, { seed: options.seed, numRuns: options.propertyRuns })) {
    const extra = Object.fromEntries(Object.entries(sample).filter(([, v]) => v !== undefined)) as Record<string, string>;
    // DryRun=true turns a success into DryRunOperation; it has its own scenarios.
    delete extra.DryRun;
    add('property-valid', `valid: ${show(JSON.stringify(extra))}`, satisfy({ ...valid, ...extra }), { outcome: 'accept' });
  }
  const breakable = params.flatMap((p) => violationsOf(p).map((v) => ({ param: p, value: v.value, rule: v.rule })));
  // An action whose parameters have no constraint to break (GetListenerAttribute) has no such samples.
  const picks =
    breakable.length > 0 ? fc.sample(fc.constantFrom(...breakable), { seed: options.seed + 1, numRuns: options.propertyRuns }) : [];
  for (const pick of picks)
    add(
      'property-invalid',
      `invalid: ${pick.param.name} breaking ${pick.rule} (${show(pick.value)})`,
      { ...valid, ...groupContext(params, pick.param), [pick.param.name]: pick.value },
      {
        outcome: 'reject',
        code: 'InvalidParameter',
        parameter: pick.param.name,
      },
    );
  return scenarios;
}

/** The keys a parameter's optional group then requires (`Tag.3.Value` needs `Tag.3.Key`), with their examples. */
export function groupContext(params: any[], param: any): Record<string, string> {
  return Object.fromEntries(
    params
      .filter((q) => {
        const prefix = q['x-acs-wire-of']?.requiredWhenAnyKeyUnder;
        return prefix !== undefined && param.name.startsWith(`${prefix}.`) && q.name !== param.name;
      })
      .map((q) => [q.name, String(q.example)]),
  );
}

/** Values on the inside edge of each constraint: minimum, maximum, the length limits, each enum value. */
function acceptedBoundaries(schema: any): Array<{ keyword: string; value: string }> {
  const values: Array<{ keyword: string; value: string }> = [];
  if (typeof schema.minimum === 'number') values.push({ keyword: 'minimum', value: String(schema.minimum) });
  if (typeof schema.maximum === 'number') values.push({ keyword: 'maximum', value: String(schema.maximum) });
  if (typeof schema.minLength === 'number' && schema.minLength > 0)
    values.push({ keyword: 'minLength', value: 'a'.repeat(schema.minLength) });
  if (typeof schema.maxLength === 'number') values.push({ keyword: 'maxLength', value: 'a'.repeat(schema.maxLength) });
  if (Array.isArray(schema.enum)) values.push(...schema.enum.map((v: unknown) => ({ keyword: 'enum', value: String(v) })));
  if (schema.type === 'boolean') values.push({ keyword: 'type', value: 'true' }, { keyword: 'type', value: 'false' });
  return values;
}

function valueArbitrary(param: any): fc.Arbitrary<string> {
  const s = param.schema ?? {};
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum.map(String));
  if (s.type === 'boolean') return fc.constantFrom('true', 'false');
  if (s.type === 'integer') return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 }).map(String);
  if (typeof s.pattern === 'string' && !/\(\?[=!]/.test(s.pattern)) {
    const re = new RegExp(s.pattern, 'u');
    // JSON Schema counts code points, not UTF-16 units.
    const fitsLength = (v: string) => [...v].length >= (s.minLength ?? 0) && [...v].length <= (s.maxLength ?? Infinity);
    // fast-check 4's stringMatching never returns for a negated class over the whole of Unicode
    // (`[^\x00-\xff]`); such patterns draw from Unicode strings and keep the ones that match.
    if (/\[\^/.test(s.pattern))
      return fc
        .string({ unit: 'grapheme', minLength: Math.max(1, s.minLength ?? 0), maxLength: Math.min(s.maxLength ?? 24, 24) })
        .filter((v) => re.test(v) && fitsLength(v));
    return fc.stringMatching(re).filter(fitsLength);
  }
  return fc.constant(String(param.example));
}

/**
 * Makes a request meet every cross-field rule: where a rule's `if` holds and its `then` does not,
 * what `then` requires is added from the parameters' examples (CaEnabled=true gets a CA certificate).
 */
function ruleRepair(contract: SuiteSpec, examples: Record<string, unknown>): (query: Record<string, string>) => Record<string, string> {
  const ajv = createAjv();
  const rules = (contract.operation['x-acs-cross-field-rules'] ?? []).map((rule: any) => ({ rule, check: ajv.compile(rule.schema) }));
  return (query) => {
    const nested = unflattenRpcParams(contract.wireParameters, query);
    const broken = rules.filter(({ check }: { check: (v: unknown) => boolean }) => !check(nested));
    if (broken.length === 0) return query;
    for (const { rule } of broken) fillRequired(rule.schema.then, nested, examples);
    return { ...query, ...flattenRpcParams(nested) };
  };
}

function parameterExamples(contract: SuiteSpec): Record<string, unknown> {
  const examples: Record<string, unknown> = {};
  for (const ref of contract.operation.parameters) {
    const p = deref(contract.bundle, ref);
    if (p.example !== undefined) examples[p.name] = p.example;
  }
  return examples;
}

/**
 * A request that meets a rule's `if` and then its `then` (satisfied), and the same request without
 * what `then` requires (broken). Values come from the parameters' own examples in the bundle.
 */
function ruleCases(rule: any, valid: Record<string, string>, examples: Record<string, unknown>) {
  const broken: Record<string, unknown> = {};
  applyConsts(rule.schema.if, broken);
  const satisfied = structuredClone(broken);
  fillRequired(rule.schema.then, satisfied, examples);
  const wire = (nested: Record<string, unknown>) => ({ ...valid, ...flattenRpcParams(nested) });
  return { satisfied: wire(satisfied), broken: wire(broken) };
}

function applyConsts(schema: any, target: Record<string, any>): void {
  for (const [key, sub] of Object.entries<any>(schema?.properties ?? {})) {
    if ('const' in sub) target[key] = sub.const;
    else if (sub.properties) {
      target[key] ??= {};
      applyConsts(sub, target[key]);
    }
  }
}

function fillRequired(schema: any, target: Record<string, any>, examples: any): void {
  for (const key of schema?.required ?? []) if (target[key] === undefined) target[key] = structuredClone(examples?.[key]);
  for (const [key, sub] of Object.entries<any>(schema?.properties ?? {})) {
    if (sub.required || sub.properties) {
      target[key] ??= {};
      fillRequired(sub, target[key], examples?.[key]);
    }
  }
}

function show(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value;
}
