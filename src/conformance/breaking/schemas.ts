// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON Schemas of any shape.
// Two versions of a schema compared keyword by keyword, in the direction of the data: a request
// schema that accepts less breaks a request that worked; a response schema that may hold more
// breaks a client that never expected it. Each keyword's effect (narrower, wider, both) is data
// below; which rule a change hits follows from the effect and the direction (rules.ts).
import fc from 'fast-check';
import { ANNOTATION_KEYWORDS } from '../../openapi/annotations.ts';
import type { RuleId } from './rules.ts';

export type Direction = 'request' | 'response';
/** What a keyword change does to the set of values a schema admits. */
export type Effect = 'narrower' | 'wider' | 'both' | undefined;
export type Report = (rule: RuleId, path: string, detail: string) => void;

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
const UNCHECKED = new Set([...ANNOTATION_KEYWORDS, 'xml', 'deprecated', 'readOnly', 'writeOnly', '$schema', '$id']);

/** The rule a keyword change with this effect hits, for data flowing in this direction. */
function ruleFor(keyword: string, effect: Effect, direction: Direction): RuleId {
  const breaks = direction === 'request' ? effect !== 'wider' : effect !== 'narrower';
  if (keyword === 'type')
    return direction === 'request'
      ? breaks
        ? 'request-type-changed'
        : 'request-type-widened'
      : breaks
        ? 'response-type-changed'
        : 'response-type-narrowed';
  if (direction === 'request') return breaks ? 'limit-narrowed' : 'limit-widened';
  return breaks ? 'response-widened' : 'response-narrowed';
}

/**
 * Reports every change between two schemas. `ignore`: keywords compared elsewhere (the request
 * schema's `allOf` is its cross-field rules, compared one by one).
 */
export function compareSchema(
  base: any,
  head: any,
  path: string,
  direction: Direction,
  report: Report,
  ignore: ReadonlySet<string> = new Set(),
): void {
  if (!isObject(base) || !isObject(head)) return;
  for (const rule of SCHEMA_RULES) {
    const effect = rule.effect(base[rule.keyword], head[rule.keyword]);
    if (!effect) continue;
    if (rule.keyword === 'required') {
      compareRequired(base, head, path, direction, report);
      continue;
    }
    if (rule.keyword === 'enum' && Array.isArray(base.enum) && Array.isArray(head.enum)) {
      // One change per value, so each can be acknowledged on its own.
      const after = new Set(head.enum.map(String));
      const before = new Set(base.enum.map(String));
      for (const value of base.enum)
        if (!after.has(String(value)))
          report(
            direction === 'request' ? 'enum-value-removed' : 'response-enum-value-removed',
            path,
            `value ${JSON.stringify(value)} is no longer allowed`,
          );
      for (const value of head.enum)
        if (!before.has(String(value)))
          report(
            direction === 'request' ? 'request-enum-value-added' : 'response-enum-value-added',
            path,
            `value ${JSON.stringify(value)} is now allowed`,
          );
      continue;
    }
    report(ruleFor(rule.keyword, effect, direction), path, rule.detail(base[rule.keyword], head[rule.keyword]));
  }
  // Any other keyword (allOf, oneOf, not, if/then/else, contains, patternProperties,
  // dependentRequired, default, ...) whose value changed: a warning, so nothing that may break a
  // client passes unseen; the rules above give the ones this contract uses a direction.
  for (const keyword of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (DIRECTED.has(keyword) || UNCHECKED.has(keyword) || ignore.has(keyword) || keyword.startsWith('x-')) continue;
    if (JSON.stringify(base[keyword]) !== JSON.stringify(head[keyword]))
      report(
        'schema-keyword-changed',
        path,
        `${keyword} ${JSON.stringify(base[keyword]) ?? 'none'} became ${JSON.stringify(head[keyword]) ?? 'none'}`.slice(0, 300),
      );
  }
  for (const [name, schema] of Object.entries<any>(base.properties ?? {})) {
    const now = head.properties?.[name];
    if (!now)
      report(
        `${direction}-field-removed`,
        `${path}.${name}`,
        direction === 'request' ? `${name} was removed or renamed` : `${name} was removed`,
      );
    else compareSchema(schema, now, `${path}.${name}`, direction, report);
  }
  for (const name of Object.keys(head.properties ?? {}))
    if (!base.properties?.[name] && !(head.required ?? []).includes(name))
      report(`${direction}-field-added`, `${path}.${name}`, `${name} was added`);
  if (base.items && head.items) compareSchema(base.items, head.items, `${path}[]`, direction, report);
  for (const [i, item] of (base.prefixItems ?? []).entries())
    compareSchema(item, head.prefixItems?.[i], `${path}[${i}]`, direction, report);
}

/** `required`, per field: a request field made required breaks; a response field that may be absent breaks. */
function compareRequired(base: any, head: any, path: string, direction: Direction, report: Report): void {
  const before = new Set<string>(base.required ?? []);
  const after = new Set<string>(head.required ?? []);
  if (direction === 'request') {
    for (const name of after) if (!before.has(name)) report('request-field-made-required', `${path}.${name}`, `${name} is now required`);
    for (const name of before) if (!after.has(name)) report('request-field-made-optional', `${path}.${name}`, `${name} is now optional`);
    return;
  }
  for (const name of before)
    if (!after.has(name) && head.properties?.[name])
      report('response-field-no-longer-required', `${path}.${name}`, `${name} may now be absent`);
  const made = [...after].filter((name) => !before.has(name));
  if (made.length > 0) report('response-narrowed', path, `now requires ${made.join(', ')}`);
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
