// orval's mutator: turns the generated call (`/#Action=<Action>?<query>`, method: the action is the
// spec's path key, never sent) into a real request to the ALB API, `POST /`: fills in Action and
// Version where the chosen signature puts them, signs (V3 by
// default, V1 on request), applies the timeout, retries what is safe to retry, and turns every
// failure into one of our error types. The request's ClientToken is already in the query, so
// every attempt of one call carries the same token.
import { canonicalQuery } from './encode.ts';
import { redact, redactDeep, redactError, type Credentials } from './credentials.ts';
import { AlbError, AlbNetworkError, AlbTimeoutError } from './errors.ts';
import { isoSeconds, type Hashes } from './hashes.ts';
import { SendTimeout, type HttpResponse, type Send } from './http.ts';
import { isRetryable, parseRetryAfter, retryDelay, type RetryOptions } from './retry.ts';
import { signAcs3With } from './sign-acs3.ts';
import { signRpcV1With } from './sign-rpc-v1.ts';
import { operation } from '../../generated/types.ts';
import { actionOfPath } from '../openapi/document.ts';

export interface TransportContext {
  /** Origin of the endpoint, e.g. `https://alb.cn-hangzhou.aliyuncs.com`. */
  endpoint: string;
  /** Its host (with port), as signed. */
  host: string;
  credentials: Credentials | undefined;
  signatureVersion: 'v3' | 'v1';
  timeoutMs: number;
  retry: Required<RetryOptions>;
  /** How requests travel (fetch or node:http) and which hash library signs them: the entry point's choice. */
  send: Send;
  hashes: Hashes;
  /** Clock, nonce, jitter and waiting: the seams tests replace (createClient's `seams`). */
  now: () => Date;
  nonce: () => string;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface AlbRequestInit extends RequestInit {
  /** Optional only in the generated signature; createAlbClient always passes it. */
  alb?: TransportContext;
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
  if (!ctx) throw new TypeError('Call CreateListener through createAlbClient(), which supplies the transport context');
  const userSignal = init.signal ?? undefined;
  const started = ctx.now().getTime();
  // The serializer already wrote the query in canonical form (sorted, RFC 3986).
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const path = url.split('?')[0]!;
  const action = actionOfPath(path);
  if (!action) throw new TypeError(`The generated call ${path} names no action (/#Action=<Action>)`);
  for (let attempt = 1; ; attempt++) {
    try {
      return (await attemptOnce(ctx, action, String(init.method ?? 'POST'), query, userSignal)) as T;
    } catch (error) {
      if (userSignal?.aborted) throw userSignal.reason;
      const delay = retryDelay(error, attempt - 1, ctx.retry, ctx.random);
      const outOfTime = ctx.now().getTime() - started + delay > ctx.retry.maxElapsedMs;
      if (!isRetryable(error) || attempt >= ctx.retry.maxAttempts || outOfTime) throw error;
      await ctx.sleep(delay, userSignal);
    }
  }
}

async function attemptOnce(
  ctx: TransportContext,
  action: string,
  method: string,
  businessQuery: string,
  userSignal: AbortSignal | undefined,
): Promise<AlbResponse<unknown>> {
  const { path, headers } = await buildRequest(ctx, action, method, businessQuery);
  let response: HttpResponse;
  try {
    response = await ctx.send({ origin: ctx.endpoint, path, method, headers, timeoutMs: ctx.timeoutMs, signal: userSignal });
  } catch (error) {
    if (userSignal?.aborted) throw userSignal.reason;
    if (error instanceof SendTimeout) throw new AlbTimeoutError(ctx.timeoutMs);
    const reason =
      error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    throw new AlbNetworkError(redact(`Could not reach ${ctx.endpoint}: ${reason}`, ctx.credentials), {
      cause: redactError(error, ctx.credentials),
    });
  }
  if (response.status >= 200 && response.status < 300) {
    try {
      return { data: JSON.parse(response.text), status: response.status };
    } catch {
      throw new AlbNetworkError(`HTTP ${response.status} from ${ctx.endpoint} with a body that is not JSON`);
    }
  }
  throw errorFromBody(response, ctx.credentials);
}

async function buildRequest(ctx: TransportContext, action: string, method: string, businessQuery: string) {
  const headers: Record<string, string> = { accept: 'application/json' };
  let query = businessQuery;
  if (ctx.signatureVersion === 'v1') {
    // Format=json, lower-case, exactly as the official SDK sends it.
    const common = {
      Action: action,
      Format: 'json',
      Version: operation.version,
      ...Object.fromEntries(new URLSearchParams(businessQuery)),
    };
    query = canonicalQuery(
      ctx.credentials
        ? (await signRpcV1With(ctx.hashes, common, method, ctx.credentials, { timestamp: ctx.now(), nonce: ctx.nonce() })).params
        : common,
    );
  } else {
    const actionHeaders = { 'x-acs-action': action, 'x-acs-version': operation.version };
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

function errorFromBody({ status, contentType, text, retryAfter }: HttpResponse, credentials: Credentials | undefined): AlbError {
  // A SignatureDoesNotMatch echoes the server's canonical request or string-to-sign, which hold
  // the STS token (percent-encoded, once or twice). Redacted after parsing, when JSON and XML
  // escapes are undone, and in the raw text for a body that is neither.
  let body: unknown;
  if (/xml/i.test(contentType) || text.trimStart().startsWith('<')) body = readXmlFields(text);
  else {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  body = redactDeep(body, credentials);
  const field = (name: string): string | undefined => {
    if (typeof body !== 'object' || body === null) return undefined;
    const value = (body as Record<string, unknown>)[name] ?? (body as Record<string, unknown>)[name[0]!.toLowerCase() + name.slice(1)];
    return typeof value === 'string' ? value : undefined;
  };
  return new AlbError({
    code: field('Code') ?? `HTTP${status}`,
    message: field('Message') ?? (typeof body === 'string' ? body.slice(0, 200) : 'no message'),
    status,
    requestId: field('RequestId'),
    hostId: field('HostId'),
    recommend: field('Recommend'),
    body,
    retryAfterMs: parseRetryAfter(retryAfter),
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
