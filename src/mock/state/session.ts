// One session's state in the stateful mock (pure, in memory; store.ts makes it durable): a world,
// indexed, the jobs the session's writes started, and the ClientTokens it has seen. A change is
// applied when it is accepted (a new listener is Provisioning at once, a changed one Configuring);
// what its job does when it ends (a listener Running, changed, Stopped or gone; or, when the job
// Failed, a create rolled back and any other change undone) is applied by `settle(now)`, in the
// order the jobs end. Both are deterministic, so replaying a journal (settle to each record's
// time, then apply it) rebuilds exactly the state that acknowledged it.
import type { ListAsynJobsResponse } from '../../../generated/types.ts';
import { securityPolicyIdOf, serverGroupIdsOf, type WorldView } from './business-rules.ts';
import type { Listener, ListenerStatus, LoadBalancer, SecurityPolicy, ServerGroup, World } from './world.ts';

/** A job as ListAsynJobs answers it. */
export type Job = NonNullable<ListAsynJobsResponse['Jobs']>[number];

/** A job as a session keeps it: its status follows from the time and `failure`. */
export interface StoredJob {
  id: string;
  apiName: string;
  operateType: 'Create' | 'Update' | 'Delete';
  resourceId: string;
  resourceType: 'listener';
  createdAt: number;
  endsAt: number;
  /** Set when the job ends Failed (a fault), with its ErrorCode and ErrorMessage. */
  failure?: { code: string; message: string };
  /** A change to an existing listener: its status before (restored when the job fails) and what the job does when it succeeds. */
  change?: { before: ListenerStatus; write: 'update' | 'start' | 'stop' | 'delete'; attributes?: Record<string, unknown> };
}

/** What a write answered, kept under its ClientToken so a retry gets the same answer. */
export interface TokenEntry {
  /** A fingerprint of the request's business parameters: a retry must match it. */
  hash: string;
  body: Record<string, unknown>;
}

/** A change a write makes: what the journal records (store.ts adds the sequence number and time). */
export type Change = { op: 'create'; listener: Listener; job: StoredJob } | { op: 'change'; job: StoredJob };

/** A session as a snapshot holds it. */
export interface SessionState {
  world: World;
  jobs: StoredJob[];
  tokens: Record<string, TokenEntry>;
  /** Every job that ended by this time has done what it does. */
  settledAt: number;
}

export class Session implements WorldView {
  readonly limits: World['limits'];
  private readonly template: Pick<World, 'faults'>;
  private readonly loadBalancers = new Map<string, LoadBalancer>();
  private readonly serverGroups = new Map<string, ServerGroup>();
  private readonly securityPolicies = new Map<string, SecurityPolicy>();
  private readonly certificates: Set<string>;
  private readonly caCertificates: Set<string>;
  /** Live listeners, in creation order. */
  private readonly listeners = new Map<string, Listener>();
  private readonly byLoadBalancer = new Map<string, Map<string, Listener>>();
  /** Every job, oldest first, and the same indexed by id and by resource. */
  private readonly jobList: StoredJob[] = [];
  private readonly jobsById = new Map<string, StoredJob>();
  private readonly jobsByResource = new Map<string, StoredJob[]>();
  /** Jobs that have not ended, soonest end first. */
  private readonly running: StoredJob[] = [];
  private readonly tokens = new Map<string, TokenEntry>();
  /** Until when each load balancer is Configuring after a change (a fault; memory only). */
  readonly busyUntil = new Map<string, number>();
  private settledAt: number;

