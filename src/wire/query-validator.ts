// Validates a request as it arrives on the wire (flat string keys and values) against the wire form
// of the contract (generated/openapi.wire.json): every key is checked against its own parameter's
// schema after the string is read as the parameter's type. Used by tests now and the mock later;
// it knows nothing about any particular parameter.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

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
}

interface WireParameter {
  name: string;
  in: 'query' | 'header';
  required: boolean;
  type: string | undefined;
  requiredWhenAnyKeyUnder: string | undefined;
  validate: ValidateFunction;
}

type Doc = { paths: Record<string, { post: { parameters: Array<Record<string, any>> } }> };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export function createAjv(): Ajv2020 {
  // strict: false because OpenAPI schemas carry `xml`, `example` and `x-` keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  return ajv;
}

export function createWireValidator(wireDoc: Doc): (request: WireRequest) => WireCheck {
  const ajv = createAjv();
  const params: WireParameter[] = wireDoc.paths['/']!.post.parameters.map((p) => ({
    name: p.in === 'header' ? String(p.name).toLowerCase() : String(p.name),
    in: p.in,
    required: p.required === true,
    type: p.schema?.type,
    requiredWhenAnyKeyUnder: p['x-acs-wire-of']?.requiredWhenAnyKeyUnder,
    validate: ajv.compile(p.schema ?? {}),
  }));
  const queryNames = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));

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
            message: `The input parameter "${param.name}" that is mandatory for processing this request is not supplied.`,
          });
        continue;
      }
      const value = readAs(param.type, raw);
      if (value === undefined) {
        violations.push({ parameter: param.name, code: 'InvalidParameter', message: `The parameter ${param.name} is invalid: "${shorten(raw)}" is not a valid ${param.type}.` });
      } else if (!param.validate(value)) {
        const reason = (param.validate.errors ?? []).map((e) => e.message).join('; ');
        violations.push({ parameter: param.name, code: 'InvalidParameter', message: `The parameter ${param.name} is invalid: ${reason}.` });
      }
    }
    return { violations, unknownKeys: keys.filter((k) => !queryNames.has(k)) };
  };
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
