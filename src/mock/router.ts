// The mock's routes, for any host (the Node server, MSW handlers): the inspection API, the docs,
// preflights, paths other than `/`, and the API itself through the handler. A host turns its own
// request into a RouteRequest and writes the RouteResponse back; nothing here touches a socket.
import type { IncomingHttpHeaders } from 'node:http';
import { type CorsOrigins, corsHeadersFor } from './cors.ts';
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
  /** Which pages may call the mock (cors.ts). */
  cors: CorsOrigins;
  /** The host's reason to refuse a request (a foreign Host, a cross-origin page), if any: a code for the log, a message for the caller. */
  refusal?: (request: RouteRequest, path: string) => { code: string; message: string } | undefined;
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
  const { handler } = options;
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
    const [path = '/', search = ''] = req.url.split('?');
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const inspection = path.startsWith('/__mock/');
    // The inspection API speaks CORS to the origins listed only, never to every page (`*`).
    const cors = inspection && options.cors === '*' ? {} : corsHeadersFor(options.cors, origin);
    try {
      const refused = options.refusal?.(req, path);
      // Readable by the refused page, so the browser shows why instead of a bare network error.
      if (refused)
        return json(
          403,
          origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {},
          { error: refused.message, code: refused.code },
          'refused',
          refused.code,
        );
      if (req.headers.host === undefined)
        return json(400, cors, errorEnvelope('InvalidParameter', 'The request has no Host header.', 'localhost'), '-', 'InvalidParameter');
      if (req.method === 'OPTIONS')
        return { status: 204, headers: { ...cors, 'access-control-max-age': '600' }, body: '', action: 'preflight' };
      // Browsers opening /docs ask for it; an empty answer keeps their consoles clean.
      if (path === '/favicon.ico') return { status: 204, headers: cors, body: '', action: 'favicon' };
      if (inspection) {
        const answer = inspect(handler, {
          method: req.method,
          path,
          query: new URLSearchParams(search),
          headers: req.headers,
          body: req.body,
        });
        return json(answer.status, cors, answer.body, path);
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