  /** `state` is taken over, not copied: pass a copy of anything shared. */
  constructor(state: SessionState) {
    const { world } = state;
    this.limits = world.limits;
    this.template = world.faults ? { faults: world.faults } : {};
    for (const lb of world.loadBalancers) this.loadBalancers.set(lb.id, lb);
    for (const group of world.serverGroups) this.serverGroups.set(group.id, group);
    for (const policy of world.securityPolicies) this.securityPolicies.set(policy.id, policy);
    this.certificates = new Set(world.certificates);
    this.caCertificates = new Set(world.caCertificates);
    for (const listener of world.listeners) this.index(listener);
    this.settledAt = state.settledAt;
    for (const job of state.jobs) this.track(job, true);
    for (const [key, entry] of Object.entries(state.tokens)) this.tokens.set(key, entry);
  }

  toState(): SessionState {
    return {
      world: {
        limits: this.limits,
        loadBalancers: [...this.loadBalancers.values()],
        serverGroups: [...this.serverGroups.values()],
        certificates: [...this.certificates],
        caCertificates: [...this.caCertificates],
        securityPolicies: [...this.securityPolicies.values()],
        listeners: [...this.listeners.values()],
        ...this.template,
      },
      jobs: this.jobList,
      tokens: Object.fromEntries(this.tokens),
      settledAt: this.settledAt,
    };
  }

  // What the business rules read (WorldView).
  loadBalancer = (id: string) => this.loadBalancers.get(id);
  serverGroup = (id: string) => this.serverGroups.get(id);
  securityPolicy = (id: string) => this.securityPolicies.get(id);
  hasCertificate = (id: string) => this.certificates.has(id);
  hasCaCertificate = (id: string) => this.caCertificates.has(id);
  listener = (id: string) => this.listeners.get(id);
  listenersOn = (loadBalancerId: string): Iterable<Listener> => this.byLoadBalancer.get(loadBalancerId)?.values() ?? [];
  listenerCountOn = (loadBalancerId: string) => this.byLoadBalancer.get(loadBalancerId)?.size ?? 0;

  allListeners(): IterableIterator<Listener> {
    return this.listeners.values();
  }

  token(key: string): TokenEntry | undefined {
    return this.tokens.get(key);
  }

  job(id: string): StoredJob | undefined {
    return this.jobsById.get(id);
  }

  jobsOf(resourceId: string): readonly StoredJob[] {
    return this.jobsByResource.get(resourceId) ?? [];
  }

  /** Every job, newest first (as ListAsynJobs lists them). */
  *jobsNewestFirst(): Generator<StoredJob> {
    for (let i = this.jobList.length - 1; i >= 0; i--) yield this.jobList[i]!;
  }

  /** The i-th job, newest first. */
  jobNewestFirst(i: number): StoredJob | undefined {
    return this.jobList[this.jobList.length - 1 - i];
  }

  get jobCount(): number {
    return this.jobList.length;
  }

  /** Applies what every job that has ended by `now` does, in the order they end. */
  settle(now: number): void {
    while (this.running.length > 0 && this.running[0]!.endsAt <= now) this.finish(this.running.shift()!);
    this.settledAt = Math.max(this.settledAt, now);
  }

  apply(change: Change, token?: { key: string; entry: TokenEntry }): void {
    if (token) this.tokens.set(token.key, token.entry);
    switch (change.op) {
      case 'create': {
        const listener: Listener = { ...change.listener, status: 'Provisioning' };
        this.index(listener);
        this.attach(listener, 1);
        break;
      }
      case 'change': {
        // Update, start, stop and delete: the listener is Configuring until the job ends.
        const listener = this.listeners.get(change.job.resourceId);
        if (listener) setStatus(listener, 'Configuring');
        break;
      }
    }
    this.track(change.job);
    // A job that takes no time has ended already.
    this.settle(this.settledAt);
  }

