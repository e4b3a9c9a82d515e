// When and how long to wait before trying a call again. A write is made safe to retry by its
// ClientToken (the transport sends the same token on every attempt). What is retried is what
// real clients retry: the codes the spec marks `x-acs-retryable` (generated), throttling as any
// SDK runtime sees it (throttling.ts), any 5xx, and network failures and timeouts.
import { retryableErrorCodes } from '../../generated/types.ts';
import { AlbError, AlbNetworkError, AlbTimeoutError } from './errors.ts';
import { retriesCode } from './retry-policy.ts';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retrying off. */
  maxAttempts?: number;
  /** The first backoff ceiling. Default 200 ms. */
  baseDelayMs?: number;
  /** The largest backoff ceiling. Default 5 s. */
  maxDelayMs?: number;
  /** No new attempt starts once this much time has passed since the call began. Default 30 s. */
  maxElapsedMs?: number;
}

export const RETRY_DEFAULTS: Required<RetryOptions> = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5_000, maxElapsedMs: 30_000 };

const RETRYABLE_CODES: ReadonlySet<string> = new Set(retryableErrorCodes);

export function isRetryable(error: unknown): boolean {
  if (error instanceof AlbNetworkError || error instanceof AlbTimeoutError) return true;
  if (error instanceof AlbError) return error.throttled || retriesCode(error.code, error.status, RETRYABLE_CODES);
  return false;
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^retry)). */
export function backoffDelay(retry: number, options: Required<RetryOptions>, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** The wait before the next attempt: what the service asked for (throttling.ts), else the jittered backoff. */
export function retryDelay(error: unknown, retry: number, options: Required<RetryOptions>, random: () => number): number {
  if (error instanceof AlbError && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return backoffDelay(retry, options, random);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
