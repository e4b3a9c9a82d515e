// What each action does once its request is valid: one table, by action. Stateful (with a world
// store), an action answers from the world; stateless, a write answers its documented example with
// fresh identifiers (and DryRun its DryRunOperation). An action without an entry, or without a
// stateful answer of its own, answers its documented example (the handler gives every answer a
// fresh RequestId).
import type { Engine } from './engine.ts';
import type { Faults } from './faults.ts';
import { jobId, listenerId } from './ids.ts';
import type { CreateRequest, ListenerWrite } from './state/business-rules.ts';
import type { GetListenerAttributeRequest, ListAsynJobsRequest, ListListenersRequest } from '../../generated/types.ts';
import { listenerAttributes, listJobs, listListeners } from './state/queries.ts';
import { StoreWriteError, type WorldStore, type WriteOutcome } from './state/store.ts';
import type { Contract } from './wire-form.ts';

/** A valid request, as the handler read it. */
export interface ActionCall {
  contract: Contract;
  engine: Engine;
  store?: WorldStore;
  /** The session the request belongs to (sessions.ts). */
  session: string;
  /** The faults in force for it. */
  faults: Faults;
  /** The request's parameters as sent (flattened keys). */
  params: Record<string, string>;
  /** The parameters nested, as the spec describes them. */
  nested: Record<string, unknown>;
  /** Flattened keys the request repeated (they count in a retry's fingerprint). */
  repeatedKeys: ReadonlyArray<{ key: string }>;
}

/** The answer's body, or a documented error (its message the documented one when left out). */
export type ActionOutcome = { body: Record<string, unknown> } | { error: { code: string; message?: string } };

const behaviours: Record<string, (call: ActionCall) => ActionOutcome | undefined> = {
  CreateListener: createListener,
  GetListenerAttribute: ({ store, session, nested }) =>
    store && listenerAttributes(store.session(session), nested as unknown as GetListenerAttributeRequest),
  ListAsynJobs: ({ store, session, nested }) =>
    store && listJobs(store.session(session), nested as unknown as ListAsynJobsRequest, store.now()),
  ListListeners: ({ store, session, nested }) => store && listListeners(store.session(session), nested as unknown as ListListenersRequest),
  UpdateListenerAttribute: listenerWrite('update'),
  StartListener: listenerWrite('start'),
  StopListener: listenerWrite('stop'),
  DeleteListener: listenerWrite('delete'),
};

export function perform(call: ActionCall): ActionOutcome {
  return behaviours[call.contract.action]?.(call) ?? { body: call.engine.respond(call.contract.action, {}).body };
}

/** A write's documented answer with fresh ids, without state (DryRun: DryRunOperation). */
function statelessWrite({ contract, engine, params }: ActionCall): ActionOutcome {
  if (params.DryRun === 'true') return { error: { code: 'DryRunOperation' } };
  const body = engine.respond(contract.action, {}).body;
  return { body: { ...body, JobId: jobId(), ...('ListenerId' in body ? { ListenerId: listenerId() } : {}) } };
}

/**
 * A write against the store. DryRun runs the business prechecks too, and changes nothing. A retry
 * is recognised by its business parameters only: a V1 client signs every attempt with a new nonce
 * and timestamp.
 */
function storeWrite(
  call: ActionCall,
  write: (store: WorldStore, fingerprint: Record<string, string>, dryRun: boolean) => WriteOutcome,
): ActionOutcome {
  const { contract, store, params, repeatedKeys } = call;
  if (!store) return statelessWrite(call);
  const fingerprint = Object.fromEntries(
    Object.entries(params).filter(([k]) => contract.businessParameters.has(k) || repeatedKeys.some((r) => r.key === k)),
  );
  let outcome: WriteOutcome;
  try {
    outcome = write(store, fingerprint, params.DryRun === 'true');
  } catch (error) {
    // Nothing was acknowledged or kept; the documented answer for it is retryable.
    if (error instanceof StoreWriteError) return { error: { code: 'ServiceUnavailable' } };
    throw error;
  }
  if (outcome.kind === 'error') return { error: outcome.error };
  if (outcome.kind === 'dry-run') return { error: { code: 'DryRunOperation' } };
  return { body: outcome.body };
}

function createListener(call: ActionCall): ActionOutcome {
  const { session, faults, nested } = call;
  return storeWrite(call, (store, fingerprint, dryRun) =>
    store.createListener(session, nested as unknown as CreateRequest, fingerprint, dryRun, faults),
  );
}

/** UpdateListenerAttribute, StartListener, StopListener, DeleteListener: a job on an existing listener. */
function listenerWrite(write: ListenerWrite): (call: ActionCall) => ActionOutcome {
  return (call) => {
    const {
      ListenerId,
      ClientToken: _token,
      DryRun: _dryRun,
      ...attributes
    } = call.nested as { ListenerId: string } & Record<string, unknown>;
    return storeWrite(call, (store, fingerprint, dryRun) =>
      store.changeListener(call.session, call.contract.action, write, ListenerId, attributes, fingerprint, dryRun, call.faults),
    );
  };
}
