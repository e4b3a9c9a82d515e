// Every parameter of the seed page is in the contract with the seed's type, required flag and
// every limit its description states. The seed table is parsed, so no parameter can be forgotten.
// Where a newer Alibaba source widened a limit or a character set (test/fixtures/
// fidelity-evidence.json), the contract holds the wider value, and everything the seed allows
// stays allowed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/wire/ajv.ts';
import { deref, operation, requestSchema } from '../support/spec.ts';
import { seedParameters, type SeedParameter } from '../support/seed.ts';

const evidence = JSON.parse(readFileSync(new URL('../fixtures/fidelity-evidence.json', import.meta.url), 'utf8'));
const widened = (name: string, keyword: string) => evidence.widenedLimits.find((l: any) => l.parameter === name && l.keyword === keyword);
const wideningOfCharacters = (name: string) =>
  evidence.characters.find((c: any) => c.parameter === name && c.sources.some((s: string) => s !== 'seed'));

const JSON_TYPE = { String: 'string', Integer: 'integer', Boolean: 'boolean', Object: 'object', Array: 'array' } as const;

interface Found {
  schema: any;
  required: boolean;
}

/** Finds a seed name anywhere in the nested request schema (the seed lists nested fields flat). */
function find(name: string, schema: any = requestSchema): Found | undefined {
  const node = schema.type === 'array' ? schema.items : schema;
  for (const [prop, child] of Object.entries<any>(node?.properties ?? {})) {
    if (prop === name) return { schema: child, required: (node.required ?? []).includes(prop) };
    const deeper = find(name, child);
    if (deeper) return deeper;
  }
  return undefined;
}

const parameters = seedParameters();
const business = parameters.filter((p) => p.name !== 'Action');

describe('seed request parameters', () => {
  it('parses the whole table of the seed page', () => {
    expect(parameters.length).toBe(37);
    expect(parameters.map((p) => p.name)).toContain('ServerGroupId');
  });

  it('models Action as the V1 query parameter whose only value is CreateListener', () => {
    const action = operation.parameters.map(deref).find((p: any) => p.name === 'Action' && p.in === 'query');
    expect(action.schema.enum).toEqual(['CreateListener']);
  });

  it.each(business.map((p) => [p.name, p] as const))('%s has the seed type, required flag and limits', (_name, seed: SeedParameter) => {
    const found = find(seed.name);
    expect(found, `${seed.name} is not in the contract`).toBeDefined();
    const { schema, required } = found!;
    expect(schema.type).toBe(JSON_TYPE[seed.type]);
    expect(required).toBe(seed.required);
    expect(typeof schema.description).toBe('string');
    for (const limit of statedLimits(seed.description)) {
      const newer = widened(seed.name, limit.keyword);
      if (newer) expect([newer.seed, schema[limit.keyword]], `${seed.name} ${limit.keyword} (widened)`).toEqual([limit.value, newer.value]);
      else expect(schema[limit.keyword], `${seed.name} ${limit.keyword}`).toEqual(limit.value);
    }
    const chars = statedCharacters(seed.description);
    if (chars) {
      const validate = createAjv().compile(schema);
      expect(validate(chars.allowed.slice(0, schema.maxLength ?? 40)), `${seed.name} accepts ${chars.allowed}`).toBe(true);
      // A newer source's character set (held in fidelity.test.ts) replaces the seed's refusals.
      if (!wideningOfCharacters(seed.name))
        for (const bad of chars.rejected) expect(validate(`ab${bad}cd`), `${seed.name} rejects "${bad}"`).toBe(false);
    }
  });
});

/** The limits a seed description states in words, as the schema keywords that must carry them. */
function statedLimits(description: string): Array<{ keyword: string; value: unknown }> {
  const limits: Array<{ keyword: string; value: unknown }> = [];
  const range = /Valid values: (\d+) to (\d+)\./.exec(description);
  if (range) limits.push({ keyword: 'minimum', value: Number(range[1]) }, { keyword: 'maximum', value: Number(range[2]) });
  const length = /must be (\d+) to (\d+) characters in length/.exec(description);
  if (length) limits.push({ keyword: 'minLength', value: Number(length[1]) }, { keyword: 'maxLength', value: Number(length[2]) });
  const cap = /cannot exceed (\d+) characters/.exec(description);
  if (cap) limits.push({ keyword: 'maxLength', value: Number(cap[1]) });
  const fallback = /Default value: ([\w.]+?)\.?(?: \(|\s|$)/.exec(description);
  if (fallback) limits.push({ keyword: 'default', value: /^\d+$/.test(fallback[1]!) ? Number(fallback[1]) : fallback[1] });
  const values = /Valid values: ((?:[A-Z]+, )+and [A-Z]+)\./.exec(description);
  if (values) limits.push({ keyword: 'enum', value: values[1]!.replace(' and ', ' ').split(/, | /) });
  return limits;
}

/** "can contain letters, digits, hyphens (-), ..." as a string of allowed characters and some rejected ones. */
function statedCharacters(description: string): { allowed: string; rejected: string[] } | undefined {
  const match = /can contain ([^.]*?\([^)]*\)[^.]*?)(?:\. |\.$| Regular)/.exec(description);
  if (!match) return undefined;
  const text = match[1]!;
  let allowed = '';
  const rejected = [' ', '@', '#'];
  if (/lowercase letters/.test(text)) {
    allowed += 'az';
    rejected.push('A');
  } else if (/letters/.test(text)) allowed += 'aZ';
  if (/digits/.test(text)) allowed += '09';
  for (const symbol of text.matchAll(/\((.)\)/g)) allowed += symbol[1];
  return { allowed, rejected };
}
