// Send over `fetch`: the global one (browsers, Node 20, workers) or one the caller injects.
import { SendTimeout, type Send } from './http.ts';

export function fetchSend(fetchImpl: typeof fetch): Send {
  return async ({ origin, path, method, headers, timeoutMs, signal }) => {
    // One controller for the time limit and the caller's signal (cheaper than AbortSignal.timeout + any).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetchImpl(`${origin}${path}`, { method, headers, signal: controller.signal });
      const text = await response.text();
      const retryAfter = response.headers.get('x-acs-retry-after') ?? undefined;
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        ...(retryAfter !== undefined ? { retryAfter } : {}),
        text,
      };
    } catch (error) {
      if (timedOut && !signal?.aborted) throw new SendTimeout(`no answer within ${timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
