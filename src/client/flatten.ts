// Alibaba's RPC flattening of nested parameters (the official SDK's `OpenApiUtil.query` rules):
//   objects -> `Parent.Child`, arrays -> `Parent.1`, `Parent.2` (1-based),
//   booleans -> "true"/"false", numbers -> their decimal form,
//   null/undefined values are skipped; a skipped array item still consumes its index.
export type RpcValue = string | number | boolean | null | undefined | RpcValue[] | { [key: string]: RpcValue };

export function flattenRpcParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of flattenRpcEntries(params)) out[key] = value;
  return out;
}

/** The same as `[key, value]` pairs in input order: what the serializer sorts and encodes (no object of dynamic keys to build). */
export function flattenRpcEntries(params: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const key of Object.keys(params)) put(out, key, params[key]);
  return out;
}

function put(out: Array<[string, string]>, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) put(out, `${key}.${index + 1}`, value[index]);
  } else if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const child of Object.keys(object)) put(out, `${key}.${child}`, object[child]);
  } else {
    out.push([key, String(value)]);
  }
}
