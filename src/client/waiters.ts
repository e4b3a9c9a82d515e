// Two conveniences over the generated waiters (generated/client/waiters.ts, declared in the spec's
// x-acs-waiters): waiting for the listener CreateListener started, and creating and waiting in
// one call. With the job id, wait on the job (JobSucceeded: a Failed job ends the wait at once),
// then read the listener; without it, wait until the listener is Running (ListenerRunning). How
// real clients wait, and why these defaults, is in the spec's description.
import { createListener, getListenerAttribute } from '../../generated/client/actions.ts';
import { waitUntilJobSucceeded, waitUntilListenerRunning } from '../../generated/client/waiters.ts';
import type { CreateListenerRequest, GetListenerAttributeResponse } from '../../generated/types.ts';
import type { AlbCore } from './core.ts';
import type { WaiterOptions } from './waiter.ts';

export interface WaitOptions extends WaiterOptions {
  /** CreateListener's JobId: wait on the job (ListAsynJobs), then read the listener. */
  jobId?: string;
}

export async function waitForListener(
  core: AlbCore,
  listenerId: string,
  { jobId, ...options }: WaitOptions = {},
): Promise<GetListenerAttributeResponse> {
  if (jobId === undefined) return waitUntilListenerRunning(core, { ListenerId: listenerId }, options);
  await waitUntilJobSucceeded(core, { JobIds: [jobId] }, options);
  return getListenerAttribute(core, { ListenerId: listenerId }, { signal: options.signal, headers: options.headers });
}

export async function createListenerAndWait(
  core: AlbCore,
  request: CreateListenerRequest,
  options: WaitOptions = {},
): Promise<GetListenerAttributeResponse> {
  // createListener's own ClientToken keeps its retries to one listener.
  const { ListenerId, JobId } = await createListener(core, request, { signal: options.signal, headers: options.headers });
  return waitForListener(core, ListenerId, { ...options, jobId: JobId });
}
