// Which answers a call is retried on: the policy itself, with the spec's retryable codes passed
// in, so the client (retry.ts, with the generated list) and the docs' error tables (at build
// time, from the bundle) state it once. What real clients retry: the codes the spec marks
// `x-acs-retryable`, any code containing `Throttling` (and, at run time, whatever a runtime reads
// as throttling: throttling.ts), and any 5xx.
export function retriesCode(code: string, status: number, retryableCodes: ReadonlySet<string>): boolean {
  return status >= 500 || code.includes('Throttling') || retryableCodes.has(code);
}

/** The policy in words, for the docs. */
export const RETRY_POLICY_TEXT =
  'The generated client retries a call, with the same `ClientToken` when the action takes one, on the codes marked "retried" (the ones the spec marks `x-acs-retryable`, each with its source, and any code containing `Throttling`), on any 5xx, on any 4xx or 5xx that carries a positive `x-acs-retry-after`, and on network failures and timeouts. It waits what the answer asks (`x-acs-retry-after`, or the `TimeLeft` of `x-ratelimit-user-api` / `x-ratelimit-user` on a throttling code), within its retry budget.';
