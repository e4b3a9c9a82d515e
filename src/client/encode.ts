// Alibaba's percent-encoding (RFC 3986): only A-Z a-z 0-9 - _ . ~ stay as they are, so `*` is
// %2A and a space is %20 (never `+`). Both signatures canonicalise with it.
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `k=v&k=v`, keys sorted by UTF-16 code unit (plain JS sort, as the official SDK does), both encoded. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join('&');
}
