// Alibaba's RPC flattening of nested parameters (the official SDK's `OpenApiUtil.query` rules):
//   objects -> `Parent.Child`, arrays -> `Parent.1`, `Parent.2` (1-based),
//   booleans -> "true"/"false", numbers -> their decimal form,
//   null/undefined values are skipped; a skipped array item still consumes its index.
export type RpcValue = string | number | boolean | null | undefined | RpcValue[] | { [key: string]: RpcValue };

export function flattenRpcParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) put(out, key, value);
  return out;
}

function put(out: Record<string, string>, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => put(out, `${key}.${index + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [child, childValue] of Object.entries(value)) put(out, `${key}.${child}`, childValue);
  } else {
    out[key] = String(value);
  }
}
