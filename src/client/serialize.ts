// orval's paramsSerializer: the query string of the request, flattened by Alibaba's rules and
// encoded as the signatures canonicalise it (sorted, RFC 3986).
import { canonicalEntries } from './encode.ts';
import { flattenRpcEntries } from './flatten.ts';

export function serializeRpcQuery(params: Record<string, unknown> | undefined): string {
  return canonicalEntries(flattenRpcEntries(params ?? {}));
}
