// The mock's routes, for any host (the Node server, MSW handlers): the inspection API, the docs,
// preflights, paths other than `/`, and the API itself through the handler. A host turns its own
// request into a RouteRequest and writes the RouteResponse back; nothing here touches a socket.
import type { IncomingHttpHeaders } from 'node:http';
import { errorEnvelope } from './envelope.ts';
import { handle, type HandlerOptions } from './handler.ts';
import { parseRequest } from './request.ts';
import { inspect } from './state/inspection.ts';

export interface RouteRequest {
  method: string;
  /** Path and query, e.g. `/?ListenerPort=80`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
  bodyTooLarge: boolean;
}

export interface RouteResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
  /** For the log line. */
  action: string;
  code?: string;
}

export interface RouterOptions {
  handler: HandlerOptions;
  /** CORS headers for every answer but the inspection API's. */
  cors: Record<string, string>;
  /** The host's reason to refuse a request (a foreign Host, a cross-origin page), if any. */
  refusal?: (request: RouteRequest, path: string) => string | undefined;
  /** The docs page, for GET /docs; without it /docs is like any other path. */
  docs?: () => Uint8Array | string;
}

/** The UTF-8 length of a body, counted without encoding a copy of it (every answer needs one). */
export function byteLength(body: string | Uint8Array): number {
  if (typeof body !== 'string') return body.length;
  let bytes = body.length;
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit <= 0xdbff && unit >= 0xd800 && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: four bytes for two code units.
      bytes += 2;
      i++;
    } else bytes += 2; // three bytes (a lone surrogate too: it is sent as U+FFFD)
  }
  return bytes;
}

export function createRouter(options: RouterOptions): (request: RouteRequest) => Promise<RouteResponse> {
  const { cors, handler } = options;
  const json = (status: number, headers: Record<string, string>, body: unknown, action: string, code?: string): RouteResponse => {
    const text = JSON.stringify(body);
    return {
      status,
      headers: { 'content-type': 'application/json;charset=utf-8', ...headers, 'content-length': String(byteLength(text)) },
      body: text,
      action,
      ...(code ? { code } : {}),
    };
  };
  return async (req) => {
    const path = req.url.split('?')[0] ?? '/';
    try {
      const refused = options.refusal?.(req, path);
      if (refused) return json(403, {}, { error: refused }, 'refused');
      if (req.headers.host === undefined)
        return json(400, cors, errorEnvelope('InvalidParameter', 'The request has no Host header.', 'localhost'), '-', 'InvalidParameter');
      if (req.method === 'OPTIONS')
        return { status: 204, headers: { ...cors, 'access-control-max-age': '600' }, body: '', action: 'preflight' };
      // Browsers opening /docs ask for it; an empty answer keeps their consoles clean.
      if (path === '/favicon.ico') return { status: 204, headers: cors, body: '', action: 'favicon' };
      if (path.startsWith('/__mock/')) {
        const answer = inspect(handler.store, req.method, path);
        return json(answer.status, {}, answer.body, path);
      }
      if ((path === '/docs' || path === '/docs/') && req.method === 'GET' && options.docs)
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...cors }, body: options.docs(), action: 'docs' };
      if (path !== '/') {
        // The gateway finds an action by URL and method: "Specified api is not found, please check
        // your url and method." (InvalidAction.NotFound). Every RPC action lives at `/`.
        const notFound = errorEnvelope(
          'InvalidAction.NotFound',
          'Specified api is not found, please check your url and method.',
          req.headers.host,
        );
        return json(404, cors, notFound, '-', 'InvalidAction.NotFound');
      }
      const request = parseRequest(req.method, req.url, req.headers, req.body, req.bodyTooLarge);
      const action = request.headers['x-acs-action'] ?? request.query.Action ?? '-';
      const response = await handle(handler, request);
      return {
        status: response.status,
        headers: { ...response.headers, ...cors, 'content-length': String(byteLength(response.body)) },
        body: response.body,
        action: action.slice(0, 40),
        ...(response.code ? { code: response.code } : {}),
      };
    } catch (error) {
      // A bug of the mock, never the client's fault: still in Alibaba's envelope.
      return json(
        500,
        cors,
        errorEnvelope('InternalError', `The mock failed: ${String(error)}`, req.headers.host ?? 'localhost'),
        '-',
        'InternalError',
      );
    }
  };
}

/** CORS headers that let a page on `origin` (or any, `*`) call the API and read its answers. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      'authorization, content-type, accept, prefer, x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce, x-acs-content-sha256, x-acs-security-token, x-acs-accesskey-id, x-acs-credentials-provider',
    'access-control-expose-headers': 'x-mock-ignored-parameters, x-acs-retry-after, x-ratelimit-user-api, x-ratelimit-user',
    ...(origin === '*' ? {} : { vary: 'Origin' }),
  };
}
