// The one thing the transport needs from the platform: send one request and read the whole
// answer, within a time limit, stopping early if the caller aborts. Two implementations:
// http-fetch.ts (any `fetch`; the universal entry) and http-node.ts (node:http; the Node entry).
import { THROTTLING_HEADERS, type ThrottlingHeaders } from './throttling.ts';

export interface HttpRequest {
  /** Scheme, host and port, e.g. `https://alb.cn-hangzhou.aliyuncs.com`. */
  origin: string;
  /** Path and query, e.g. `/?ListenerPort=80&...`. */
  path: string;
  method: string;
  /** Header names in lower case; never `host` (the platform sets it from the URL, as signed). */
  headers: Record<string, string>;
  timeoutMs: number;
  /** The most bytes of body to read: past it the send rejects with SendTooLarge and reads no more. */
  maxResponseBytes: number;
  /** The caller's signal: when it aborts, the send rejects with its reason. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** The `content-type` header, or '' when there is none. */
  contentType: string;
  /** The headers that carry a throttling wait (throttling.ts), those present. */
  throttling?: ThrottlingHeaders;
  /** The `location` header of a redirect, when the platform shows it. */
  location?: string;
  text: string;
}

export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/** A send rejects with this when its time limit passed (the transport makes it an AlbTimeoutError). */
export class SendTimeout extends Error {
  override readonly name = 'SendTimeout';
}

/** A send rejects with this when the body passed `maxResponseBytes` (the transport makes it an AlbResponseTooLargeError). */
export class SendTooLarge extends Error {
  override readonly name = 'SendTooLarge';
  constructor(readonly status: number) {
    super(`the answer is larger than allowed`);
  }
}

/** The throttling headers an answer carries (`get` reads one by its lower-case name), or undefined when none. */
export function pickHeaders(get: (name: string) => string | string[] | undefined): ThrottlingHeaders | undefined {
  const picked: ThrottlingHeaders = {};
  for (const name of THROTTLING_HEADERS) {
    const value = get(name);
    if (typeof value === 'string') picked[name] = value;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}
