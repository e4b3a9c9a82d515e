// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Every change between two versions of the contract, each with a level, by directional rules
// written as data (the way oasdiff keeps its coverage map):
//   - a request schema that accepts less is breaking (a request that worked may now fail); one
//     that accepts more is info;
//   - a response schema that may hold more is breaking (a client may read what it never expected;
//     a new enum value is a warning, as clients that switch on it have a default); one that holds
//     less is info;
//   - for the operation: removing or renaming it, removing a parameter, a documented status or a
//     media type, changing how a parameter travels (`in`, `style`, `explode`, `x-acs-style`), adding
//     a cross-field rule, removing or moving an error code, and changing a security scheme are
//     breaking; what is only added is info.
// Compared on the derived request schema (business parameters, nested), on the bundle's
// parameters (the signature and protocol ones, and how every parameter travels), and on the
// schemas responses use.
import fc from 'fast-check';
import { followRef as resolve, inlineRefs } from '../openapi/document.ts';

export interface ContractVersion {
  bundle: any;
  requestSchema: any;
}

export type Level = 'breaking' | 'warning' | 'info';

export interface Change {
  level: Level;
  rule: string;
  path: string;
  detail: string;
}

/** The breaking changes only (what the gate fails on by default). */
export type BreakingChange = Change;

export const LEVELS: Level[] = ['info', 'warning', 'breaking'];

type Add = (level: Level, rule: string, path: string, detail: string) => void;
type Direction = 'request' | 'response';
/** What a keyword change does to the set of values a schema admits. */
type Effect = 'narrower' | 'wider' | 'both' | undefined;

export function findBreakingChanges(base: ContractVersion, head: ContractVersion): Change[] {
  return findChanges(base, head).filter((c) => c.level === 'breaking');
}

