// Alibaba's percent-encoding (RFC 3986): only A-Z a-z 0-9 - _ . ~ stay as they are, so `*` is
// %2A and a space is %20 (never `+`). Both signatures canonicalise with it.
export function percentEncode(value: string): string {
  // Most keys and values (IDs, flattened names, enums) need no encoding at all.
  if (UNRESERVED.test(value)) return value;
  const encoded = encodeURIComponent(value);
  return SUB_DELIMS.test(encoded) ? encoded.replace(SUB_DELIMS_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
// The characters encodeURIComponent leaves alone but RFC 3986 (and Alibaba) encode.
const SUB_DELIMS = /[!'()*]/;
const SUB_DELIMS_ALL = /[!'()*]/g;

/** `k=v&k=v`, keys sorted by UTF-16 code unit (plain JS sort, as the official SDK does), both encoded. */
export function canonicalQuery(params: Record<string, string>): string {
  return canonicalEntries(Object.entries(params));
}

/** The same from `[key, value]` pairs with distinct keys; sorts the array it is given. */
export function canonicalEntries(entries: Array<[string, string]>): string {
  entries.sort(byKey);
  let out = '';
  for (let i = 0; i < entries.length; i++) out += `${i ? '&' : ''}${percentEncode(entries[i]![0])}=${percentEncode(entries[i]![1])}`;
  return out;
}

const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
