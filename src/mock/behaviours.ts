// What each action does once its request is valid: one table, by action. Stateful (with a world
// store), an action answers from the world; stateless, CreateListener answers its documented
// example with fresh identifiers. An action without an entry, or without a stateful answer of its
// own, answers its documented example (the handler gives every answer a fresh RequestId).
import type { Engine } from './engine.ts';
import type { Faults } from './faults.ts';
import { jobId, listenerId } from './ids.ts';
import type { CreateRequest } from './state/business-rules.ts';
import type { GetListenerAttributeRequest, ListAsynJobsRequest } from '../../generated/types.ts';
import { listenerAttributes, listJobs } from './state/queries.ts';
import { StoreWriteError, type WorldStore } from './state/store.ts';
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
};

export function perform(call: ActionCall): ActionOutcome {
  return behaviours[call.contract.action]?.(call) ?? { body: call.engine.respond(call.contract.action, {}).body };
}

function createListener({ contract, engine, store, session, faults, params, nested, repeatedKeys }: ActionCall): ActionOutcome {
  if (!store) {
    if (params.DryRun === 'true') return { error: { code: 'DryRunOperation' } };
    return { body: { ...engine.respond(contract.action, {}).body, JobId: jobId(), ListenerId: listenerId() } };
  }
  // DryRun runs the business prechecks too, and creates nothing. A retry is recognised by its
  // business parameters only: a V1 client signs every attempt with a new nonce and timestamp.
  const fingerprint = Object.fromEntries(
    Object.entries(params).filter(([k]) => contract.businessParameters.has(k) || repeatedKeys.some((r) => r.key === k)),
  );
  let outcome: ReturnType<WorldStore['createListener']>;
  try {
    outcome = store.createListener(session, nested as unknown as CreateRequest, fingerprint, params.DryRun === 'true', faults);
  } catch (error) {
    // Nothing was acknowledged or kept; the documented answer for it is retryable.
    if (error instanceof StoreWriteError) return { error: { code: 'ServiceUnavailable' } };
    throw error;
  }
  if (outcome.kind === 'error') return { error: outcome.error };
  if (outcome.kind === 'dry-run') return { error: { code: 'DryRunOperation' } };
  return { body: outcome.body };
}
