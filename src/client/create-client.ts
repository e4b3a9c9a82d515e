// The typed client as one object: every action of the contract, every waiter and every paginator
// (the generated functions of generated/client/, each over core.ts), and the two conveniences of
// waiters.ts. The entry points (src/index.ts, src/node.ts) bind it to their platform: how requests
// travel and which hashes sign them. A bundle that wants only some actions imports those
// functions and createAlbCore instead.
import { type AlbActions, actionMethods } from '../../generated/client/actions.ts';
import { type AlbPaginators, paginatorMethods } from '../../generated/client/paginators.ts';
import { type AlbWaiters, waiterMethods } from '../../generated/client/waiters.ts';
import type { CreateListenerRequest, GetListenerAttributeResponse } from '../../generated/types.ts';
import { createCore } from './core.ts';
import type { AlbClientOptions, Platform, Seams } from './options.ts';
import { type CreateAndWaitOptions, createListenerAndWait, type WaitOptions, waitForListener } from './waiters.ts';

/** Every action, waiter and paginator of the contract (generated from the spec), and the conveniences. */
export interface AlbClient extends AlbActions, AlbWaiters, AlbPaginators {
  /**
   * Resolves with the listener once it runs: with `jobId`, once the job Succeeded (JobSucceeded),
   * then reading it; without, once GetListenerAttribute says Running (ListenerRunning). Rejects
   * with AlbWaitFailedError (AlbJobFailedError) when the job Failed, AlbWaitTimeoutError past
   * `timeoutMs`, and the signal's reason on abort.
   */
  waitForListener(listenerId: string, options?: WaitOptions): Promise<GetListenerAttributeResponse>;
  /** createListener, then waitForListener on its job: one call from request to running listener (`onCreated` tells the new ids first). */
  createListenerAndWait(request: CreateListenerRequest, options?: CreateAndWaitOptions): Promise<GetListenerAttributeResponse>;
}

export function createClient(options: AlbClientOptions, platform: Platform, seams: Seams = {}): AlbClient {
  const core = createCore(options, platform, seams);
  return {
    ...actionMethods(core),
    ...waiterMethods(core),
    ...paginatorMethods(core),
    waitForListener: (listenerId, waitOptions) => waitForListener(core, listenerId, waitOptions),
    createListenerAndWait: (request, waitOptions) => createListenerAndWait(core, request, waitOptions),
  };
}
