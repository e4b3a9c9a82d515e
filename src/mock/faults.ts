// Faults real clients must survive, each seeded and reproducible: added latency (fixed or a range)
// for any action, throttling (a token bucket, per AccessKey or for everyone: Throttling.User with
// x-acs-retry-after), a load balancer that is Configuring for a while after each change
// (IncorrectStatus.LoadBalancer), and jobs that end Failed with a given error (for a load balancer,
// or a fraction of creates). Configured in the world file (`faults:`) or by flag
// (src/cli/mock-command.ts). Prism has no latency simulation; these come with Alibaba's errors.
// Every configuration is checked against one schema (state/world-schema.ts `faultsSchema`,
// compiled at build time) whichever way it arrives: a value the mock would not honour is refused.
import { validateFaults } from '../../generated/mock-validators.ts';

export interface FaultConfig {
  /** Seeds every random choice below (latency in a range, which creates fail). Default 1. */
  seed?: number;
  /** Added before every answer, in ms: a fixed delay, or a range drawn from uniformly. */
  latencyMs?: number | [number, number];
  /**
   * A token bucket: `ratePerSecond` tokens a second, up to `burst` (default: the rate) at once.
   * `signal`: how a throttled request is told, as each SDK runtime reads it (client/throttling.ts):
   * `x-acs-retry-after` (default: Throttling.User with x-acs-retry-after), `x-ratelimit`
   * (Throttling.User with x-ratelimit-user-api's TimeLeft only, as the Go runtime reads it), or
   * `retry-after-only` (503 ServiceUnavailable with x-acs-retry-after, which only openapi-core at
   * HEAD reads as throttling).
   */
  throttle?: { ratePerSecond: number; burst?: number; perAccessKey?: boolean; signal?: ThrottleSignal };
  /** After each create on a load balancer, it is Configuring this long: creates on it answer IncorrectStatus.LoadBalancer. */
  configuringMs?: number;
  /** Jobs that end Failed: every create on a load balancer, or a fraction of all creates. */
  failJobs?: Array<{ loadBalancerId?: string; fraction?: number; code: string; message?: string }>;
}

export type ThrottleSignal = 'x-acs-retry-after' | 'x-ratelimit' | 'retry-after-only';

/** The answer to a throttled request: its code, and the headers that say how long to wait (replacing the example's). */
export interface ThrottledAnswer {
  code: string;
  message?: string;
  headers: Record<string, string>;
}

export interface Faults {
  /** The delay to add to this answer, in ms (0 for none). */
  latencyMs(): number;
  /** Undefined when the caller may go on; otherwise how it is told to wait. */
  throttled(accessKey: string): ThrottledAnswer | undefined;
  readonly configuringMs: number;
  /** Whether a create on this load balancer gets a job that fails, and with what. */
  jobFailure(loadBalancerId: string): { code: string; message: string } | undefined;
}

/** A fault configuration the mock would not honour. `path`: where, e.g. `/throttle/burst`. */
export class FaultConfigError extends Error {
  override readonly name = 'FaultConfigError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`faults${path.replace(/\//g, '.')} ${reason}`);
  }
}

type CompiledValidator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null;
};

/** Throws FaultConfigError naming the first value the mock would not honour. */
export function checkFaults(config: FaultConfig): void {
  const validate = validateFaults as CompiledValidator;
  if (!validate(config)) {
    // `oneOf` reports its branches' errors first; the deepest path says most.
    const errors = validate.errors ?? [];
    const error = errors.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'type') ?? errors[0]!;
    const reason =
      error.keyword === 'additionalProperties'
        ? `has an unknown field "${String(error.params.additionalProperty)}"`
        : error.keyword === 'pattern'
          ? 'is not an error code (letters and digits, parts joined by "." or "-", e.g. QuotaExceeded.Listener)'
          : error.message;
    throw new FaultConfigError(error.instancePath, reason ?? 'is invalid');
  }
  const latency = config.latencyMs;
  if (Array.isArray(latency) && latency[0] > latency[1])
    throw new FaultConfigError('/latencyMs', `is a range whose low end ${latency[0]} is above its high end ${latency[1]}`);
}

/** A small seeded generator (mulberry32): the same seed gives the same faults on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `now`: the clock the token bucket refills by (the store's, in stateful mode). */
export function createFaults(config: FaultConfig = {}, now: () => number = Date.now): Faults {
  checkFaults(config);
  const random = seeded(config.seed ?? 1);
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    latencyMs() {
      const latency = config.latencyMs;
      if (latency === undefined) return 0;
      if (typeof latency === 'number') return latency;
      return Math.round(latency[0] + random() * (latency[1] - latency[0]));
    },
    throttled(accessKey) {
      const throttle = config.throttle;
      if (!throttle) return undefined;
      const t = now();
      const burst = throttle.burst ?? throttle.ratePerSecond;
      const key = throttle.perAccessKey ? accessKey : '*';
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * throttle.ratePerSecond);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return undefined;
      }
      return throttledAnswer(
        throttle.signal ?? 'x-acs-retry-after',
        Math.ceil(((1 - bucket.tokens) / throttle.ratePerSecond) * 1000),
        throttle,
        t,
      );
    },
    configuringMs: config.configuringMs ?? 0,
    jobFailure(loadBalancerId) {
      for (const rule of config.failJobs ?? []) {
        if (rule.loadBalancerId !== undefined && rule.loadBalancerId !== loadBalancerId) continue;
        if (rule.fraction !== undefined && random() >= rule.fraction) continue;
        return { code: rule.code, message: rule.message ?? `The job failed: ${rule.code}.` };
      }
      return undefined;
    },
  };
}

function throttledAnswer(signal: ThrottleSignal, retryAfterMs: number, throttle: { ratePerSecond: number }, now: number): ThrottledAnswer {
  if (signal === 'x-ratelimit')
    return {
      code: 'Throttling.User',
      headers: {
        'x-ratelimit-user-api': `Limit:${throttle.ratePerSecond},Remain:0,TimeLeft:${retryAfterMs},Reset:${now + retryAfterMs}`,
      },
    };
  if (signal === 'retry-after-only')
    return {
      code: 'ServiceUnavailable',
      message: 'The request was throttled; retry after x-acs-retry-after milliseconds.',
      headers: { 'x-acs-retry-after': String(retryAfterMs) },
    };
  return { code: 'Throttling.User', headers: { 'x-acs-retry-after': String(retryAfterMs) } };
}
