// Generated from openapi/ (x-acs-waiters) by `npm run build` (scripts/lib/client-actions.ts); do not edit.
import type { AlbCore } from '../../src/client/core.ts';
import { runWaiter, type WaiterOptions } from '../../src/client/waiter.ts';
import type { GetListenerAttributeRequest, GetListenerAttributeResponse, ListAsynJobsRequest, ListAsynJobsResponse } from '../types.ts';
import { getListenerAttribute, listAsynJobs } from './actions.ts';

/** ListenerRunning: The listener is `Running`, as after CreateListener's or StartListener's job ends. Polls GetListenerAttribute. */
export function waitUntilListenerRunning(core: AlbCore, request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<GetListenerAttributeResponse> {
  return runWaiter(core, { name: 'ListenerRunning', action: 'GetListenerAttribute', call: getListenerAttribute, ...{"acceptors":[{"state":"success","matcher":{"path":"ListenerStatus","comparator":"equals","expected":"Running"}}],"minDelayMs":1000,"maxDelayMs":10000,"timeoutMs":300000} } as const, request, options);
}

/** ListenerStopped: The listener is `Stopped`, as after StopListener's job ends. Polls GetListenerAttribute. */
export function waitUntilListenerStopped(core: AlbCore, request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<GetListenerAttributeResponse> {
  return runWaiter(core, { name: 'ListenerStopped', action: 'GetListenerAttribute', call: getListenerAttribute, ...{"acceptors":[{"state":"success","matcher":{"path":"ListenerStatus","comparator":"equals","expected":"Stopped"}}],"minDelayMs":1000,"maxDelayMs":10000,"timeoutMs":300000} } as const, request, options);
}

/** ListenerDeleted: The listener is gone, as after DeleteListener's job ends (GetListenerAttribute answers `ResourceNotFound.Listener`). Polls GetListenerAttribute. */
export function waitUntilListenerDeleted(core: AlbCore, request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<void> {
  return runWaiter(core, { name: 'ListenerDeleted', action: 'GetListenerAttribute', call: getListenerAttribute, ...{"acceptors":[{"state":"success","matcher":{"errorCode":"ResourceNotFound.Listener"}}],"minDelayMs":1000,"maxDelayMs":10000,"timeoutMs":300000} } as const, request, options).then(() => undefined);
}

/** JobSucceeded: The job a write started has ended `Succeeded`; it fails when the job ends `Failed` (with the job's `ErrorCode` and `ErrorMessage`). Polls ListAsynJobs. */
export function waitUntilJobSucceeded(core: AlbCore, request: ListAsynJobsRequest, options?: WaiterOptions): Promise<ListAsynJobsResponse> {
  return runWaiter(core, { name: 'JobSucceeded', action: 'ListAsynJobs', call: listAsynJobs, ...{"acceptors":[{"state":"failure","matcher":{"path":"Jobs[].Status","comparator":"anyEquals","expected":"Failed"},"reason":{"id":"Id","code":"ErrorCode","message":"ErrorMessage"}},{"state":"success","matcher":{"path":"Jobs[].Status","comparator":"anyEquals","expected":"Succeeded"}}],"minDelayMs":1000,"maxDelayMs":10000,"timeoutMs":300000} } as const, request, options);
}

/** Every waiter of the contract as a method of the one-object client. */
export interface AlbWaiters {
  /** ListenerRunning: The listener is `Running`, as after CreateListener's or StartListener's job ends. */
  waitUntilListenerRunning(request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<GetListenerAttributeResponse>;
  /** ListenerStopped: The listener is `Stopped`, as after StopListener's job ends. */
  waitUntilListenerStopped(request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<GetListenerAttributeResponse>;
  /** ListenerDeleted: The listener is gone, as after DeleteListener's job ends (GetListenerAttribute answers `ResourceNotFound.Listener`). */
  waitUntilListenerDeleted(request: GetListenerAttributeRequest, options?: WaiterOptions): Promise<void>;
  /** JobSucceeded: The job a write started has ended `Succeeded`; it fails when the job ends `Failed` (with the job's `ErrorCode` and `ErrorMessage`). */
  waitUntilJobSucceeded(request: ListAsynJobsRequest, options?: WaiterOptions): Promise<ListAsynJobsResponse>;
}

export function waiterMethods(core: AlbCore): AlbWaiters {
  return {
    waitUntilListenerRunning: (request, options) => waitUntilListenerRunning(core, request, options),
    waitUntilListenerStopped: (request, options) => waitUntilListenerStopped(core, request, options),
    waitUntilListenerDeleted: (request, options) => waitUntilListenerDeleted(core, request, options),
    waitUntilJobSucceeded: (request, options) => waitUntilJobSucceeded(core, request, options),
  };
}
