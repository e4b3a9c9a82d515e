// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The stateful mock's memory: the world plus the listeners it creates, with ClientToken
// idempotency and a Provisioning → Running lifecycle. Given StateFiles (state-files.ts, Node) it is
// durable: nothing is acknowledged before it is on disk. A create appends one record to the
// journal and syncs it, and only then changes memory; the snapshot is rewritten atomically at
// start, on reset and every COMPACT_EVERY creates, so the cost of a create does not grow with the
// world. Without StateFiles it lives in memory (the MSW handlers, in Node or a browser). Every
// check-and-create runs synchronously, so concurrent requests cannot interleave inside one.
import { parameterDefaults } from '../../../generated/types.ts';
import { jobId, listenerId } from '../ids.ts';
import { checkCreate, type BusinessError, type CreateRequest } from './business-rules.ts';
import type { Job } from './queries.ts';
import { createFaults, type FaultConfig, type Faults } from '../faults.ts';
import { type Listener, type World, WorldFileError } from './world.ts';

export interface StoreSetup {
  /** The world to start from; read again on reset. */
  loadWorld: () => World;
  /** Where the state survives restarts; without it, memory only. */
  files?: StateFiles;
  /** How long a new listener stays Provisioning. Default 3 s. */
  provisioningMs?: number;
  now?: () => number;
  /** Faults to inject, over the world's own `faults:` (../faults.ts). */
  faults?: FaultConfig;
}

/** Durable storage for a store: a snapshot plus a journal of creates since it. */
export interface StateFiles {
  /** For messages: where the state lives. */
  readonly path: string;
  /** The saved snapshot and the journal's records, or undefined when there is no snapshot. */
  read(): { world: World; seq: number; records: CreateRecord[] } | undefined;
  /** Whether the snapshot is still there. */
  exists(): boolean;
  /** Appends one record durably; throws StoreWriteError and changes nothing on failure. */
  append(record: CreateRecord): void;
  /** Replaces the snapshot and empties the journal; throws StoreWriteError on failure. */
  writeSnapshot(world: World, seq: number): void;
  /** A fixed-size digest of a request's fingerprint, so a journal line stays small. */
  digest(text: string): string;
}

export type CreateOutcome =
  | { kind: 'created' | 'replayed'; listener: Listener }
  | { kind: 'dry-run' }
  | { kind: 'error'; error: BusinessError };

