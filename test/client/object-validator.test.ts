// The client's request validators are composed from one generated validator per distinct parameter
// schema (src/client/object-validator.ts), so the whole client carries each shared parameter once.
// The reference is Ajv itself: each action's whole derived request schema compiled at test time.
// For every action, fixed edge cases and a seeded fuzz of mutated requests must give the same
// verdict and the same errors (path, schema path, keyword, params, message, order).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import requestSchemas from '../../generated/request-schemas.json' with { type: 'json' };
import * as validators from '../../generated/request-validator.ts';
import { actions } from '../../generated/types.ts';
import type { RequestValidator } from '../../src/client/validate.ts';
import { exampleRequest } from '../support/requests.ts';

const FUZZ_PER_ACTION = 300;

function reference(action: string): RequestValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile((requestSchemas.$defs as Record<string, object>)[`${action}Request`]!) as RequestValidator;
}

/** Every property name at any depth of a schema, so the fuzz can add known fields with bad values. */
function propertyNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, into);
  else if (schema && typeof schema === 'object')
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') for (const name of Object.keys(value as object)) into.add(name);
      if (!key.startsWith('x-')) propertyNames(value, into);
    }
  return into;
}

/** A value that meets a rule's `if` (its required properties at their `const`), so its `then` applies. */
function meeting(condition: any): unknown {
  if ('const' in condition) return condition.const;
  return Object.fromEntries((condition.required ?? []).map((name: string) => [name, meeting(condition.properties?.[name] ?? {})]));
}

/** A small seeded generator (mulberry32): the same inputs on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  600,
  601,
  65536,
  '',
  'x',
  'a b',
  'é',
  'HTTPS',
  'a'.repeat(300),
  [],
  [{}],
  ['x'],
  {},
  { x: 1 },
];

function mutate(request: unknown, names: string[], next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const copy = structuredClone(request) as Record<string, unknown>;
  // Walk down a random way, then change what is there.
  let node: any = copy;
  while (node && typeof node === 'object' && next() < 0.6) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const child = node[pick(keys)];
    if (!child || typeof child !== 'object') break;
    node = child;
  }
  if (!node || typeof node !== 'object') return copy;
  const keys = Object.keys(node);
  const roll = next();
  if (roll < 0.25 && keys.length) delete node[pick(keys)];
  else if (roll < 0.6 && keys.length) node[pick(keys)] = structuredClone(pick(VALUES));
  else if (roll < 0.9) node[Array.isArray(node) ? node.length : pick(names)] = structuredClone(pick(VALUES));
  else node[`Unknown${Math.floor(next() * 3)}`] = 1;
  return copy;
}

describe.each(actions)('%s: the composed validator answers as Ajv does on the whole schema', (action) => {
  const composed = (validators as unknown as Record<string, RequestValidator>)[`validate${action}`]!;
  const whole = reference(action);
  const names = [...propertyNames((requestSchemas.$defs as Record<string, object>)[`${action}Request`])];
  const same = (input: unknown) => {
    const verdict = whole(input);
    expect(composed(input), JSON.stringify(input)).toBe(verdict);
    expect(composed.errors ?? null, JSON.stringify(input)).toEqual(whole.errors ?? null);
    return verdict;
  };

  it('on the example request, on requests that are no object, and on inherited and unknown keys', () => {
    expect(same(exampleRequest(action))).toBe(true);
    for (const input of [null, undefined, [], 'x', 1, true, {}, { Unknown: 1 }]) same(input);
    same(Object.assign(Object.create({ Inherited: 1 }), exampleRequest(action)));
  });

  it('on a request that breaks every cross-field rule, misses a required parameter and has an unknown one', () => {
    const schema = (requestSchemas.$defs as Record<string, any>)[`${action}Request`];
    const request: Record<string, unknown> = { ...exampleRequest(action), Unknown: 1 };
    for (const rule of schema.allOf ?? []) Object.assign(request, meeting(rule.if));
    delete request[schema.required[0]];
    expect(same(request)).toBe(false);
    expect(whole.errors!.some((e) => e.schemaPath.startsWith('#/allOf/'))).toBe(Boolean(schema.allOf));
  });

  it(`on ${FUZZ_PER_ACTION} mutated requests, about half of them invalid`, () => {
    const next = random(actions.indexOf(action) + 1);
    let request: unknown = exampleRequest(action);
    let invalid = 0;
    for (let i = 0; i < FUZZ_PER_ACTION; i++) {
      const input = mutate(i % 4 === 0 ? exampleRequest(action) : request, names, next);
      if (!same(input)) invalid++;
      else request = input;
    }
    // The fuzz reached both verdicts (it would prove little otherwise).
    expect(invalid).toBeGreaterThan(FUZZ_PER_ACTION / 5);
    expect(invalid).toBeLessThan(FUZZ_PER_ACTION);
  });
});
