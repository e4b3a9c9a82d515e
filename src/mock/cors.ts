// Which web pages may call the mock: every origin (`*`, the default), or a list. With a list, a page
// of another origin is refused (403), not only hidden, and the refusal itself is readable by that
// page (it names the origin and how to allow it) so the browser does not show a bare "Failed to
// fetch". The inspection API (`/__mock/`) answers same-origin pages, and the listed origins (a
// dev UI's "reset the mock" button); with `*` it answers same-origin pages only.

export type CorsOrigins = '*' | readonly string[];

/** `--cors-origin` values (repeated, or a comma list) as origins; throws TypeError naming a malformed one. */
export function parseCorsOrigins(values: string | readonly string[] | undefined): CorsOrigins {
  const list = (typeof values === 'string' ? [values] : (values ?? []))
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.length === 0 || list.includes('*')) {
    if (list.length > 1) throw new TypeError('a CORS origin list cannot mix * with origins');
    return '*';
  }
  for (const origin of list) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin)
      throw new TypeError(
        `${JSON.stringify(origin)} is not an origin (scheme://host[:port], no path, no trailing slash), e.g. http://localhost:5173`,
      );
  }
  return list;
}

export function originAllowed(origins: CorsOrigins, origin: string): boolean {
  return origins === '*' || origins.includes(origin);
}

const ALLOW_HEADERS =
  'authorization, content-type, accept, prefer, x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce, x-acs-content-sha256, x-acs-security-token, x-acs-accesskey-id, x-acs-credentials-provider, x-mock-session';

/** The CORS headers of an answer to a page on `origin` (undefined: no Origin header). */
export function corsHeadersFor(origins: CorsOrigins, origin: string | undefined): Record<string, string> {
  const allow = origins === '*' ? '*' : origin !== undefined && origins.includes(origin) ? origin : undefined;
  if (allow === undefined) return {};
  return {
    'access-control-allow-origin': allow,
    'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
    'access-control-allow-headers': ALLOW_HEADERS,
    'access-control-expose-headers': 'x-mock-ignored-parameters, x-acs-retry-after, x-ratelimit-user-api, x-ratelimit-user',
    ...(allow === '*' ? {} : { vary: 'Origin' }),
  };
}