/** The state could not be written: nothing was changed, and the caller may retry. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

const COMPACT_EVERY = 1_000;

export interface CreateRecord {
  seq: number;
  op: 'create';
  listener: Listener;
  request: CreateRequest;
}

export class WorldStore {
  private world: World;
  private readonly setup: Required<Pick<StoreSetup, 'provisioningMs'>> & StoreSetup;
  /** The sequence number of the last change, in the snapshot or the journal. */
  private seq = 0;
  private journalLines = 0;
  private readonly byToken = new Map<string, Listener>();
  /** Until when each load balancer is Configuring after a change (a fault; memory only). */
  private readonly busyUntil = new Map<string, number>();
  /** The faults this store's world and options ask for. */
  faults: Faults;
  private readonly byId = new Map<string, Listener>();
  private readonly byLoadBalancer = new Map<string, Listener[]>();

  private constructor(world: World, seq: number, setup: StoreSetup) {
    this.world = world;
    this.seq = seq;
    this.setup = { provisioningMs: 3_000, ...setup };
    this.faults = this.createFaults();
    this.index();
  }

  private createFaults(): Faults {
    return createFaults({ ...this.world.faults, ...this.setup.faults }, () => this.now());
  }

  static open(setup: StoreSetup): WorldStore {
    const saved = setup.files?.read();
    let store: WorldStore;
    if (saved) {
      store = new WorldStore(saved.world, saved.seq, setup);
      for (const record of saved.records) if (record.seq > store.seq) store.apply(record);
    } else store = new WorldStore(setup.loadWorld(), 0, setup);
    // Start from one snapshot and an empty journal.
    try {
      store.compact();
    } catch (error) {
      throw new WorldFileError(`Cannot write the state file ${setup.files?.path}: ${(error as Error).message}.`);
    }
    return store;
  }

  /**
   * `fingerprint`: the request's business parameters as they arrived (flat, with no signature or
   * protocol parameter and no parameter the contract does not know): a retry with the same
   * ClientToken matches when these match, whatever its nonce, timestamp or signature.
   */
  create(request: CreateRequest, fingerprint: Record<string, string>, dryRun: boolean): CreateOutcome {
    const token = fingerprint.ClientToken;
    const hash = this.requestHash(fingerprint);
    if (token) {
      const earlier = this.byToken.get(token);
      if (earlier && earlier.requestHash === hash) return { kind: 'replayed', listener: earlier };
      if (earlier)
        return {
          kind: 'error',
          error: { code: 'IdempotentParameterMismatch', message: `The ClientToken ${token} was used with different parameters.` },
        };
    }
    // A listener whose job failed was rolled back: its port and its place in the quotas are free.
    const error = checkCreate(this.world, request, (id) => (this.byLoadBalancer.get(id) ?? []).filter((l) => !this.rolledBack(l)));
    if (error) return { kind: 'error', error };
    if ((this.busyUntil.get(request.LoadBalancerId) ?? 0) > this.now())
      return {
        kind: 'error',
        error: { code: 'IncorrectStatus.LoadBalancer', message: `The status of LoadBalancer [${request.LoadBalancerId}] is incorrect.` },
      };
    if (dryRun) return { kind: 'dry-run' };

    const listener: Listener = {
      id: listenerId(),
      loadBalancerId: request.LoadBalancerId,
      port: request.ListenerPort,
      protocol: request.ListenerProtocol,
      jobId: jobId(),
      createdAt: this.now(),
      ...(token ? { clientToken: token } : {}),
      requestHash: hash,
      config: listenerConfig(request),
    };
    const failure = this.faults.jobFailure(request.LoadBalancerId);
    if (failure) listener.jobFailure = failure;
    const record: CreateRecord = { seq: this.seq + 1, op: 'create', listener, request: businessRequest(request) };
    // On disk first: a failed write changes nothing and is never acknowledged.
    const { files } = this.setup;
    if (files && !files.exists()) {
      // The snapshot is gone (its directory was removed and made again): a journal alone would not
      // survive a restart, so the whole state, this listener included, becomes the new snapshot.
      const next = structuredClone(this.world);
      applyCreate(next, record);
      this.writeSnapshot(next, record.seq);
      this.world = next;
      this.seq = record.seq;
      this.index();
    } else {
      this.appendToJournal(record);
      this.apply(record);
    }
    if (this.journalLines >= COMPACT_EVERY) this.compactQuietly();
    if (this.faults.configuringMs > 0) this.busyUntil.set(request.LoadBalancerId, this.now() + this.faults.configuringMs);
    return { kind: 'created', listener };
  }

  findListener(id: string): Listener | undefined {
    return this.byId.get(id);
  }

  /** The job of every listener this store created: Processing until the listener runs, then Succeeded. */
  jobs(): Job[] {
    const jobs: Job[] = [];
    for (const listener of this.world.listeners) {
      if (listener.jobId === undefined || listener.createdAt === undefined) continue;
      const done = this.statusOf(listener) === 'Running';
      const failed = this.rolledBack(listener);
      jobs.push({
        Id: listener.jobId,
        ApiName: 'CreateListener',
        OperateType: 'Create',
        ResourceId: listener.id,
        ResourceType: 'listener',
        Status: failed ? 'Failed' : done ? 'Succeeded' : 'Processing',
        CreateTime: listener.createdAt,
        ModifyTime: done ? listener.createdAt + this.setup.provisioningMs : this.now(),
        ...(failed ? { ErrorCode: listener.jobFailure!.code, ErrorMessage: listener.jobFailure!.message } : {}),
      });
    }
    return jobs;
  }

  /** Whether this listener's job failed and has ended: the service rolled the listener back. */
  rolledBack(listener: Listener): boolean {
    return listener.jobFailure !== undefined && this.statusOf(listener) === 'Running';
  }

  /** `Provisioning` until the configured delay has passed since creation, then `Running`. */
  statusOf(listener: Listener): 'Provisioning' | 'Running' {
    return listener.createdAt !== undefined && this.now() - listener.createdAt < this.setup.provisioningMs ? 'Provisioning' : 'Running';
  }

  snapshot() {
    return {
      ...structuredClone(this.world),
      listeners: this.world.listeners.map(({ requestHash: _hash, ...l }) => ({ ...l, status: this.statusOf(l) })),
    };
  }

  reset(): void {
    this.world = this.setup.loadWorld();
    this.faults = this.createFaults();
    this.busyUntil.clear();
    this.index();
    this.seq++;
    this.compact();
  }

  private apply(record: CreateRecord): void {
    applyCreate(this.world, record);
    this.indexListener(record.listener);
    this.seq = record.seq;
  }

  /** Lookups that would otherwise scan every listener on every create. */
  private index(): void {
    this.byToken.clear();
    this.byId.clear();
    this.byLoadBalancer.clear();
    for (const listener of this.world.listeners) this.indexListener(listener);
  }

  private indexListener(listener: Listener): void {
    if (listener.clientToken) this.byToken.set(listener.clientToken, listener);
    this.byId.set(listener.id, listener);
    const onLb = this.byLoadBalancer.get(listener.loadBalancerId);
    if (onLb) onLb.push(listener);
    else this.byLoadBalancer.set(listener.loadBalancerId, [listener]);
  }

  private now(): number {
    return (this.setup.now ?? Date.now)();
  }

  private appendToJournal(record: CreateRecord): void {
    if (!this.setup.files) return;
    this.setup.files.append(record);
    this.journalLines++;
  }

  /** Snapshot the world and empty the journal. A crash between the two is safe: replay skips what the snapshot holds. */
  private compact(): void {
    this.writeSnapshot(this.world, this.seq);
  }

  private writeSnapshot(world: World, seq: number): void {
    if (!this.setup.files) return;
    this.setup.files.writeSnapshot(world, seq);
    this.journalLines = 0;
  }

  /** The fingerprint of the business parameters, without ClientToken. */
  private requestHash(params: Record<string, string>): string {
    const entries = Object.keys(params)
      .filter((k) => k !== 'ClientToken')
      .sort()
      .map((k) => [k, params[k]]);
    const text = JSON.stringify(entries);
    return this.setup.files?.digest(text) ?? text;
  }

  /** Compaction after a create that is already durable in the journal: a failure here loses nothing. */
  private compactQuietly(): void {
    try {
      this.compact();
    } catch {
      // The journal keeps growing until the next compaction succeeds.
    }
  }
}