export function findChanges(base: ContractVersion, head: ContractVersion): Change[] {
  const changes: Change[] = [];
  const add: Add = (level, rule, path, detail) => changes.push({ level, rule, path, detail });

  compareOperations(base.bundle, head.bundle, add);
  compareSchema(base.requestSchema, head.requestSchema, 'request', 'request', add);
  compareRules(base.requestSchema, head.requestSchema, add);

  const baseSchemas = base.bundle.components?.schemas ?? {};
  const headSchemas = head.bundle.components?.schemas ?? {};
  const inResponses = responseSchemaNames(base.bundle);
  for (const name of Object.keys(baseSchemas)) {
    if (!(name in headSchemas)) {
      add('breaking', 'schema-removed', `#/components/schemas/${name}`, `schema ${name} was removed`);
      continue;
    }
    // Request-only schemas (Tag, ...) are compared through the request schema.
    if (inResponses.has(name))
      compareSchema(
        inlineRefs(base.bundle, baseSchemas[name], { dangling: 'empty' }),
        inlineRefs(head.bundle, headSchemas[name], { dangling: 'empty' }),
        `response ${name}`,
        'response',
        add,
      );
  }
  for (const name of Object.keys(headSchemas))
    if (!(name in baseSchemas)) add('info', 'schema-added', `#/components/schemas/${name}`, `schema ${name} was added`);

  compareErrors(base.bundle, head.bundle, add);
  compareSecurity(base.bundle, head.bundle, add);
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Schemas: one rule per JSON Schema keyword, applied in the direction of the data.

/** A lower bound narrows when it rises; an upper bound when it falls. A new bound narrows; a dropped one widens. */
const BOUNDS: Array<[keyword: string, kind: 'lower' | 'upper']> = [
  ['minimum', 'lower'],
  ['exclusiveMinimum', 'lower'],
  ['minLength', 'lower'],
  ['minItems', 'lower'],
  ['minProperties', 'lower'],
  ['maximum', 'upper'],
  ['exclusiveMaximum', 'upper'],
  ['maxLength', 'upper'],
  ['maxItems', 'upper'],
  ['maxProperties', 'upper'],
];

export const SCHEMA_RULES: Array<{ keyword: string; effect: (base: any, head: any) => Effect; detail: (base: any, head: any) => string }> =
  [
    ...BOUNDS.map(([keyword, kind]) => ({
      keyword,
      effect: (a: any, b: any): Effect => {
        if (a === b) return undefined;
        if (a === undefined) return 'narrower';
        if (b === undefined) return 'wider';
        return (kind === 'lower' ? b > a : b < a) ? 'narrower' : 'wider';
      },
      detail: (a: any, b: any) => `${keyword} ${a ?? 'none'} became ${b ?? 'none'}`,
    })),
    {
      keyword: 'multipleOf',
      effect: (a, b) => {
        if (a === b) return undefined;
        if (a === undefined) return 'narrower';
        if (b === undefined) return 'wider';
        if (b % a === 0) return 'narrower';
        if (a % b === 0) return 'wider';
        return 'both';
      },
      detail: (a, b) => `multipleOf ${a ?? 'none'} became ${b ?? 'none'}`,
    },
    {
      keyword: 'type',
      effect: (a, b) => setEffect(types(a), types(b)),
      detail: (a, b) => `type ${JSON.stringify(a ?? 'any')} became ${JSON.stringify(b ?? 'any')}`,
    },
    {
      keyword: 'enum',
      effect: (a, b) =>
        a === undefined && b === undefined
          ? undefined
          : a === undefined
            ? 'narrower'
            : b === undefined
              ? 'wider'
              : setEffect(new Set(a.map(String)), new Set(b.map(String))),
      detail: (a, b) => {
        const before = new Set((a ?? []).map(String));
        const after = new Set((b ?? []).map(String));
        const removed = [...before].filter((v) => !after.has(v));
        const added = [...after].filter((v) => !before.has(v));
        return [
          removed.length ? `no longer allows ${removed.map((v) => JSON.stringify(v)).join(', ')}` : '',
          added.length ? `now allows ${added.map((v) => JSON.stringify(v)).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
      },
    },
    {
      keyword: 'const',
      effect: (a, b) =>
        JSON.stringify(a) === JSON.stringify(b) ? undefined : a === undefined ? 'narrower' : b === undefined ? 'wider' : 'both',
      detail: (a, b) => `const ${JSON.stringify(a)} became ${JSON.stringify(b)}`,
    },
    {
      keyword: 'pattern',
      effect: (a, b) => {
        if (a === b) return undefined;
        if (a === undefined) return 'narrower';
        if (b === undefined) return 'wider';
        const lost = lostMatch(a, b) !== undefined;
        const gained = lostMatch(b, a) !== undefined;
        return lost && gained ? 'both' : lost ? 'narrower' : gained ? 'wider' : undefined;
      },
      detail: (a, b) => {
        const refused = a !== undefined && b !== undefined ? lostMatch(a, b) : undefined;
        return `pattern ${a ?? 'none'} became ${b ?? 'none'}${refused !== undefined ? ` (refuses ${JSON.stringify(refused)})` : ''}`;
      },
    },
    {
      keyword: 'format',
      effect: (a, b) => (a === b ? undefined : a === undefined ? 'narrower' : b === undefined ? 'wider' : 'both'),
      detail: (a, b) => `format ${a ?? 'none'} became ${b ?? 'none'}`,
    },
    {
      keyword: 'uniqueItems',
      effect: (a, b) => (Boolean(a) === Boolean(b) ? undefined : b ? 'narrower' : 'wider'),
      detail: (a, b) => `uniqueItems ${Boolean(a)} became ${Boolean(b)}`,
    },
    {
      keyword: 'additionalProperties',
      effect: (a, b) => (closed(a) === closed(b) ? undefined : closed(b) ? 'narrower' : 'wider'),
      detail: (a, b) => `additionalProperties ${closed(a) ? 'false' : 'allowed'} became ${closed(b) ? 'false' : 'allowed'}`,
    },
    {
      keyword: 'required',
      effect: (a, b) => setEffect(new Set(b ?? []), new Set(a ?? [])),
      detail: (a, b) => {
        const before = new Set<string>(a ?? []);
        const after = new Set<string>(b ?? []);
        const made = [...after].filter((n) => !before.has(n));
        const dropped = [...before].filter((n) => !after.has(n));
        return [made.length ? `now requires ${made.join(', ')}` : '', dropped.length ? `no longer requires ${dropped.join(', ')}` : '']
          .filter(Boolean)
          .join('; ');
      },
    },
  ];

/** Keywords with a rule above, or walked into (properties, items, prefixItems). */
const DIRECTED = new Set([...SCHEMA_RULES.map((r) => r.keyword), 'properties', 'items', 'prefixItems']);
/** Annotations: they change no value a client may send or receive. */
const UNCHECKED = new Set([
  'description',
  'title',
  'examples',
  'example',
  '$comment',
  'xml',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
]);

/** The level of a change with this effect on data flowing in this direction. */
function levelOf(effect: Effect, direction: Direction, keyword: string): Level {
  if (effect === 'both') return 'breaking';
  if (direction === 'request') return effect === 'narrower' ? 'breaking' : 'info';
  if (effect === 'narrower') return 'info';
  return keyword === 'enum' ? 'warning' : 'breaking';
}

/** Rule names kept from the first version of the gate, so acknowledged lines stay valid. */
function ruleName(keyword: string, effect: Effect, direction: Direction): string {
  if (direction === 'request' && keyword === 'required' && effect === 'narrower') return 'request-field-made-required';
  if (direction === 'response' && keyword === 'required' && effect === 'wider') return 'response-field-no-longer-required';
  if (keyword === 'enum' && effect === 'wider') return `${direction}-enum-value-added`;
  if (keyword === 'enum') return direction === 'request' ? 'enum-value-removed' : 'response-enum-value-removed';
  if (keyword === 'type') return `${direction}-type-changed`;
  if (direction === 'request' && effect !== 'wider') return 'limit-narrowed';
  if (direction === 'request') return 'limit-widened';
  return effect === 'narrower' ? 'response-narrowed' : 'response-widened';
}

function compareSchema(base: any, head: any, path: string, direction: Direction, add: Add): void {
  if (!isObject(base) || !isObject(head)) return;
  for (const rule of SCHEMA_RULES) {
    const effect = rule.effect(base[rule.keyword], head[rule.keyword]);
    if (!effect) continue;
    if (rule.keyword === 'required' && direction === 'response') {
      // A response field that is no longer required may be absent: reported per field.
      const now = new Set<string>(head.required ?? []);
      for (const name of base.required ?? [])
        if (!now.has(name) && head.properties?.[name])
          add('breaking', 'response-field-no-longer-required', `${path}.${name}`, `${name} may now be absent`);
      continue;
    }
    if (rule.keyword === 'required' && direction === 'request') {
      const before = new Set<string>(base.required ?? []);
      for (const name of head.required ?? [])
        if (!before.has(name)) add('breaking', 'request-field-made-required', `${path}.${name}`, `${name} is now required`);
      for (const name of base.required ?? [])
        if (!(head.required ?? []).includes(name)) add('info', 'request-field-made-optional', `${path}.${name}`, `${name} is now optional`);
      continue;
    }
    if (rule.keyword === 'enum' && Array.isArray(base.enum) && Array.isArray(head.enum)) {
      // One change per value, so each can be acknowledged on its own.
      const after = new Set(head.enum.map(String));
      const before = new Set(base.enum.map(String));
      for (const value of base.enum)
        if (!after.has(String(value)))
          add(
            levelOf('narrower', direction, 'enum'),
            ruleName('enum', 'narrower', direction),
            path,
            `value ${JSON.stringify(value)} is no longer allowed`,
          );
      for (const value of head.enum)
        if (!before.has(String(value)))
          add(
            levelOf('wider', direction, 'enum'),
            ruleName('enum', 'wider', direction),
            path,
            `value ${JSON.stringify(value)} is now allowed`,
          );
      continue;
    }
    add(
      levelOf(effect, direction, rule.keyword),
      ruleName(rule.keyword, effect, direction),
      path,
      rule.detail(base[rule.keyword], head[rule.keyword]),
    );
  }
  // Any other keyword (allOf, oneOf, not, if/then/else, contains, patternProperties,
  // dependentRequired, default, ...) whose value changed: a warning, so nothing that may break a
  // client passes unseen; the rules above give the ones this contract uses a direction.
  for (const keyword of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (DIRECTED.has(keyword) || UNCHECKED.has(keyword) || keyword.startsWith('x-')) continue;
    // The request schema's allOf is the cross-field rules, compared one by one in compareRules.
    if (keyword === 'allOf' && path === 'request') continue;
    if (JSON.stringify(base[keyword]) !== JSON.stringify(head[keyword]))
      add(
        'warning',
        'schema-keyword-changed',
        path,
        `${keyword} ${JSON.stringify(base[keyword]) ?? 'none'} became ${JSON.stringify(head[keyword]) ?? 'none'}`.slice(0, 300),
      );
  }
  for (const [name, schema] of Object.entries<any>(base.properties ?? {})) {
    const now = head.properties?.[name];
    if (!now)
      add(
        'breaking',
        `${direction}-field-removed`,
        `${path}.${name}`,
        direction === 'request' ? `${name} was removed or renamed` : `${name} was removed`,
      );
    else compareSchema(schema, now, `${path}.${name}`, direction, add);
  }
  for (const name of Object.keys(head.properties ?? {}))
    if (!base.properties?.[name] && !(head.required ?? []).includes(name))
      add('info', `${direction}-field-added`, `${path}.${name}`, `${name} was added`);
  if (base.items && head.items) compareSchema(base.items, head.items, `${path}[]`, direction, add);
  for (const [i, item] of (base.prefixItems ?? []).entries()) compareSchema(item, head.prefixItems?.[i], `${path}[${i}]`, direction, add);
}

function setEffect(before: Set<string>, after: Set<string>): Effect {
  const lost = [...before].some((v) => !after.has(v));
  const gained = [...after].some((v) => !before.has(v));
  return lost && gained ? 'both' : lost ? 'narrower' : gained ? 'wider' : undefined;
}

/** The JSON types a schema admits; an integer is a number. */
function types(type: unknown): Set<string> {
  const list = type === undefined ? ['any'] : Array.isArray(type) ? type.map(String) : [String(type)];
  return new Set(list.flatMap((t) => (t === 'number' ? ['number', 'integer'] : [t])));
}

function closed(additional: unknown): boolean {
  return additional === false;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A string the old pattern accepts and the new one refuses, or undefined when none is found.
 * Sampled from the old pattern (seeded, so the verdict is the same on every run); a narrowing no
 * sample reaches is missed.
 */
function lostMatch(basePattern: string, headPattern: string): string | undefined {
  const before = new RegExp(basePattern, 'u');
  const after = new RegExp(headPattern, 'u');
  // fast-check cannot generate from a negated class over all of Unicode; those draw Unicode strings.
  const arbitrary = /\[\^/.test(basePattern) ? fc.string({ unit: 'grapheme', maxLength: 12 }) : fc.stringMatching(before);
  const probes = ['a', 'ab', 'A1', 'a b', 'a-b_c/d.e', 'a,b;c@d', '测试', 'é', '', ...fc.sample(arbitrary, { seed: 1, numRuns: 500 })];
  return probes.find((s) => before.test(s) && !after.test(s));
}

// ---------------------------------------------------------------------------------------------
// The operation: its existence and name, how each parameter travels, its responses.

function operationsOf(bundle: any): Map<string, any> {
  const out = new Map<string, any>();
  for (const [path, item] of Object.entries<any>(bundle.paths ?? {}))
    for (const [method, op] of Object.entries<any>(resolve(bundle, item) ?? {}))
      if (isObject(op) && op.operationId) out.set(`${method.toUpperCase()} ${path}`, op);
  return out;
}

const ENCODING = ['in', 'style', 'explode', 'x-acs-style'];

/** What goes on the wire of a path key: an RPC action's `/#Action=<name>` is sent as `/`. */
function wirePath(key: string): string {
  return key.split('#')[0]!;
}

function compareOperations(base: any, head: any, add: Add): void {
  const before = operationsOf(base);
  const after = operationsOf(head);
  const matched = new Set<string>();
  for (const [key, op] of before) {
    let now = after.get(key);
    if (!now) {
      // Under another path key: the same operationId moved.
      const moved = [...after].find(([k, o]) => !before.has(k) && o.operationId === op.operationId);
      if (moved) {
        const [newKey] = moved;
        now = moved[1];
        matched.add(newKey);
        if (wirePath(newKey) === wirePath(key))
          add('info', 'operation-path-key-changed', key, `now ${newKey}; the same request on the wire`);
        else add('breaking', 'operation-path-changed', key, `${op.operationId} moved to ${newKey}`);
      }
    } else matched.add(key);
    if (!now) {
      add('breaking', 'operation-removed', key, `operation ${op.operationId} was removed`);
      continue;
    }
    if (now.operationId !== op.operationId)
      add('breaking', 'operationId-renamed', key, `operationId ${op.operationId} became ${now.operationId}`);
    compareParameters(base, head, op, now, add);
    compareResponses(base, head, key, op, now, add);
    compareRequirements(key, op.security ?? base.security, now.security ?? head.security, add);
  }
  for (const [key, op] of after) if (!matched.has(key)) add('info', 'operation-added', key, `operation ${op.operationId} was added`);
}

function compareParameters(baseDoc: any, headDoc: any, op: any, now: any, add: Add): void {
  const index = (doc: any, operation: any) =>
    new Map<string, any>((operation.parameters ?? []).map((ref: any) => resolve(doc, ref)).map((p: any) => [`${p.in} ${p.name}`, p]));
  const before = index(baseDoc, op);
  const after = index(headDoc, now);
  for (const [key, param] of before) {
    const current = after.get(key);
    if (!current) {
      add('breaking', 'parameter-removed', `parameter ${key}`, `${param.name} (${param.in}) was removed`);
      continue;
    }
    for (const field of ENCODING)
      if (JSON.stringify(param[field]) !== JSON.stringify(current[field]))
        add(
          'breaking',
          'parameter-encoding-changed',
          `parameter ${key}`,
          `${field} ${JSON.stringify(param[field])} became ${JSON.stringify(current[field])}`,
        );
    if (param.required !== true && current.required === true)
      add('breaking', 'parameter-made-required', `parameter ${key}`, `${param.name} is now required`);
    // Business parameters are compared, nested, through the request schema; the signature and
    // protocol ones (Action, Version, x-acs-*) only here.
    if (param['x-acs-common'] !== undefined || param.in === 'header')
      compareSchema(
        inlineRefs(baseDoc, param.schema ?? {}, { dangling: 'empty' }),
        inlineRefs(headDoc, current.schema ?? {}, { dangling: 'empty' }),
        `parameter ${key}`,
        'request',
        add,
      );
  }
  for (const [key, param] of after)
    if (!before.has(key))
      add(
        param.required ? 'breaking' : 'info',
        param.required ? 'parameter-added-required' : 'parameter-added',
        `parameter ${key}`,
        `${param.name} was added`,
      );
}

function compareResponses(baseDoc: any, headDoc: any, key: string, op: any, now: any, add: Add): void {
  for (const [status, ref] of Object.entries<any>(op.responses ?? {})) {
    const response = resolve(baseDoc, ref);
    const current = now.responses?.[status] ? resolve(headDoc, now.responses[status]) : undefined;
    if (!current) {
      add('breaking', 'response-status-removed', `${key} ${status}`, `HTTP ${status} is no longer documented`);
      continue;
    }
    for (const type of Object.keys(response.content ?? {}))
      if (!current.content?.[type]) add('breaking', 'response-media-type-removed', `${key} ${status}`, `${type} is no longer answered`);
    for (const type of Object.keys(current.content ?? {}))
      if (!response.content?.[type]) add('info', 'response-media-type-added', `${key} ${status}`, `${type} may now be answered`);
    for (const header of Object.keys(response.headers ?? {}))
      if (!current.headers?.[header])
        add('warning', 'response-header-removed', `${key} ${status}`, `header ${header} is no longer documented`);
  }
  for (const status of Object.keys(now.responses ?? {}))
    if (!op.responses?.[status]) add('info', 'response-status-added', `${key} ${status}`, `HTTP ${status} is now documented`);
}

// ---------------------------------------------------------------------------------------------
// The Alibaba extensions: cross-field rules, error codes and whether they are retryable.

function compareRules(base: any, head: any, add: Add): void {
  const names = (schema: any) =>
    new Map<string, any>((schema?.allOf ?? []).map((rule: any) => [String(rule.$comment ?? '').split(':')[0], rule]));
  const before = names(base);
  const after = names(head);
  for (const [name, rule] of after) {
    if (!before.has(name)) add('breaking', 'cross-field-rule-added', `rule ${name}`, 'a request that passed may now be refused');
    else if (JSON.stringify(before.get(name)) !== JSON.stringify(rule))
      add('warning', 'cross-field-rule-changed', `rule ${name}`, 'the rule now checks something else');
  }
  for (const name of before.keys())
    if (!after.has(name)) add('info', 'cross-field-rule-removed', `rule ${name}`, 'requests it refused are now accepted');
}

function errorsOf(bundle: any): Map<string, { status: number; retryable: boolean }> {
  const out = new Map<string, { status: number; retryable: boolean }>();
  for (const example of Object.values<any>(bundle.components?.examples ?? {}))
    if (typeof example?.value?.Code === 'string' && typeof example['x-acs-http-status'] === 'number')
      out.set(example.value.Code, { status: example['x-acs-http-status'], retryable: example['x-acs-retryable'] === true });
  return out;
}

function compareErrors(base: any, head: any, add: Add): void {
  const before = errorsOf(base);
  const after = errorsOf(head);
  for (const [code, { status, retryable }] of before) {
    const now = after.get(code);
    if (!now) add('breaking', 'error-code-removed', `error ${code}`, `${code} (HTTP ${status}) is no longer documented`);
    else {
      if (now.status !== status)
        add('breaking', 'error-status-changed', `error ${code}`, `${code} moved from HTTP ${status} to ${now.status}`);
      if (retryable && !now.retryable) add('warning', 'error-no-longer-retryable', `error ${code}`, `${code} is no longer retried`);
      if (!retryable && now.retryable) add('info', 'error-now-retryable', `error ${code}`, `${code} is now retried`);
    }
  }
  for (const [code, { status }] of after)
    if (!before.has(code)) add('info', 'error-code-added', `error ${code}`, `${code} (HTTP ${status}) is now documented`);
}

function compareSecurity(base: any, head: any, add: Add): void {
  const before = base.components?.securitySchemes ?? {};
  const after = head.components?.securitySchemes ?? {};
  for (const [name, ref] of Object.entries<any>(before)) {
    const scheme = resolve(base, ref);
    const now = after[name] ? resolve(head, after[name]) : undefined;
    if (!now) {
      add('breaking', 'security-scheme-removed', `security ${name}`, `${name} was removed`);
      continue;
    }
    for (const field of ['type', 'in', 'name', 'scheme', 'x-acs-signature-algorithm'])
      if (JSON.stringify(scheme[field]) !== JSON.stringify(now[field]))
        add(
          'breaking',
          'security-scheme-changed',
          `security ${name}`,
          `${field} ${JSON.stringify(scheme[field])} became ${JSON.stringify(now[field])}`,
        );
  }
  for (const name of Object.keys(after))
    if (!(name in before)) add('info', 'security-scheme-added', `security ${name}`, `${name} was added`);
}

function compareRequirements(key: string, before: any[] | undefined, after: any[] | undefined, add: Add): void {
  const names = (list: any[] | undefined) => new Set((list ?? []).map((r) => Object.keys(r).sort().join('+')));
  const was = names(before);
  const is = names(after);
  for (const name of was)
    if (!is.has(name)) add('breaking', 'security-requirement-removed', key, `${name || 'no authentication'} is no longer accepted`);
  for (const name of is)
    if (!was.has(name)) add('info', 'security-requirement-added', key, `${name || 'no authentication'} is now accepted`);
}

/** Names of the component schemas a response body or header uses, directly or through others. */
function responseSchemaNames(bundle: any): Set<string> {
  const names = new Set<string>();
  const visit = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const match = typeof node.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(node.$ref) : null;
    if (match && !names.has(match[1]!)) {
      names.add(match[1]!);
      visit(bundle.components?.schemas?.[match[1]!]);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'examples' && key !== 'example') visit(value);
  };
  for (const item of Object.values<any>(bundle.paths ?? {}))
    for (const op of Object.values<any>(resolve(bundle, item) ?? {}))
      for (const response of Object.values<any>(op?.responses ?? {})) visit(resolve(bundle, response));
  return names;
}

/** A readable changelog of every change, grouped by level: what CI prints. */
export function changelogMarkdown(changes: Change[], title: string): string {
  const sections = [...LEVELS].reverse().map((level) => {
    const rows = changes.filter((c) => c.level === level);
    if (rows.length === 0) return '';
    return [`### ${level} (${rows.length})`, '', ...rows.map((c) => `- \`${c.rule}\` ${c.path}: ${c.detail}`)].join('\n');
  });
  return [`## ${title}`, '', changes.length === 0 ? 'No changes.' : sections.filter(Boolean).join('\n\n'), ''].join('\n');
}
