// The one thing the transport needs from the platform: send one request and read the whole
// answer, within a time limit, stopping early if the caller aborts. Two implementations:
// http-fetch.ts (any `fetch`; the universal entry) and http-node.ts (node:http; the Node entry).
export interface HttpRequest {
  /** Scheme, host and port, e.g. `https://alb.cn-hangzhou.aliyuncs.com`. */
  origin: string;
  /** Path and query, e.g. `/?ListenerPort=80&...`. */
  path: string;
  method: string;
  /** Header names in lower case; never `host` (the platform sets it from the URL, as signed). */
  headers: Record<string, string>;
  timeoutMs: number;
  /** The caller's signal: when it aborts, the send rejects with its reason. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** The `content-type` header, or '' when there is none. */
  contentType: string;
  /** The `x-acs-retry-after` header (milliseconds to wait, on throttling errors), when present. */
  retryAfter?: string;
  text: string;
}

export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/** A send rejects with this when its time limit passed (the transport makes it an AlbTimeoutError). */
export class SendTimeout extends Error {
  override readonly name = 'SendTimeout';
}