/** The effects of a create on the world: the listener, and the counters it moves. */
function applyCreate(world: World, record: CreateRecord): void {
  const { listener, request } = record;
  world.listeners.push(listener);
  const groupIds = new Set(
    (request.DefaultActions ?? []).flatMap((a) => a?.ForwardGroupConfig?.ServerGroupTuples ?? []).map((t) => t?.ServerGroupId),
  );
  for (const group of world.serverGroups) if (groupIds.has(group.id)) group.attachedCount++;
  if (request.ListenerProtocol === 'HTTPS') {
    const policy = world.securityPolicies.find(
      (p) => p.id === (request.SecurityPolicyId ?? parameterDefaults.CreateListener.SecurityPolicyId),
    );
    if (policy) policy.attachedCount++;
    const quic = request.QuicConfig?.QuicListenerId && world.listeners.find((l) => l.id === request.QuicConfig!.QuicListenerId);
    if (quic) quic.associatedWith = listener.id;
  }
  const lb = world.loadBalancers.find((l) => l.id === request.LoadBalancerId);
  if (lb) lb.servers += world.serverGroups.filter((g) => groupIds.has(g.id)).reduce((n, g) => n + g.servers, 0);
}

/** What GetListenerAttribute answers with: the request as sent, less what only steers the call. */
function listenerConfig(request: CreateRequest): Record<string, unknown> {
  const { ClientToken: _token, DryRun: _dryRun, ...config } = request as CreateRequest & Record<string, unknown>;
  return config;
}

/** What a replay needs of the request: the fields the world's counters depend on. */
function businessRequest(request: CreateRequest): CreateRequest {
  const { LoadBalancerId, ListenerProtocol, ListenerPort, DefaultActions, SecurityPolicyId, QuicConfig } = request;
  return { LoadBalancerId, ListenerProtocol, ListenerPort, DefaultActions, SecurityPolicyId, QuicConfig };
}
