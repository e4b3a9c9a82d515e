// Throttling as every official runtime sees it, so the client honours each signal any of them
// honours (the union), within its retry budget:
//   @alicloud/openapi-core 1.0.8: a code that contains `Throttling` is throttling; the wait is
//     `x-acs-retry-after` (ms).
//   @alicloud/openapi-core HEAD (8b916ca): any 4xx or 5xx with a positive `x-acs-retry-after` is
//     throttling whatever its code; 0 or a non-number is ignored.
//   darabonba-openapi for Go v2.1.14 (what the Go SDK uses): only `Throttling`, `Throttling.User`
//     and `Throttling.Api` are throttling; the wait is the larger `TimeLeft` (ms) of
//     `x-ratelimit-user-api` and `x-ratelimit-user` (`Limit:5,Remain:0,TimeLeft:1500,Reset:…`).
// The spec documents each header on the 400 and 503 responses (openapi/components/headers/).

/** The response headers that carry a wait, by their lower-case names. */
export const THROTTLING_HEADERS = ['x-acs-retry-after', 'x-ratelimit-user-api', 'x-ratelimit-user'] as const;
export type ThrottlingHeaders = Partial<Record<(typeof THROTTLING_HEADERS)[number], string>>;

const GO_THROTTLING_CODES: ReadonlySet<string> = new Set(['Throttling', 'Throttling.User', 'Throttling.Api']);

export interface Throttling {
  /** Whether some runtime would treat this error as throttling. */
  throttled: boolean;
  /** The longest wait any signal asks for, in ms; undefined when none asks. */
  retryAfterMs: number | undefined;
}

export function readThrottling(code: string, status: number, headers: ThrottlingHeaders): Throttling {
  const acs = positive(headers['x-acs-retry-after']);
  const goCode = GO_THROTTLING_CODES.has(code);
  const timeLeft = goCode ? maxDefined(timeLeftOf(headers['x-ratelimit-user-api']), timeLeftOf(headers['x-ratelimit-user'])) : undefined;
  return {
    throttled: code.includes('Throttling') || (acs !== undefined && status >= 400),
    retryAfterMs: maxDefined(acs, timeLeft),
  };
}

/** Milliseconds from a header of digits; undefined when absent, zero or not a number. */
export function positive(header: string | undefined): number | undefined {
  if (header === undefined || !/^\s*\d{1,9}\s*$/.test(header)) return undefined;
  const value = Number(header);
  return value > 0 ? value : undefined;
}

/** `TimeLeft` of a `Key:value,…` rate-limit header. */
function timeLeftOf(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(',')) {
    const [key, value] = pair.split(':');
    if (key?.trim() === 'TimeLeft') return positive(value);
  }
  return undefined;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}
