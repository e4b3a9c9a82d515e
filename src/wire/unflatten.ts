// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The flat wire parameters back into the nested request they came from (`DefaultActions.1.Type`
// → `DefaultActions[0].Type`), typed by each wire parameter's schema, as the contract's cross-field
// rules expect them. Driven by the wire form's `x-acs-wire-of` paths.
export interface WireParameterShape {
  name: string;
  in: string;
  schema?: { type?: string };
  'x-acs-wire-of'?: { path: string };
  'x-acs-common'?: string;
}

/** `repeated`: keys past a wire bound, as the wire validator resolved them (`WireCheck.repeatedKeys`). */
export function unflattenRpcParams(
  parameters: WireParameterShape[],
  params: Record<string, string>,
  repeated: ReadonlyArray<{ key: string; path: string; type: string | undefined }> = [],
): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const param of parameters) {
    if (param.in !== 'query') continue;
    const raw = params[param.name];
    if (raw === undefined) continue;
    const path = param['x-acs-wire-of']?.path ?? param.name;
    setPath(nested, path, typed(param.schema?.type, raw));
  }
  for (const { key, path, type } of repeated) setPath(nested, path, typed(type, params[key]!));
  return nested;
}

function typed(type: string | undefined, raw: string): unknown {
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return raw;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: any = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]!);
    if (last) node[key] = value;
    else node = node[key] ??= nextIsIndex ? [] : {};
  });
}
