// The options of a client and of one call, and what an entry point supplies: the types the client
// modules share (core, waiters, the generated actions), in a module of their own so that none of
// them imports another in a circle.
import type { Credentials } from './credentials.ts';
import type { Hashes } from './hashes.ts';
import type { Send } from './http.ts';
import type { RetryOptions } from './retry.ts';
import type { TransportContext } from './transport.ts';

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
  /**
   * Sent with every request, unsigned: the mock's `x-mock-session` (a world per test worker), a
   * tracing header. Not the ones the client sets itself (Host, Authorization, Accept, x-acs-*).
   */
  headers?: Record<string, string>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The whole call, retries included, ends within this many ms: each attempt's timeout shrinks to fit. */
  timeoutMs?: number;
  /** Sent with this call's requests, over the client's `headers`: the mock's `Prefer: example=...`, say. */
  headers?: Record<string, string>;
}

/** The entry point's choices: its default way of sending and its hash library. */
export interface Platform {
  send: Send;
  hashes: Hashes;
}

/** What tests replace: the clock, the nonce, the jitter and the wait between attempts. */
export type Seams = Partial<Pick<TransportContext, 'now' | 'nonce' | 'random' | 'sleep'>>;
