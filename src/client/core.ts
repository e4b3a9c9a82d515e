// The client without its actions: the transport context (endpoint, credentials, signing, retries,
// clock) and whether to validate. Each action is a function over it (generated/client/actions.ts,
// written by the pipeline from the spec), so a bundle keeps only the actions it calls; the
// one-object client (create-client.ts) is those functions together.
import { protectCredentials } from './credentials.ts';
import { endpointForRegion } from './endpoint.ts';
import { randomNonce } from './hashes.ts';
import { randomUuid } from './random.ts';
import { extraHeaders } from './extra-headers.ts';
import { fetchSend } from './http-fetch.ts';
import { RETRY_DEFAULTS, sleep } from './retry.ts';
import type { AlbResponse, AlbRequestInit, ResponseShape, TransportContext } from './transport.ts';
import { assertValidRequest, type CrossFieldRule, type RequestValidator } from './validate.ts';
import type { AlbClientOptions, CallOptions, Platform, Seams } from './options.ts';

export interface AlbCore {
  readonly context: TransportContext;
  readonly validate: boolean;
}

/** Far above any real answer (a page of 100 listeners is well under 1 MiB), far below what would strain memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 << 20;

export function createCore(options: AlbClientOptions, platform: Platform, seams: Seams = {}): AlbCore {
  if (!options.endpoint && !options.region) throw new TypeError('createAlbClient needs a region or an endpoint');
  const endpoint = new URL(options.endpoint ?? endpointForRegion(options.region!));
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')
    throw new TypeError(`endpoint must be an http: or https: URL, not ${endpoint.protocol}`);
  // A query or fragment would be dropped or mangled by the request's own query: refused, never lost.
  if (endpoint.search !== '' || endpoint.hash !== '')
    throw new TypeError('endpoint may have a path (a proxy prefix such as /api/alb) but no query or fragment');
  const context: TransportContext = {
    endpoint: endpoint.origin,
    pathPrefix: endpoint.pathname.replace(/\/+$/, ''),
    host: endpoint.host,
    credentials: options.credentials ? protectCredentials(options.credentials) : undefined,
    signatureVersion: options.signatureVersion ?? 'v3',
    timeoutMs: options.timeoutMs ?? 10_000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    retry: { ...RETRY_DEFAULTS, ...options.retry },
    headers: extraHeaders(options.headers, 'createAlbClient headers'),
    send: options.fetch ? fetchSend(options.fetch) : platform.send,
    hashes: platform.hashes,
    now: () => new Date(),
    nonce: randomNonce,
    random: Math.random,
    sleep,
    ...seams,
  };
  return { context, validate: options.validate !== false };
}

/** What the generated actions module knows of an action, from the spec. */
export interface ActionSpec<Request> {
  action: string;
  validate: RequestValidator;
  rules: readonly CrossFieldRule[];
  /** orval's call (generated/client/calls.ts). */
  send: (request: Request, init: AlbRequestInit) => Promise<AlbResponse<unknown>>;
  /** The action takes a ClientToken: one is made when none is given, the same for every attempt. */
  clientToken: boolean;
  /** What a success must hold (the spec's response schema). */
  response: ResponseShape;
  /** What each pattern allows, in words, by wire name with `N` for a list position (`x-acs-pattern-description`). */
  patterns?: Readonly<Record<string, string>>;
  /** The field each error code concerns (`x-acs-error-field`). */
  errorFields?: Readonly<Record<string, readonly string[]>>;
}

export async function callAction<Request, Response>(
  core: AlbCore,
  spec: ActionSpec<Request>,
  request: Request,
  callOptions?: CallOptions,
): Promise<Response> {
  if (core.validate) assertValidRequest(spec.action, spec.validate, spec.rules, request, spec.patterns);
  // One token for every attempt of this call, so a retry can never act twice. An empty token is
  // no token (it cannot tell one request from another): one is made for it too.
  const token = (request as { ClientToken?: string }).ClientToken;
  const params = spec.clientToken && (token === undefined || token === '') ? { ...request, ClientToken: randomUuid() } : request;
  const timeoutMs = callOptions?.timeoutMs;
  const response = await spec.send(params, {
    alb: core.context,
    albCall: {
      response: spec.response,
      ...(spec.errorFields && { errorFields: spec.errorFields }),
      ...(timeoutMs !== undefined ? { deadline: core.context.now().getTime() + timeoutMs } : {}),
      ...(callOptions?.headers ? { headers: extraHeaders(callOptions.headers, `${spec.action} headers`) } : {}),
    },
    signal: callOptions?.signal ?? null,
  });
  return response.data as Response;
}
