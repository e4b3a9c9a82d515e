// The stateful mock's answers to the actions that read, from a session: GetListenerAttribute (the
// listener as created and changed since, its status Provisioning or Configuring while a job on it
// runs), ListListeners (the listeners, filtered and paged in creation order) and ListAsynJobs (the
// session's jobs, newest first, filtered and paged as the request asks).
import {
  type GetListenerAttributeRequest,
  type ListAsynJobsRequest,
  type ListListenersRequest,
  parameterDefaults,
  parameterProtocols,
  responseFields,
  responseItemFields,
} from '../../../generated/types.ts';
import { invalidParameterMessage } from '../../wire/messages.ts';
import { type BusinessError, notFound } from './business-rules.ts';
import { jobAnswer, type Session, type StoredJob } from './session.ts';
import type { Listener } from './world.ts';

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

/** A listener as GetListenerAttribute answers it. */
function listenerView(listener: Listener): Record<string, unknown> {
  return {
    ...configOf(listener),
    ListenerId: listener.id,
    LoadBalancerId: listener.loadBalancerId,
    ListenerPort: listener.port,
    ListenerProtocol: listener.protocol,
    ListenerStatus: listener.status ?? 'Running',
  };
}

export function listenerAttributes(session: Session, query: GetListenerAttributeRequest): ReadOutcome {
  const listener = session.listener(query.ListenerId);
  if (!listener) return { error: notFound('ResourceNotFound.Listener', query.ListenerId) };
  return { body: listenerView(listener) };
}

/** The fields ListListeners reports of a listener (a subset of GetListenerAttribute's). */
const LISTED_FIELDS = responseItemFields.ListListeners.Listeners ?? [];

/**
 * ListListeners: the listeners of the load balancers (and ids, protocol and tags) asked for, in
 * creation order, a page at a time. A load balancer that does not exist lists nothing.
 */
export function listListeners(session: Session, query: ListListenersRequest): ReadOutcome {
  const size = query.MaxResults ?? parameterDefaults.ListListeners.MaxResults;
  const filter = queryKey(query);
  const start = query.NextToken === undefined ? 0 : readToken(query.NextToken, filter);
  if (start === undefined) return { error: badToken() };
  const ids = query.ListenerIds?.length ? new Set(query.ListenerIds) : undefined;
  const tags = (query.Tag ?? []).filter((t) => t?.Key !== undefined);
  const candidates: Iterable<Listener> = query.LoadBalancerIds?.length
    ? [...new Set(query.LoadBalancerIds)].flatMap((id) => [...session.listenersOn(id)])
    : session.allListeners();
  const page: Record<string, unknown>[] = [];
  let total = 0;
  for (const listener of candidates) {
    if (ids && !ids.has(listener.id)) continue;
    if (query.ListenerProtocol !== undefined && listener.protocol !== query.ListenerProtocol) continue;
    const own = (listener.config?.Tag ?? []) as Array<{ Key?: string; Value?: string }>;
    if (!tags.every((t) => own.some((o) => o.Key === t.Key && (t.Value === undefined || o.Value === t.Value)))) continue;
    if (total >= start && page.length < size) {
      const view = listenerView(listener);
      page.push(Object.fromEntries(LISTED_FIELDS.flatMap((f) => (view[f] === undefined ? [] : [[f, view[f]]]))));
    }
    total++;
  }
  const next = start + size < total ? makeToken(start + size, filter) : undefined;
  return { body: { Listeners: page, TotalCount: total, MaxResults: size, ...(next ? { NextToken: next } : {}) } };
}

function badToken(): BusinessError {
  return {
    code: 'InvalidParameter',
    message: invalidParameterMessage('NextToken', 'it is not a token an earlier page of this query returned'),
  };
}

export function listJobs(session: Session, query: ListAsynJobsRequest, now: number): ReadOutcome {
  const size = query.MaxResults ?? parameterDefaults.ListAsynJobs.MaxResults;
  const filter = queryKey(query);
  const start = query.NextToken === undefined ? 0 : readToken(query.NextToken, filter);
  if (start === undefined) return { error: badToken() };
  const jobIds = query.JobIds?.length ? new Set(query.JobIds) : undefined;
  const resourceIds = query.ResourceIds?.length ? new Set(query.ResourceIds) : undefined;
  const matches = (job: StoredJob) =>
    (jobIds === undefined || jobIds.has(job.id)) &&
    (resourceIds === undefined || resourceIds.has(job.resourceId)) &&
    (query.ResourceType === undefined || query.ResourceType === job.resourceType) &&
    (query.ApiName === undefined || query.ApiName === job.apiName) &&
    (query.BeginTime === undefined || job.createdAt >= query.BeginTime) &&
    (query.EndTime === undefined || job.createdAt <= query.EndTime);
  // The indexes narrow first: by id, then by resource; only a query with neither walks every job.
  const candidates: Iterable<StoredJob> = jobIds
    ? newestFirst([...jobIds].flatMap((id) => session.job(id) ?? []))
    : resourceIds
      ? newestFirst([...resourceIds].flatMap((id) => session.jobsOf(id)))
      : session.jobsNewestFirst();
  const page: StoredJob[] = [];
  let total = 0;
  if (filter === UNFILTERED) {
    // Every job: the page is read by position, the total is the count.
    total = session.jobCount;
    for (let i = start; i < Math.min(total, start + size); i++) page.push(session.jobNewestFirst(i)!);
  } else
    for (const job of candidates) {
      if (!matches(job)) continue;
      if (total >= start && page.length < size) page.push(job);
      total++;
    }
  const next = start + size < total ? makeToken(start + size, filter) : undefined;
  return {
    body: {
      Jobs: page.map((job) => jobAnswer(job, now)),
      TotalCount: total,
      MaxResults: size,
      ...(next ? { NextToken: next } : {}),
    },
  };
}

/** Jobs gathered from the indexes, newest first (stable: the later of two jobs of one millisecond first). */
function newestFirst(jobs: StoredJob[]): StoredJob[] {
  return jobs.reverse().sort((a, b) => b.createdAt - a.createdAt);
}

/** The query a token belongs to: every filter, none of the paging. */
function queryKey({ NextToken: _token, MaxResults: _size, ...filters }: { NextToken?: string; MaxResults?: number }): string {
  return fnv1a(JSON.stringify(Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1))));
}

const UNFILTERED = queryKey({});

/**
 * A page token: the offset of the next page and the query it belongs to, opaque to callers as the
 * service's are. Another query's token, or text that is no token, is refused (InvalidParameter),
 * never read as page 1.
 */
function makeToken(offset: number, key: string): string {
  return `${offset.toString(36)}.${key}`;
}

function readToken(token: string, key: string): number | undefined {
  const match = /^([0-9a-z]{1,8})\.([0-9a-f]{8})$/.exec(token);
  if (!match || match[2] !== key) return undefined;
  return Number.parseInt(match[1]!, 36);
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint (not a secret). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