  /** What a job does when it ends. */
  private finish(job: StoredJob): void {
    const listener = this.listeners.get(job.resourceId);
    if (!listener) return;
    if (job.apiName === 'CreateListener') {
      // A failed create is rolled back: the listener and everything it took are released.
      if (job.failure) this.remove(listener);
      else setStatus(listener, 'Running');
      return;
    }
    const change = job.change;
    if (!change) return;
    // A failed change leaves the listener as it was.
    if (job.failure) {
      setStatus(listener, change.before);
      return;
    }
    switch (change.write) {
      case 'update':
        // What it takes from the world follows its new attributes.
        this.attach(listener, -1);
        listener.config = { ...listener.config, ...change.attributes };
        this.attach(listener, 1);
        setStatus(listener, change.before);
        break;
      case 'start':
        setStatus(listener, 'Running');
        break;
      case 'stop':
        setStatus(listener, 'Stopped');
        break;
      case 'delete':
        this.remove(listener);
        break;
    }
  }

  private remove(listener: Listener): void {
    this.attach(listener, -1);
    this.listeners.delete(listener.id);
    this.byLoadBalancer.get(listener.loadBalancerId)?.delete(listener.id);
  }

  private index(listener: Listener): void {
    this.listeners.set(listener.id, listener);
    const onLb = this.byLoadBalancer.get(listener.loadBalancerId) ?? new Map<string, Listener>();
    this.byLoadBalancer.set(listener.loadBalancerId, onLb);
    onLb.set(listener.id, listener);
  }

  /** `loaded`: from a snapshot, where a job that had ended has already done what it does. */
  private track(job: StoredJob, loaded = false): void {
    this.jobList.push(job);
    this.jobsById.set(job.id, job);
    const ofResource = this.jobsByResource.get(job.resourceId);
    if (ofResource) ofResource.push(job);
    else this.jobsByResource.set(job.resourceId, [job]);
    if (loaded && job.endsAt <= this.settledAt) return;
    // Jobs mostly end in the order they start: the insertion point is found from the end.
    let i = this.running.length;
    while (i > 0 && this.running[i - 1]!.endsAt > job.endsAt) i--;
    this.running.splice(i, 0, job);
  }

  /**
   * What a listener takes from the world while it exists (`sign` 1) and gives back when it goes
   * (-1): its server groups' attachments and servers, its security policy's attachment, and the
   * QUIC listener it is associated with. A listener of the world file took nothing.
   */
  private attach(listener: Listener, sign: 1 | -1): void {
    const config = listener.config;
    if (sign === -1)
      for (const other of this.listenersOn(listener.loadBalancerId)) if (other.associatedWith === listener.id) delete other.associatedWith;
    if (!config) return;
    const lb = this.loadBalancers.get(listener.loadBalancerId);
    for (const id of serverGroupIdsOf(config)) {
      const group = this.serverGroups.get(id);
      if (!group) continue;
      group.attachedCount += sign;
      if (lb) lb.servers += sign * group.servers;
    }
    if (listener.protocol === 'HTTPS') {
      const policy = this.securityPolicies.get(securityPolicyIdOf(config));
      if (policy) policy.attachedCount += sign;
      const quicId = (config.QuicConfig as { QuicListenerId?: string } | undefined)?.QuicListenerId;
      const quic = quicId === undefined ? undefined : this.listeners.get(quicId);
      if (quic && sign === 1) quic.associatedWith = listener.id;
    }
  }
}

function setStatus(listener: Listener, status: ListenerStatus): void {
  listener.status = status;
}

/** A stored job as ListAsynJobs answers it, at `now`. */
export function jobAnswer(job: StoredJob, now: number): Job {
  const ended = now >= job.endsAt;
  const failed = ended && job.failure !== undefined;
  return {
    Id: job.id,
    ApiName: job.apiName,
    OperateType: job.operateType,
    ResourceId: job.resourceId,
    ResourceType: job.resourceType,
    Status: failed ? 'Failed' : ended ? 'Succeeded' : 'Processing',
    CreateTime: job.createdAt,
    ModifyTime: ended ? job.endsAt : job.createdAt,
    ...(failed ? { ErrorCode: job.failure!.code, ErrorMessage: job.failure!.message } : {}),
  };
}
