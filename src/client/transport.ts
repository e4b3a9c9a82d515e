// orval's mutator: turns the generated call (`/#Action=<Action>?<query>`, method: the action is the
// spec's path key, never sent) into a real request to the ALB API, `POST /`: fills in Action and
// Version where the chosen signature puts them, signs (V3 by
// default, V1 on request), applies the timeout, retries what is safe to retry, and turns every
// failure into one of our error types. The request's ClientToken is already in the query, so
// every attempt of one call carries the same token.
import { canonicalQuery } from './encode.ts';
import { redact, redactDeep, redactError, type Credentials } from './credentials.ts';
import { errorField } from './error-field.ts';
import {
  AlbError,
  type AlbErrorBody,
  AlbNetworkError,
  AlbRedirectError,
  AlbResponseTooLargeError,
  AlbTimeoutError,
  AlbUnexpectedResponseError,
} from './errors.ts';
import { isoSeconds, type Hashes } from './hashes.ts';
import { SendTimeout, SendTooLarge, type HttpResponse, type Send } from './http.ts';
import { isRetryable, retryDelay, type RetryOptions } from './retry.ts';
import { readThrottling } from './throttling.ts';
import { signAcs3With } from './sign-acs3.ts';
import { signRpcV1With } from './sign-rpc-v1.ts';
import { type Action, actionVersions } from '../../generated/types.ts';
import { actionOfPath } from '../openapi/document.ts';

