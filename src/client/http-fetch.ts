// Send over `fetch`: the global one (browsers, Node 20, workers) or one the caller injects.
// Redirects are never followed (the ALB API does not redirect; following would send the signed
// request, STS token included, to another origin), and the body is read in chunks up to
// `maxResponseBytes`, so a huge answer is cut off instead of held.
import { pickHeaders, SendTimeout, SendTooLarge, type HttpResponse, type Send } from './http.ts';

export function fetchSend(fetchImpl: typeof fetch): Send {
  return async ({ origin, path, method, headers, timeoutMs, maxResponseBytes, signal }) => {
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
      const response = await fetchImpl(`${origin}${path}`, { method, headers, signal: controller.signal, redirect: 'manual' });
      const throttling = pickHeaders((name) => response.headers.get(name) ?? undefined);
      const location = response.headers.get('location') ?? undefined;
      const answer = {
        // A browser's opaque redirect has status 0: still a redirect.
        status: response.type === 'opaqueredirect' ? 0 : response.status,
        contentType: response.headers.get('content-type') ?? '',
        ...(throttling ? { throttling } : {}),
        ...(location !== undefined ? { location } : {}),
      };
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        await response.body?.cancel();
        return { ...answer, text: '' };
      }
      return { ...answer, text: await readText(response, maxResponseBytes) } satisfies HttpResponse;
    } catch (error) {
      if (timedOut && !signal?.aborted) throw new SendTimeout(`no answer within ${timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

async function readText(response: Response, maxBytes: number): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw new SendTooLarge(response.status);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SendTooLarge(response.status);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
