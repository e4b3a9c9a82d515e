// The one engine every waiter runs on: the spec declares each waiter (`x-acs-waiters`: the action it
// polls, its acceptors, its delays), the build writes a waitUntil<Name> function per waiter
// (generated/client/waiters.ts), and this runs it. Each poll's answer goes through the acceptors
// in order, the first whose matcher holds deciding: `success` resolves with the answer,
// `failure` rejects with AlbWaitFailedError, `retry` (or no acceptor matching) polls again. An
// error the service answers is matched by `errorCode` acceptors; a retryable one (throttled,
// busy) is polled again after what the service asks; any other ends the wait with it. Delays start
// at `minDelayMs` and grow by half each poll up to `maxDelayMs`, with equal jitter; no poll
// outlives the wait (its timeout is what is left), running out of time rejects with
// AlbWaitTimeoutError naming the last thing seen, and an abort rejects at once.
import type { AlbCore } from './core.ts';
import { AlbError, AlbTimeoutError, AlbWaitFailedError, AlbWaitTimeoutError, AlbWaitVanishedError } from './errors.ts';
import type { CallOptions } from './options.ts';
import { isRetryable } from './retry.ts';

export interface Matcher {
  /** A field of the answer: `ListenerStatus`, or through a list, `Jobs[].Status`. */
  path?: string;
  comparator?: 'equals' | 'anyEquals' | 'allEquals';
  expected?: unknown;
  /** Instead of a path: the error code the service answers. */
  errorCode?: string;
}

export interface Acceptor {
  state: 'success' | 'failure' | 'retry';
  matcher: Matcher;
  /** On failure, where the matched element (the answer, or the list item that matched) says why. */
  reason?: { id?: string; code?: string; message?: string };
}

/** A waiter as the spec declares it, with the action function it polls. */
export interface WaiterSpec<Request, Response> {
  name: string;
  action: string;
  call: (core: AlbCore, request: Request, options?: CallOptions) => Promise<Response>;
  acceptors: readonly Acceptor[];
  minDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

/** What each poll saw, for a progress bar. */
export interface PollProgress {
  waiter: string;
  /** 1 for the first poll. */
  attempt: number;
  elapsedMs: number;
  /** What the acceptors' fields held (`ListenerStatus Provisioning`), or the error code of the poll. */
  status: string;
  /** The poll's answer, when there was one. */
  output?: unknown;
}

export interface WaiterOptions {
  /** Give up after this long. Default: the waiter's declared timeout. */
  timeoutMs?: number;
  /** The first delay between polls. Default: the waiter's declared minimum. */
  minDelayMs?: number;
  /** The longest delay. Default: the waiter's declared maximum. */
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** Called after every poll. */
  onPoll?: (progress: PollProgress) => void;
  /** Sent with every poll (the client's `headers` are sent too). */
  headers?: Record<string, string>;
}

export async function runWaiter<Request, Response>(
  core: AlbCore,
  spec: WaiterSpec<Request, Response>,
  request: Request,
  options: WaiterOptions = {},
): Promise<Response> {
  const clock = core.context;
  const timeoutMs = options.timeoutMs ?? spec.timeoutMs;
  const maxDelayMs = options.maxDelayMs ?? spec.maxDelayMs;
  const started = clock.now().getTime();
  const deadline = started + timeoutMs;
  let delay = options.minDelayMs ?? spec.minDelayMs;
  let lastStatus = 'nothing yet';
  const { signal } = options;
  // The lists the acceptors read (`Jobs[]`), and whether an earlier poll found them holding something.
  const lists = [...new Set(spec.acceptors.flatMap((a) => (a.matcher.path?.includes('[]') ? [listOf(a.matcher.path)] : [])))];
  const seen = new Set<string>();
  let answered = false;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    let wait = 0;
    let outcome: { state: Acceptor['state']; acceptor?: Acceptor; output?: unknown } | undefined;
    try {
      // No poll outlives the wait: its timeout (retries included) is what is left of it.
      const output = await spec.call(core, request, { signal, timeoutMs: deadline - clock.now().getTime(), headers: options.headers });
      // What was listed and is no longer will not come back: fail now, not at the deadline.
      for (const list of lists) {
        const held = valuesAt(output, list).length > 0;
        if (!held && seen.has(list)) throw new AlbWaitVanishedError(spec.name, list);
        if (held) seen.add(list);
      }
      answered = true;
      lastStatus = describe(spec.acceptors, output);
      outcome = decide(spec.acceptors, output);
      options.onPoll?.({ waiter: spec.name, attempt, elapsedMs: clock.now().getTime() - started, status: lastStatus, output });
    } catch (error) {
      if (error instanceof AlbTimeoutError && clock.now().getTime() >= deadline)
        throw new AlbWaitTimeoutError(spec.name, timeoutMs, `${lastStatus}; the last poll had no answer in time`);
      if (!(error instanceof AlbError)) throw error;
      const byCode = spec.acceptors.find((a) => a.matcher.errorCode === error.code);
      // What answered an earlier poll and is not found now (a deleted listener, a reset mock) will not come back.
      if (!byCode && answered && /NotFound/.test(error.code))
        throw new AlbWaitVanishedError(spec.name, error.code, `an earlier poll found it; ${spec.action} now answers ${error.code}`);
      options.onPoll?.({ waiter: spec.name, attempt, elapsedMs: clock.now().getTime() - started, status: error.code });
      if (byCode) outcome = { state: byCode.state, acceptor: byCode };
      else if (isRetryable(error)) {
        // A poll the service turned away for now (throttled, busy) is a poll to make again later.
        lastStatus = `${error.code} on the last poll`;
        wait = error.retryAfterMs ?? 0;
      } else throw error;
    }
    if (outcome?.state === 'success') return outcome.output as Response;
    if (outcome?.state === 'failure') throw failure(spec, outcome.acceptor!, outcome.output);
    // Equal jitter: between half the delay and all of it.
    wait = Math.max(wait, delay / 2 + (clock.random() * delay) / 2);
    if (clock.now().getTime() + wait > deadline) throw new AlbWaitTimeoutError(spec.name, timeoutMs, lastStatus);
    await clock.sleep(wait, signal);
    delay = Math.min(delay * 1.5, maxDelayMs);
  }
}