export interface TransportContext {
  /** Origin of the endpoint, e.g. `https://alb.cn-hangzhou.aliyuncs.com`. */
  endpoint: string;
  /**
   * The endpoint's path without its trailing slash (`/api/alb`), or ''. Requests go to
   * `<prefix>/?<query>`; the signature covers `/`, what the service sees once a proxy has stripped
   * the prefix.
   */
  pathPrefix: string;
  /** Its host (with port), as signed. */
  host: string;
  credentials: Credentials | undefined;
  signatureVersion: 'v3' | 'v1';
  timeoutMs: number;
  /** The most bytes of an answer the client reads (default 8 MiB). */
  maxResponseBytes: number;
  retry: Required<RetryOptions>;
  /** How requests travel (fetch or node:http) and which hash library signs them: the entry point's choice. */
  send: Send;
  hashes: Hashes;
  /** Sent with every request, unsigned (extra-headers.ts checked them). */
  headers: Record<string, string>;
  /** Clock, nonce, jitter and waiting: the seams tests replace (createClient's `seams`). */
  now: () => Date;
  nonce: () => string;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What a success of the action must hold (from the spec's response schema): fields whose absence or type would break a caller. */
export interface ResponseShape {
  required: readonly string[];
  arrays: readonly string[];
  objects: readonly string[];
}

/** One call's own limits and expectations. */
export interface CallContext {
  /** No attempt of the call runs past this time (ms, the context's clock): the per-attempt timeout shrinks to fit, and no retry starts after it. */
  deadline?: number;
  response?: ResponseShape;
  /** This call's own headers, over the context's. */
  headers?: Record<string, string>;
  /** The contract's field for each error code of the action (`x-acs-error-field`; client/error-field.ts). */
  errorFields?: Readonly<Record<string, readonly string[]>>;
}

export interface AlbRequestInit extends RequestInit {
  /** Optional only in the generated signature; createAlbClient always passes it. */
  alb?: TransportContext;
  albCall?: CallContext;
}

/**
 * What the mutator resolves to. orval's response type also promises `headers`; nothing reads them,
 * and node:http has no `Headers` object to give, so only `data` and `status` are filled in.
 */
export interface AlbResponse<T> {
  data: T;
  status: number;
}

export async function albFetch<T>(url: string, init: AlbRequestInit): Promise<T> {
  const ctx = init.alb;
  if (!ctx) throw new TypeError('Call an action through createAlbClient() or createAlbCore(), which supply the transport context');
  const call = init.albCall ?? {};
  const userSignal = init.signal ?? undefined;
  const started = ctx.now().getTime();
  // The serializer already wrote the query in canonical form (sorted, RFC 3986).
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const path = url.split('?')[0]!;
  const action = actionOfPath(path);
  if (!action) throw new TypeError(`The generated call ${path} names no action (/#Action=<Action>)`);
  for (let attempt = 1; ; attempt++) {
    try {
      return (await attemptOnce(ctx, call, action, String(init.method ?? 'POST'), query, userSignal)) as T;
    } catch (error) {
      if (userSignal?.aborted) throw userSignal.reason;
      const delay = retryDelay(error, attempt - 1, ctx.retry, ctx.random);
      const now = ctx.now().getTime();
      const outOfTime = now - started + delay > ctx.retry.maxElapsedMs || (call.deadline !== undefined && now + delay >= call.deadline);
      if (!isRetryable(error) || attempt >= ctx.retry.maxAttempts || outOfTime) throw error;
      await ctx.sleep(delay, userSignal);
    }
  }
}

async function attemptOnce(
  ctx: TransportContext,
  call: CallContext,
  action: string,
  method: string,
  businessQuery: string,
  userSignal: AbortSignal | undefined,
): Promise<AlbResponse<unknown>> {
  const timeoutMs = call.deadline === undefined ? ctx.timeoutMs : Math.min(ctx.timeoutMs, call.deadline - ctx.now().getTime());
  if (timeoutMs <= 0) throw new AlbTimeoutError(0);
  const built = await buildRequest(ctx, action, method, businessQuery);
  const { path } = built;
  const headers = { ...ctx.headers, ...call.headers, ...built.headers };
  let response: HttpResponse;
  try {
    response = await ctx.send({
      origin: ctx.endpoint,
      path: `${ctx.pathPrefix}${path}`,
      method,
      headers,
      timeoutMs,
      maxResponseBytes: ctx.maxResponseBytes,
      signal: userSignal,
    });
  } catch (error) {
    if (userSignal?.aborted) throw userSignal.reason;
    if (error instanceof SendTimeout) throw new AlbTimeoutError(timeoutMs);
    if (error instanceof SendTooLarge) throw new AlbResponseTooLargeError(error.status, ctx.maxResponseBytes);
    const reason =
      error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    throw new AlbNetworkError(redact(`Could not reach ${ctx.endpoint}: ${reason}`, ctx.credentials), {
      cause: redactError(error, ctx.credentials),
    });
  }
  if (response.status === 0 || (response.status >= 300 && response.status < 400))
    throw new AlbRedirectError(response.status, response.location);
  if (response.status >= 200 && response.status < 300) {
    let data: unknown;
    try {
      data = JSON.parse(response.text);
    } catch {
      throw new AlbNetworkError(`HTTP ${response.status} from ${ctx.endpoint} with a body that is not JSON`);
    }
    checkShape(action, response.status, data, call.response);
    return { data, status: response.status };
  }
  throw errorFromBody(response, ctx.credentials, { sent: businessQuery, fields: call.errorFields });
}

/** A success must be a JSON object with the action's required fields, its lists lists and its objects objects. */
function checkShape(action: string, status: number, data: unknown, shape: ResponseShape | undefined): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new AlbUnexpectedResponseError(action, status, `the body is ${Array.isArray(data) ? 'an array' : String(data)}, not an object`);
  if (!shape) return;
  const body = data as Record<string, unknown>;
  const missing = shape.required.filter((name) => body[name] === undefined || body[name] === null);
  if (missing.length > 0) throw new AlbUnexpectedResponseError(action, status, `it has no ${missing.join(', ')}`, missing);
  for (const name of shape.arrays)
    if (body[name] !== undefined && !Array.isArray(body[name]))
      throw new AlbUnexpectedResponseError(action, status, `${name} is not a list`, [name]);
  for (const name of shape.objects)
    if (body[name] !== undefined && (typeof body[name] !== 'object' || body[name] === null || Array.isArray(body[name])))
      throw new AlbUnexpectedResponseError(action, status, `${name} is not an object`, [name]);
}

async function buildRequest(ctx: TransportContext, action: string, method: string, businessQuery: string) {
  const headers: Record<string, string> = { accept: 'application/json' };
  let query = businessQuery;
  if (ctx.signatureVersion === 'v1') {
    // Format=json, lower-case, exactly as the official SDK sends it.
    const common = {
      Action: action,
      Format: 'json',
      Version: actionVersions[action as Action],
      ...Object.fromEntries(new URLSearchParams(businessQuery)),
    };
    query = canonicalQuery(
      ctx.credentials
        ? (await signRpcV1With(ctx.hashes, common, method, ctx.credentials, { timestamp: ctx.now(), nonce: ctx.nonce() })).params
        : common,
    );
  } else {
    const actionHeaders = { 'x-acs-action': action, 'x-acs-version': actionVersions[action as Action] };
    if (ctx.credentials) {
      const signed = await signAcs3With(ctx.hashes, { method, host: ctx.host, query, headers: actionHeaders }, ctx.credentials, {
        date: ctx.now(),
        nonce: ctx.nonce(),
      });
      // The platform sets Host itself from the URL (fetch may not set it at all).
      const { host: _host, ...rest } = signed.headers;
      Object.assign(headers, rest);
    } else {
      Object.assign(headers, actionHeaders, { 'x-acs-date': isoSeconds(ctx.now()), 'x-acs-signature-nonce': ctx.nonce() });
    }
  }
  return { path: query ? `/?${query}` : '/', headers };
}

function errorFromBody(
  { status, contentType, text, throttling }: HttpResponse,
  credentials: Credentials | undefined,
  request: { sent: string; fields: CallContext['errorFields'] },
): AlbError {
  // A SignatureDoesNotMatch echoes the server's canonical request or string-to-sign, which hold
  // the STS token (percent-encoded, once or twice). Redacted after parsing, when JSON and XML
  // escapes are undone, and in the raw text for a body that is neither.
  let body: AlbErrorBody;
  if (/xml/i.test(contentType) || text.trimStart().startsWith('<')) body = readXmlFields(text);
  else {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  body = redactDeep(body, credentials) as AlbErrorBody;
  const field = (name: string): string | undefined => {
    if (typeof body !== 'object' || body === null) return undefined;
    const value = (body as Record<string, unknown>)[name] ?? (body as Record<string, unknown>)[name[0]!.toLowerCase() + name.slice(1)];
    return typeof value === 'string' ? value : undefined;
  };
  const code = field('Code') ?? `HTTP${status}`;
  const { throttled, retryAfterMs } = readThrottling(code, status, throttling ?? {});
  const serviceMessage = field('Message');
  const concerns = errorField(code, serviceMessage, new Map(new URLSearchParams(request.sent)), request.fields?.[code]);
  return new AlbError({
    code,
    message: serviceMessage ?? (typeof body === 'string' ? body.slice(0, 200) : 'no message'),
    ...(serviceMessage !== undefined && { serviceMessage }),
    ...concerns,
    status,
    requestId: field('RequestId'),
    hostId: field('HostId'),
    recommend: field('Recommend'),
    body,
    retryAfterMs,
    throttled,
  });
}

/** The leaf elements of a flat XML document such as `<Error><Code>…</Code>…</Error>`. */
function readXmlFields(xml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of xml.matchAll(/<([A-Za-z][\w.-]*)>([^<]*)<\/\1>/g))
    fields[name!] = value!
      .replace(/&#(\d{1,7});/g, (entity, code: string) => codePoint(Number(code), entity))
      .replace(/&#x([0-9a-f]{1,6});/gi, (entity, code: string) => codePoint(Number.parseInt(code, 16), entity))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return fields;
}

function codePoint(code: number, entity: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}
