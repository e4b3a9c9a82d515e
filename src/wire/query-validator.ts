// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Validates a request as it arrives on the wire (flat string keys and values) against the wire form
// of the contract (generated/openapi.wire.json): every key is checked against its own parameter's
// schema after the string is read as the parameter's type. The mock, the conformance suite and the
// tests use it; it knows nothing about any particular parameter. An array with no stated count is
// listed in the wire form only up to a bound (`x-acs-wire-of.repeatsPast`): a key of a later item
// is checked like the same key of the last listed item, never refused for its index.
import { invalidParameterMessage, missingParameterMessage } from './messages.ts';

export interface WireViolation {
  /** The wire name: `ListenerPort`, `DefaultActions.1.Type`, `x-acs-date`. */
  parameter: string;
  code: 'MissingParameter' | 'InvalidParameter';
  message: string;
}

export interface WireRequest {
  query: Record<string, string>;
  /** Header names in any case. */
  headers?: Record<string, string>;
}

export interface WireCheck {
  violations: WireViolation[];
  /** Query keys the contract does not define (the service ignores them; a client sending one has a typo). */
  unknownKeys: string[];
  /** Keys of items past a wire bound, with the nested path each stands for (`Tag[24].Key`). */
  repeatedKeys: RepeatedKey[];
}

export interface RepeatedKey {
  key: string;
  path: string;
  type: string | undefined;
}

interface WireParameter {
  name: string;
  in: 'query' | 'header';
  required: boolean;
  type: string | undefined;
  requiredWhenAnyKeyUnder: string | undefined;
  validate: SchemaValidator;
}

/** A compiled schema, as Ajv makes one (at run time, or standalone at build time). */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: Array<{ message?: string }> | null };
/** Turns a schema into its validator: Ajv at run time (wire/ajv.ts), or a lookup of validators compiled at build time. */
export type CompileSchema = (schema: unknown) => SchemaValidator;

/** The last listed item's key of an open array: `<prefix>.<bound>.<rest>`. */
interface Repeating {
  param: WireParameter;
  prefix: string;
  rest: string;
  bound: number;
  /** The nested path before and after the item's index. */
  sourcePrefix: string;
  sourceRest: string;
}

/** `parameters`: one operation's parameters in the wire form. */
export function createWireValidator(parameters: Array<Record<string, any>>, compile: CompileSchema): (request: WireRequest) => WireCheck {
  const params: WireParameter[] = parameters.map((p) => ({
    name: p.in === 'header' ? String(p.name).toLowerCase() : String(p.name),
    in: p.in,
    required: p.required === true,
    type: p.schema?.type,
    requiredWhenAnyKeyUnder: p['x-acs-wire-of']?.requiredWhenAnyKeyUnder,
    validate: compile(p.schema ?? {}),
  }));
  const queryNames = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  const repeating: Repeating[] = [];
  parameters.forEach((p, i) => {
    const past = p['x-acs-wire-of']?.repeatsPast;
    if (!past) return;
    const listedItem = `${past.prefix}.${past.bound}`;
    const sourceItem = `${past.sourcePrefix}[${past.bound - 1}]`;
    repeating.push({
      param: params[i]!,
      prefix: past.prefix,
      rest: String(p.name).slice(listedItem.length),
      bound: past.bound,
      sourcePrefix: past.sourcePrefix,
      sourceRest: String(p['x-acs-wire-of'].path).slice(sourceItem.length),
    });
  });
  const repeatedKey = (key: string): { param: WireParameter; path: string } | undefined => {
    for (const r of repeating) {
      if (!key.startsWith(`${r.prefix}.`) || !key.endsWith(r.rest)) continue;
      const index = key.slice(r.prefix.length + 1, key.length - r.rest.length);
      if (/^[1-9]\d{0,5}$/.test(index) && Number(index) > r.bound)
        return { param: r.param, path: `${r.sourcePrefix}[${Number(index) - 1}]${r.sourceRest}` };
    }
    return undefined;
  };

  const isBadIndex = isBadIndexOf((key) => queryNames.has(key) || (repeating.length > 0 && repeatedKey(key) !== undefined));

  return ({ query, headers = {} }) => {
    const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const keys = Object.keys(query);
    const violations: WireViolation[] = [];
    for (const param of params) {
      const raw = param.in === 'query' ? query[param.name] : lowerHeaders[param.name];
      if (raw === undefined) {
        const prefix = param.requiredWhenAnyKeyUnder;
        const needed = param.required || (prefix !== undefined && keys.some((k) => k === prefix || k.startsWith(`${prefix}.`)));
        if (needed)
          violations.push({
            parameter: param.name,
            code: 'MissingParameter',
            message: missingParameterMessage(param.name),
          });
        continue;
      }
      const violation = checkValue(param.name, param, raw);
      if (violation) violations.push(violation);
    }
    const unknownKeys: string[] = [];
    const repeatedKeys: RepeatedKey[] = [];
    for (const key of keys) {
      if (queryNames.has(key)) continue;
      const repeated = repeating.length > 0 ? repeatedKey(key) : undefined;
      if (!repeated) {
        if (isBadIndex(key)) violations.push(badIndex(key));
        else unknownKeys.push(key);
        continue;
      }
      repeatedKeys.push({ key, path: repeated.path, type: repeated.param.type });
      const violation = checkValue(key, repeated.param, query[key]!);
      if (violation) violations.push(violation);
    }
    return { violations, unknownKeys, repeatedKeys };
  };
}

/**
 * A key of a list whose index is not one the flattening makes (`JobIds.0`, `Tag.01.Key`): the
 * same key with the index written as 1 is a parameter. The service numbers list items from 1, so
 * such a key is an invalid parameter, never one silently ignored (an assumption: no source shows
 * the service's answer; openapi/README.md says why).
 */
const isBadIndexOf =
  (known: (key: string) => boolean) =>
  (key: string): boolean => {
    const segments = key.split('.');
    let bad = false;
    const fixed = segments.map((segment) => {
      if (!/^\d+$/.test(segment) || /^[1-9]\d*$/.test(segment)) return segment;
      bad = true;
      return '1';
    });
    return bad && known(fixed.join('.'));
  };

function badIndex(key: string): WireViolation {
  return { parameter: key, code: 'InvalidParameter', message: invalidParameterMessage(key, 'list items are numbered from 1') };
}

function checkValue(name: string, param: WireParameter, raw: string): WireViolation | undefined {
  const value = readAs(param.type, raw);
  if (value === undefined)
    return {
      parameter: name,
      code: 'InvalidParameter',
      message: invalidParameterMessage(name, `"${shorten(raw)}" is not a valid ${param.type}`),
    };
  if (param.validate(value)) return undefined;
  const reason = (param.validate.errors ?? []).map((e) => e.message).join('; ');
  return { parameter: name, code: 'InvalidParameter', message: invalidParameterMessage(name, reason) };
}

/** Reads a wire string as the schema's type; undefined when it cannot be one. */
function readAs(type: string | undefined, raw: string): unknown {
  if (type === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
  if (type === 'number') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
  // Exactly "true" or "false": unlike z.coerce.boolean(), "false" never becomes true.
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  return raw;
}

function shorten(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}
