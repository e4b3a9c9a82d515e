// Waiting for the listener CreateListener started. With the job id, poll ListAsynJobs until the
// job is Succeeded, then read the listener; without it, poll GetListenerAttribute until the
// listener is Running. A Failed job ends the wait at once, as Alibaba's load-balancer controller
// ends its job waits (Terraform has no failure state and would wait out its timeout). Polls start
// 1 s apart (the Kubernetes controllers' interval) and grow by half each time, with jitter, up to
// 10 s (Terraform's StateChangeConf ceiling), for 5 minutes (Terraform's default create
// timeout); what each real client does is in the spec's description. A throttled poll waits what
// the service asks; running out of time and an abort each end the wait at once, with an error
// that says which, and no poll outlives the wait.
import type { CallOptions } from './create-client.ts';
import { AlbError, AlbJobFailedError, AlbTimeoutError, AlbWaitTimeoutError } from './errors.ts';
import { isRetryable } from './retry.ts';
import type {
  GetListenerAttributeRequest,
  GetListenerAttributeResponse,
  ListAsynJobsRequest,
  ListAsynJobsResponse,
} from '../../generated/types.ts';

export interface WaitOptions {
  /** CreateListener's JobId: wait on the job (ListAsynJobs), then read the listener. */
  jobId?: string;
  /** Give up after this long. Default 5 minutes (Terraform's create timeout). */
  timeoutMs?: number;
  /** The first interval between polls. Default 1 s (the Kubernetes controllers'). */
  intervalMs?: number;
  /** The longest interval. Default 10 s (the ceiling of Terraform's StateChangeConf backoff). */
  maxIntervalMs?: number;
  signal?: AbortSignal;
}

export interface Poller {
  getListenerAttribute(request: GetListenerAttributeRequest, options?: CallOptions): Promise<GetListenerAttributeResponse>;
  listAsynJobs(request?: ListAsynJobsRequest, options?: CallOptions): Promise<ListAsynJobsResponse>;
}

export interface WaitClock {
  now(): Date;
  random(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export async function waitForListener(
  client: Poller,
  clock: WaitClock,
  listenerId: string,
  { jobId, timeoutMs = 300_000, intervalMs = 1_000, maxIntervalMs = 10_000, signal }: WaitOptions = {},
): Promise<GetListenerAttributeResponse> {
  const deadline = clock.now().getTime() + timeoutMs;
  let interval = intervalMs;
  let lastStatus = 'not seen yet';
  for (;;) {
    signal?.throwIfAborted();
    let wait = 0;
    // No poll outlives the wait: its timeout (retries included) is what is left of it.
    const call = { signal, timeoutMs: deadline - clock.now().getTime() };
    try {
      if (jobId !== undefined) {
        const { Jobs } = await client.listAsynJobs({ JobIds: [jobId] }, call);
        const job = Jobs?.find((j) => j.Id === jobId);
        lastStatus = job?.Status ? `job ${job.Status}` : 'job not listed yet';
        if (job?.Status === 'Failed') throw new AlbJobFailedError(jobId, job.ErrorCode, job.ErrorMessage);
        if (job?.Status === 'Succeeded') return await client.getListenerAttribute({ ListenerId: listenerId }, call);
      } else {
        const listener = await client.getListenerAttribute({ ListenerId: listenerId }, call);
        lastStatus = `listener ${listener.ListenerStatus ?? 'without a status'}`;
        if (listener.ListenerStatus === 'Running') return listener;
      }
    } catch (error) {
      if (error instanceof AlbTimeoutError && clock.now().getTime() >= deadline)
        throw new AlbWaitTimeoutError(listenerId, timeoutMs, `${lastStatus}; the last poll had no answer in time`);
      // A poll the service turned away for now (throttled, busy) is a poll to make again later.
      if (!(error instanceof AlbError) || !isRetryable(error)) throw error;
      lastStatus = `${error.code} on the last poll`;
      wait = error.retryAfterMs ?? 0;
    }
    // Equal jitter: between half the interval and all of it.
    wait = Math.max(wait, interval / 2 + (clock.random() * interval) / 2);
    if (clock.now().getTime() + wait > deadline) throw new AlbWaitTimeoutError(listenerId, timeoutMs, lastStatus);
    await clock.sleep(wait, signal);
    interval = Math.min(interval * 1.5, maxIntervalMs);
  }
}