/** The list a path through lists reads from: `Jobs[].Status` → `Jobs[]`. */
function listOf(path: string): string {
  return path.slice(0, path.lastIndexOf('[]') + 2);
}

/** The values a path reads: one for a plain path, one per item for a path through a list (`Jobs[].Status`). */
export function valuesAt(output: unknown, path: string): unknown[] {
  let values: unknown[] = [output];
  for (const segment of path.split('.')) {
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    values = values.flatMap((value) => {
      const next = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
      if (!list) return [next];
      return Array.isArray(next) ? next : [];
    });
  }
  return values;
}

function matches(matcher: Matcher, output: unknown): boolean {
  if (matcher.path === undefined) return false;
  const values = valuesAt(output, matcher.path);
  if (matcher.comparator === 'allEquals') return values.length > 0 && values.every((v) => v === matcher.expected);
  if (matcher.comparator === 'anyEquals') return values.some((v) => v === matcher.expected);
  return values.length === 1 && values[0] === matcher.expected;
}

function decide(acceptors: readonly Acceptor[], output: unknown) {
  const acceptor = acceptors.find((a) => matches(a.matcher, output));
  return acceptor ? { state: acceptor.state, acceptor, output } : undefined;
}

/** What the acceptors' fields held, e.g. `ListenerStatus Provisioning`, or `no Jobs[].Status yet`. */
function describe(acceptors: readonly Acceptor[], output: unknown): string {
  const paths = [...new Set(acceptors.flatMap((a) => (a.matcher.path ? [a.matcher.path] : [])))];
  return paths
    .map((path) => {
      const values = valuesAt(output, path).filter((v) => v !== undefined);
      return values.length === 0 ? `no ${path} yet` : `${path} ${values.join(', ')}`;
    })
    .join('; ');
}

/** The failure, read from the element that matched (the list item, or the answer itself). */
function failure(spec: { name: string }, acceptor: Acceptor, output: unknown): AlbWaitFailedError {
  const path = acceptor.matcher.path ?? '';
  const listPath = path.includes('[]') ? path.slice(0, path.lastIndexOf('[]') + 2) : undefined;
  const field = listPath ? path.slice(listPath.length + 1) : path;
  const element = listPath ? valuesAt(output, listPath).find((item) => valuesAt(item, field)[0] === acceptor.matcher.expected) : output;
  const read = (at: string | undefined) => {
    const value = at === undefined || element === undefined ? undefined : valuesAt(element, at)[0];
    return typeof value === 'string' ? value : undefined;
  };
  const reason = acceptor.reason ?? {};
  return new AlbWaitFailedError(spec.name, read(reason.id), read(reason.code) ?? acceptor.matcher.errorCode, read(reason.message));
}
