// Headers a caller adds to every request (the client's `headers`) or to one call's: the mock's
// `x-mock-session` or `Prefer`, a tracing header. They travel unsigned, as the official SDK's
// signers sign only host, content-type and x-acs-*; so a header the transport sets or signs
// itself may not be given here (it would break the signature or the parsing of the answer).
const RESERVED = new Set(['host', 'authorization', 'accept', 'content-type', 'content-length', 'connection', 'transfer-encoding']);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VALUE = /^[\t\x20-\x7e]*$/;

/** The headers, lower-cased; a TypeError naming the header for one that cannot be sent. */
export function extraHeaders(headers: Record<string, string> | undefined, where: string): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (!TOKEN.test(name)) throw new TypeError(`${where}: ${JSON.stringify(name)} is not a header name`);
    if (RESERVED.has(lower) || lower.startsWith('x-acs-'))
      throw new TypeError(`${where}: ${name} is set by the client itself (it signs x-acs-* and sends Host, Authorization and Accept)`);
    if (typeof value !== 'string' || !VALUE.test(value))
      throw new TypeError(`${where}: the value of ${name} must be a string of visible ASCII (percent-encode anything else)`);
    checked[lower] = value;
  }
  return checked;
}
