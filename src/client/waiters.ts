// Two conveniences over the generated waiters (generated/client/waiters.ts, declared in the spec's
// x-acs-waiters): waiting for the listener CreateListener started, and creating and waiting in
// one call. With the job id, wait on the job (JobSucceeded: a Failed job ends the wait at once),
// then read the listener; without it, wait until the listener is Running (ListenerRunning). How
// real clients wait, and why these defaults, is in the spec's description. Progress for a form:
// `onCreated` once the listener has its id, `onPoll` after every poll with the job or the listener.
import { createListener, getListenerAttribute } from '../../generated/client/actions.ts';
import { waitUntilJobSucceeded, waitUntilListenerRunning } from '../../generated/client/waiters.ts';
import type {
  CreateListenerRequest,
  CreateListenerResponse,
  GetListenerAttributeResponse,
  ListAsynJobsResponse,
} from '../../generated/types.ts';
import type { AlbCore } from './core.ts';
import type { PollProgress, WaiterOptions } from './waiter.ts';

/** One job as ListAsynJobs lists it. */
export type AsyncJob = NonNullable<ListAsynJobsResponse['Jobs']>[number];

/** A poll of a listener's wait: the job (waiting on a JobId) or the listener (waiting for Running), as that poll saw it. */
export interface ListenerPollProgress extends PollProgress {
  job?: AsyncJob;
  listener?: GetListenerAttributeResponse;
}

export interface WaitOptions extends Omit<WaiterOptions, 'onPoll'> {
  /** CreateListener's JobId: wait on the job (ListAsynJobs), then read the listener. */
  jobId?: string;
  /** Called after every poll. */
  onPoll?: (progress: ListenerPollProgress) => void;
}

export interface CreateAndWaitOptions extends Omit<WaitOptions, 'jobId'> {
  /** Called once, when CreateListener has answered and before the first poll: the new ListenerId and JobId. */
  onCreated?: (created: CreateListenerResponse) => void;
}

export async function waitForListener(
  core: AlbCore,
  listenerId: string,
  { jobId, onPoll, ...options }: WaitOptions = {},
): Promise<GetListenerAttributeResponse> {
  if (jobId === undefined)
    return waitUntilListenerRunning(
      core,
      { ListenerId: listenerId },
      {
        ...options,
        ...(onPoll && {
          onPoll: (p) => onPoll({ ...p, ...(p.output !== undefined && { listener: p.output as GetListenerAttributeResponse }) }),
        }),
      },
    );
  await waitUntilJobSucceeded(
    core,
    { JobIds: [jobId] },
    {
      ...options,
      ...(onPoll && {
        onPoll: (p) => {
          const job = (p.output as ListAsynJobsResponse | undefined)?.Jobs?.find((j) => j.Id === jobId);
          onPoll({ ...p, ...(job && { job }) });
        },
      }),
    },
  );
  return getListenerAttribute(core, { ListenerId: listenerId }, { signal: options.signal, headers: options.headers });
}

export async function createListenerAndWait(
  core: AlbCore,
  request: CreateListenerRequest,
  { onCreated, ...options }: CreateAndWaitOptions = {},
): Promise<GetListenerAttributeResponse> {
  // createListener's own ClientToken keeps its retries to one listener.
  const created = await createListener(core, request, { signal: options.signal, headers: options.headers });
  onCreated?.(created);
  return waitForListener(core, created.ListenerId, { ...options, jobId: created.JobId });
}
