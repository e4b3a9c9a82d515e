// The typed client as one object: every action of the contract (the generated functions of
// generated/client/actions.ts over core.ts) and the waiters. The entry points (src/index.ts,
// src/node.ts) bind it to their platform: how requests travel and which hashes sign them. A bundle
// that wants only some actions imports those functions and createAlbCore instead.
import { type AlbActions, actionMethods } from '../../generated/client/actions.ts';
import type { CreateListenerRequest, GetListenerAttributeResponse } from '../../generated/types.ts';
import type { Send } from './http.ts';
import type { Credentials } from './credentials.ts';
import type { Hashes } from './hashes.ts';
import type { RetryOptions } from './retry.ts';
import type { TransportContext } from './transport.ts';
import { createCore } from './core.ts';
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
  /** The most bytes of an answer to read; a larger one fails with AlbResponseTooLargeError. Default 8 MiB. */
  maxResponseBytes?: number;
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
  /** The whole call, retries included, ends within this many ms: each attempt's timeout shrinks to fit. */
  timeoutMs?: number;
}

/** Every action of the contract (generated from the spec), and the waiters. */
export interface AlbClient extends AlbActions {
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
  const core = createCore(options, platform, seams);
  const { context } = core;
  const clock = {
    now: () => context.now(),
    random: () => context.random(),
    sleep: (ms: number, signal?: AbortSignal) => context.sleep(ms, signal),
  };
  const client: AlbClient = {
    ...actionMethods(core),
    waitForListener: (listenerId, waitOptions) => waitForListener(client, clock, listenerId, waitOptions),
    async createListenerAndWait(request, waitOptions) {
      // createListener's own ClientToken keeps its retries to one listener.
      const { ListenerId, JobId } = await client.createListener(request, { signal: waitOptions?.signal });
      return waitForListener(client, clock, ListenerId, { jobId: JobId, ...waitOptions });
    },
  };
  return client;
}
