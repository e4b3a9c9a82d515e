// The stateful mock's answers to the two actions a caller polls after CreateListener, read from the
// store: GetListenerAttribute (the listener as created, its status Provisioning until the job's
// time has passed, then Running) and ListAsynJobs (each create's job, Processing then Succeeded,
// filtered and paged as the request asks).
import { parameterDefaults, parameterProtocols, responseFields } from '../../../generated/types.ts';
import type { BusinessError } from './business-rules.ts';
import type { WorldStore } from './store.ts';
import type { Listener } from './world.ts';

/** The nested GetListenerAttribute request (unflattened from the wire). */
export interface GetListenerAttributeQuery {
  ListenerId: string;
}

/** The nested ListAsynJobs request. */
export interface ListAsynJobsQuery {
  JobIds?: string[];
  ResourceIds?: string[];
  ResourceType?: string;
  ApiName?: string;
  BeginTime?: number;
  EndTime?: number;
  NextToken?: string;
  MaxResults?: number;
}

export interface Job {
  Id: string;
  ApiName: string;
  OperateType: string;
  ResourceId: string;
  ResourceType: string;
  Status: 'Processing' | 'Succeeded' | 'Failed';
  CreateTime: number;
  ModifyTime: number;
  ErrorCode?: string;
  ErrorMessage?: string;
}

/**
 * The request's fields a listener keeps (what CreateListener was sent), and for each it was not
 * sent, the documented default: CreateListener's defaults that GetListenerAttribute reports and
 * that apply to the listener's protocol (DryRun is no field of a listener; SecurityPolicyId is
 * for HTTPS only).
 */
function configOf(listener: Listener): Record<string, unknown> {
  const reported = new Set<string>(responseFields.GetListenerAttribute);
  const defaults: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameterDefaults.CreateListener))
    if (reported.has(name) && (parameterProtocols.CreateListener[name]?.includes(listener.protocol) ?? true)) defaults[name] = value;
  const { Tag, ...sent } = listener.config ?? {};
  return { ...defaults, ...sent, ...(Array.isArray(Tag) ? { Tags: Tag } : {}) };
}

/** What a reading action answers: the body, or the business error. */
export type ReadOutcome = { body: Record<string, unknown> } | { error: BusinessError };

export function listenerAttributes(store: WorldStore, query: GetListenerAttributeQuery): ReadOutcome {
  const listener = store.findListener(query.ListenerId);
  // A listener whose job failed was never made: once the job has ended, there is none to read.
  if (!listener || store.rolledBack(listener))
    return { error: { code: 'ResourceNotFound.Listener', message: `The specified resource ${query.ListenerId} is not found.` } };
  return {
    body: {
      ...configOf(listener),
      ListenerId: listener.id,
      LoadBalancerId: listener.loadBalancerId,
      ListenerPort: listener.port,
      ListenerProtocol: listener.protocol,
      ListenerStatus: store.statusOf(listener),
    },
  };
}

export function listJobs(store: WorldStore, query: ListAsynJobsQuery): ReadOutcome {
  const jobs = store
    .jobs()
    .filter(
      (job) =>
        (!query.JobIds?.length || query.JobIds.includes(job.Id)) &&
        (!query.ResourceIds?.length || query.ResourceIds.includes(job.ResourceId)) &&
        (query.ResourceType === undefined || query.ResourceType === job.ResourceType) &&
        (query.ApiName === undefined || query.ApiName === job.ApiName) &&
        (query.BeginTime === undefined || job.CreateTime >= query.BeginTime) &&
        (query.EndTime === undefined || job.CreateTime <= query.EndTime),
    );
  const size = query.MaxResults ?? parameterDefaults.ListAsynJobs.MaxResults;
  // The token is the offset of the next page: opaque to callers, as the service's is.
  const start = query.NextToken && /^\d+$/.test(query.NextToken) ? Number(query.NextToken) : 0;
  const page = jobs.slice(start, start + size);
  const next = start + size < jobs.length ? String(start + size) : undefined;
  return { body: { Jobs: page, TotalCount: jobs.length, MaxResults: size, ...(next ? { NextToken: next } : {}) } };
}
