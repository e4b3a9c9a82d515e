// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Directional breaking-change rules between two versions of the contract (GitHub's ten, plus the
// RPC twins): for a request, anything that can make a request that worked fail is breaking; for a
// response, anything that can make a client's reading of it fail is breaking. Compared on the
// derived request schema (nested, inlined) and the bundle.
import fc from 'fast-check';
import { followRef as resolve, inlineRefs } from '../openapi/document.ts';

export interface ContractVersion {
  bundle: any;
  requestSchema: any;
}

export interface BreakingChange {
  rule: string;
  path: string;
  detail: string;
}

export function findBreakingChanges(base: ContractVersion, head: ContractVersion): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const add = (rule: string, path: string, detail: string) => changes.push({ rule, path, detail });

  // Operations: (3) removed, (1) operationId renamed.
  for (const [path, item] of Object.entries<any>(base.bundle.paths ?? {}))
    for (const [method, op] of Object.entries<any>(resolve(base.bundle, item) ?? {})) {
      if (typeof op !== 'object' || !op?.operationId) continue;
      const now = resolve(head.bundle, head.bundle.paths?.[path])?.[method];
      if (!now) add('operation-removed', `${method.toUpperCase()} ${path}`, `operation ${op.operationId} was removed`);
      else if (now.operationId !== op.operationId)
        add('operationId-renamed', `${method.toUpperCase()} ${path}`, `operationId ${op.operationId} became ${now.operationId}`);
    }

  // Requests: (2) parameter renamed/removed, (4)/(5) made required, (10) enum value removed, limits narrowed, type changed.
  compareRequest(base.requestSchema, head.requestSchema, 'request', add);

  // Responses: (6) field removed, (7) field type changed, (8) field no longer required; (9) schema removed.
  // Only schemas a response uses are compared as responses; request-only ones (Tag, ...) are
  // compared through the request schema above.
  const baseSchemas = base.bundle.components?.schemas ?? {};
  const headSchemas = head.bundle.components?.schemas ?? {};
  const inResponses = responseSchemaNames(base.bundle);
  for (const name of Object.keys(baseSchemas)) {
    if (!(name in headSchemas)) {
      add('schema-removed', `#/components/schemas/${name}`, `schema ${name} was removed`);
      continue;
    }
    if (inResponses.has(name))
      compareResponse(
        inlineRefs(base.bundle, baseSchemas[name], { dangling: 'empty' }),
        inlineRefs(head.bundle, headSchemas[name], { dangling: 'empty' }),
        `response ${name}`,
        add,
      );
  }

  // Errors: a documented code moved to another status, or was removed.
  const baseCodes = errorStatuses(base.bundle);
  const headCodes = errorStatuses(head.bundle);
  for (const [code, status] of baseCodes) {
    if (!headCodes.has(code)) add('error-code-removed', `error ${code}`, `${code} (HTTP ${status}) is no longer documented`);
    else if (headCodes.get(code) !== status)
      add('error-status-changed', `error ${code}`, `${code} moved from HTTP ${status} to ${headCodes.get(code)}`);
  }
  return changes;
}

type Add = (rule: string, path: string, detail: string) => void;

function compareRequest(base: any, head: any, path: string, add: Add): void {
  if (!base || !head) return;
  if (base.type !== head.type && base.type !== undefined) add('request-type-changed', path, `type ${base.type} became ${head.type}`);
  const headRequired = new Set<string>(head.required ?? []);
  const baseRequired = new Set<string>(base.required ?? []);
  for (const name of headRequired)
    if (!baseRequired.has(name)) add('request-field-made-required', `${path}.${name}`, `${name} is now required`);
  for (const [name, schema] of Object.entries<any>(base.properties ?? {})) {
    if (!head.properties?.[name]) add('request-field-removed', `${path}.${name}`, `${name} was removed or renamed`);
    else compareRequest(schema, head.properties[name], `${path}.${name}`, add);
  }
  if (base.items && head.items) compareRequest(base.items, head.items, `${path}[]`, add);
  if (Array.isArray(base.enum)) {
    const now = new Set(head.enum ?? []);
    for (const value of base.enum)
      if (head.enum && !now.has(value)) add('enum-value-removed', path, `value ${JSON.stringify(value)} is no longer allowed`);
  }
  const narrowed = (key: string, tighter: (a: number, b: number) => boolean) => {
    const a = base[key];
    const b = head[key];
    if (b !== undefined && (a === undefined || tighter(a, b))) add('limit-narrowed', path, `${key} ${a ?? 'none'} became ${b}`);
  };
  narrowed('minimum', (a, b) => b > a);
  narrowed('maximum', (a, b) => b < a);
  narrowed('minLength', (a, b) => b > a);
  narrowed('maxLength', (a, b) => b < a);
  narrowed('minItems', (a, b) => b > a);
  narrowed('maxItems', (a, b) => b < a);
  if (head.pattern !== undefined && head.pattern !== base.pattern) {
    const refused = base.pattern === undefined ? '' : lostMatch(base.pattern, head.pattern);
    if (refused !== undefined)
      add(
        'limit-narrowed',
        path,
        `pattern ${base.pattern ?? 'none'} became ${head.pattern}${refused ? ` (refuses ${JSON.stringify(refused)})` : ''}`,
      );
  }
}

/**
 * A string the old pattern accepts and the new one refuses, or undefined when none is found: the
 * change then widens (or keeps) what is accepted. Sampled from the old pattern (seeded, so the
 * verdict is the same on every run); a narrowing no sample reaches is missed.
 */
function lostMatch(basePattern: string, headPattern: string): string | undefined {
  const before = new RegExp(basePattern, 'u');
  const after = new RegExp(headPattern, 'u');
  // fast-check cannot generate from a negated class over all of Unicode; those draw Unicode strings.
  const arbitrary = /\[\^/.test(basePattern) ? fc.string({ unit: 'grapheme', maxLength: 12 }) : fc.stringMatching(before);
  const probes = ['a', 'ab', 'A1', 'a b', 'a-b_c/d.e', 'a,b;c@d', '测试', 'é', '', ...fc.sample(arbitrary, { seed: 1, numRuns: 500 })];
  return probes.find((s) => before.test(s) && !after.test(s));
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

function compareResponse(base: any, head: any, path: string, add: Add): void {
  if (!base || !head) return;
  if (base.type !== undefined && base.type !== head.type) add('response-type-changed', path, `type ${base.type} became ${head.type}`);
  const headRequired = new Set<string>(head.required ?? []);
  for (const name of base.required ?? [])
    if (!headRequired.has(name) && head.properties?.[name])
      add('response-field-no-longer-required', `${path}.${name}`, `${name} may now be absent`);
  for (const [name, schema] of Object.entries<any>(base.properties ?? {})) {
    if (!head.properties?.[name]) add('response-field-removed', `${path}.${name}`, `${name} was removed`);
    else compareResponse(schema, head.properties[name], `${path}.${name}`, add);
  }
  if (base.items && head.items) compareResponse(base.items, head.items, `${path}[]`, add);
}

function errorStatuses(bundle: any): Map<string, number> {
  const out = new Map<string, number>();
  for (const example of Object.values<any>(bundle.components?.examples ?? {}))
    if (typeof example?.value?.Code === 'string' && typeof example['x-acs-http-status'] === 'number')
      out.set(example.value.Code, example['x-acs-http-status']);
  return out;
}
