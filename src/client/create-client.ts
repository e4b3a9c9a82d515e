// The typed CreateListener client. The call itself is orval's generated function
// (generated/client/); this file only gathers the options into the transport's context, checks
// the request against the contract and guarantees a ClientToken. The entry points (src/index.ts,
// src/node.ts) bind it to their platform: how requests travel and which hashes sign them.
import {
  createListener as generatedCreateListener,
  getListenerAttribute as generatedGetListenerAttribute,
  listAsynJobs as generatedListAsynJobs,
} from '../../generated/client/create-listener.ts';
import type {
  CreateListenerRequest,
  CreateListenerResponse,
  GetListenerAttributeRequest,
  GetListenerAttributeResponse,
  ListAsynJobsRequest,
  ListAsynJobsResponse,
} from '../../generated/types.ts';
import { protectCredentials, type Credentials } from './credentials.ts';
import { endpointForRegion } from './endpoint.ts';
import { randomNonce, type Hashes } from './hashes.ts';
import { fetchSend } from './http-fetch.ts';
import type { Send } from './http.ts';
import { RETRY_DEFAULTS, sleep, type RetryOptions } from './retry.ts';
import type { TransportContext } from './transport.ts';
import { assertValidRequest } from './validate.ts';
import { waitForListener, type WaitOptions } from './waiters.ts';

export interface AlbClientOptions {
  /** The region of the load balancer, e.g. `cn-hangzhou`. Picks `https://alb.<region>.aliyuncs.com`. */
  region?: string;
  /** An explicit endpoint instead, e.g. the mock: `http://127.0.0.1:4010`. */
  endpoint?: string;
  /** Without credentials requests are sent unsigned (enough for the mock). */
  credentials?: Credentials;
  /** `v3` (ACS3-HMAC-SHA256, default) or `v1` (HMAC-SHA1). */
  signatureVersion?: 'v3' | 'v1';
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /**
   * Send every request through this `fetch` instead of the entry point's default (the global
   * `fetch` in the universal entry, node:http in the Node entry).
   */
  fetch?: typeof fetch;
  /** Check requests against the contract before sending. Default true. */
  validate?: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface AlbClient {
  createListener(request: CreateListenerRequest, callOptions?: CallOptions): Promise<CreateListenerResponse>;
  /** A listener and its `ListenerStatus` (`Provisioning` until CreateListener's job ends, then `Running`). */
  getListenerAttribute(request: GetListenerAttributeRequest, callOptions?: CallOptions): Promise<GetListenerAttributeResponse>;
  /** Asynchronous tasks and their `Status` (CreateListener's `JobId`: `JobIds: [jobId]`). */
  listAsynJobs(request?: ListAsynJobsRequest, callOptions?: CallOptions): Promise<ListAsynJobsResponse>;
  /**
   * Resolves with the listener once it runs: with `jobId`, when ListAsynJobs says the job Succeeded;
   * without, when GetListenerAttribute says Running. Rejects with AlbJobFailedError when the job
   * Failed, AlbWaitTimeoutError (an AlbTimeoutError naming the last status seen) past `timeoutMs`,
   * and the signal's reason on abort.
   */
  waitForListener(listenerId: string, options?: WaitOptions): Promise<GetListenerAttributeResponse>;
  /** createListener, then waitForListener on its job: one call from request to running listener. */
  createListenerAndWait(request: CreateListenerRequest, options?: WaitOptions): Promise<GetListenerAttributeResponse>;
}

/** The entry point's choices: its default way of sending and its hash library. */
export interface Platform {
  send: Send;
  hashes: Hashes;
}

/** What tests replace: the clock, the nonce, the jitter and the wait between attempts. */
export type Seams = Partial<Pick<TransportContext, 'now' | 'nonce' | 'random' | 'sleep'>>;

export function createClient(options: AlbClientOptions, platform: Platform, seams: Seams = {}): AlbClient {
  if (!options.endpoint && !options.region) throw new TypeError('createAlbClient needs a region or an endpoint');
  const endpoint = new URL(options.endpoint ?? endpointForRegion(options.region!));
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')
    throw new TypeError(`endpoint must be an http: or https: URL, not ${endpoint.protocol}`);
  const context: TransportContext = {
    endpoint: endpoint.origin,
    host: endpoint.host,
    credentials: options.credentials ? protectCredentials(options.credentials) : undefined,
    signatureVersion: options.signatureVersion ?? 'v3',
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: { ...RETRY_DEFAULTS, ...options.retry },
    send: options.fetch ? fetchSend(options.fetch) : platform.send,
    hashes: platform.hashes,
    now: () => new Date(),
    nonce: randomNonce,
    random: Math.random,
    sleep,
    ...seams,
  };
  const validate = options.validate !== false;
  const clock = {
    now: () => context.now(),
    random: () => context.random(),
    sleep: (ms: number, signal?: AbortSignal) => context.sleep(ms, signal),
  };
  const client: AlbClient = {
    async createListener(request, callOptions) {
      if (validate) assertValidRequest('CreateListener', request);
      // One token for every attempt of this call, so a retry can never create a second listener.
      const params = { ...request, ClientToken: request.ClientToken ?? globalThis.crypto.randomUUID() };
      const response = await generatedCreateListener(params, { alb: context, signal: callOptions?.signal ?? null });
      return response.data as CreateListenerResponse;
    },
    async getListenerAttribute(request, callOptions) {
      if (validate) assertValidRequest('GetListenerAttribute', request);
      const response = await generatedGetListenerAttribute(request, { alb: context, signal: callOptions?.signal ?? null });
      return response.data as GetListenerAttributeResponse;
    },
    async listAsynJobs(request = {}, callOptions) {
      if (validate) assertValidRequest('ListAsynJobs', request);
      const response = await generatedListAsynJobs(request, { alb: context, signal: callOptions?.signal ?? null });
      return response.data as ListAsynJobsResponse;
    },
    waitForListener(listenerId, waitOptions) {
      return waitForListener(client, clock, listenerId, waitOptions);
    },
    async createListenerAndWait(request, waitOptions) {
      // createListener's own ClientToken keeps its retries to one listener.
      const { ListenerId, JobId } = await client.createListener(request, { signal: waitOptions?.signal });
      return waitForListener(client, clock, ListenerId, { jobId: JobId, ...waitOptions });
    },
  };
  return client;
}
