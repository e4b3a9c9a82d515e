// The stateful mock's memory: a session per caller (session.ts), each starting from the same world,
// with ClientToken idempotency and jobs that end in time. Given StateFiles (state-files.ts, Node)
// it is durable: nothing is acknowledged before it is on disk. A write appends one record to the
// journal and syncs it, and only then changes memory; the snapshot (every session) is rewritten
// atomically at start, on reset and every COMPACT_EVERY writes, so the cost of a write does not
// grow with the state. A reset writes the new snapshot first and changes memory only once it is
// written: all or nothing. Without StateFiles it lives in memory (the MSW handlers, in Node or a
// browser). Every check-and-write runs synchronously, so concurrent requests cannot interleave.
import { jobId, listenerId } from '../ids.ts';
import { type BusinessError, type CreateRequest, checkCreate, checkListenerWrite, type ListenerWrite, notFound } from './business-rules.ts';
import type { FaultConfig, Faults } from '../faults.ts';
import { type Change, type Job, jobAnswer, Session, type SessionState, type TokenEntry } from './session.ts';
import { type Listener, type World, WorldFileError } from './world.ts';

/** The session of a request that names none (no `x-mock-session`, no AccessKey). */
export const DEFAULT_SESSION = 'default';
/** Sessions a store keeps at most; a write that would open one more is refused (503). */
export const MAX_SESSIONS = 10_000;

export interface StoreSetup {
  /** The world every session starts from; read again on reset. */
  loadWorld: () => World;
  /** Where the state survives restarts; without it, memory only. */
  files?: StateFiles;
  /** How long a job runs (a new listener stays Provisioning). Default 3 s. */
  provisioningMs?: number;
  now?: () => number;
  /** Told what was dropped while reading the state (a torn journal line, records already in the snapshot). */
  warn?: (message: string) => void;
}

/** One accepted write, as the journal holds it. */
export interface JournalRecord {
  seq: number;
  /** When it was accepted (ms): a replay settles the session to this time first. */
  at: number;
  session: string;
  change: Change;
  /** The ClientToken's entry, when the request carried one. */
  token?: { key: string; entry: TokenEntry };
}

/** What a state file holds: a snapshot of every session that has been written to. */
export interface SavedState {
  seq: number;
  sessions: Record<string, SessionState>;
}

/** Durable storage for a store: a snapshot plus a journal of writes since it. */
export interface StateFiles {
  /** For messages: where the state lives. */
  readonly path: string;
  /** The saved snapshot and the journal's records after it, or undefined when there is no snapshot. */
  read(warn: (message: string) => void): (SavedState & { records: JournalRecord[] }) | undefined;
  /** Whether the snapshot is still there. */
  exists(): boolean;
  /** Appends one record durably; throws StoreWriteError and leaves the journal as it was on failure. */
  append(record: JournalRecord): void;
  /** Replaces the snapshot and empties the journal; throws StoreWriteError on failure. */
  writeSnapshot(state: SavedState): void;
  /** A fixed-size digest of a request's fingerprint, so a journal line stays small. */
  digest(text: string): string;
  /** Gives up the state file (its lock) for another mock. */
  release(): void;
}

export type WriteOutcome =
  | { kind: 'done' | 'replayed'; body: Record<string, unknown> }
  | { kind: 'dry-run' }
  | { kind: 'error'; error: BusinessError };

/** The state could not be written: nothing was changed, and the caller may retry. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

const COMPACT_EVERY = 1_000;

export class WorldStore {
  private template: World;
  private readonly setup: Required<Pick<StoreSetup, 'provisioningMs'>> & StoreSetup;
  /** The sessions that have been written to; any other reads the pristine world. */
  private sessions = new Map<string, Session>();
  private pristine: Session;
  /** The sequence number of the last write, in the snapshot or the journal. */
  private seq = 0;
  private journalLines = 0;

  private constructor(template: World, setup: StoreSetup) {
    this.setup = { provisioningMs: 3_000, ...setup };
    this.template = template;
    this.pristine = this.fresh();
  }

  /** The world file's own `faults:` (the mock's options go over them). */
  get worldFaults(): FaultConfig {
    return this.template.faults ?? {};
  }

  static open(setup: StoreSetup): WorldStore {
    const warn = setup.warn ?? (() => {});
    const store = new WorldStore(setup.loadWorld(), setup);
    const saved = setup.files?.read(warn);
    if (saved) {
      store.seq = saved.seq;
      for (const [name, state] of Object.entries(saved.sessions)) store.sessions.set(name, new Session(state));
      for (const record of saved.records) {
        if (record.seq <= store.seq) {
          warn(`state journal: record ${record.seq} is already in the snapshot (sequence ${store.seq}); dropped.`);
          continue;
        }
        store.replay(record);
      }
    }
    // Start from one snapshot and an empty journal.
    try {
      store.compact();
    } catch (error) {
      throw new WorldFileError(`Cannot write the state file ${setup.files?.path}: ${(error as Error).message}.`);
    }
    return store;
  }

  /** A session, settled to now, for reading; a session never written to reads the pristine world. */
  session(name = DEFAULT_SESSION): Session {
    const session = this.sessions.get(name) ?? this.pristine;
    session.settle(this.now());
    return session;
  }

  /** The sessions written to, by name. */
  sessionNames(): string[] {
    return [...this.sessions.keys()];
  }

  /**
   * CreateListener. `fingerprint`: the request's business parameters as they arrived (flat, with no
   * signature or protocol parameter and no parameter the contract does not know): a retry with the
   * same ClientToken matches when these match, whatever its nonce, timestamp or signature.
   */
  createListener(
    name: string,
    request: CreateRequest,
    fingerprint: Record<string, string>,
    dryRun: boolean,
    faults?: Faults,
  ): WriteOutcome {
    const outcome = this.write(name, 'CreateListener', fingerprint, (session, now) => {
      const error = checkCreate(session, request) ?? this.busy(session, request.LoadBalancerId, now);
      if (error) return { error };
      if (dryRun) return 'dry-run';
      const { ClientToken: _token, DryRun: _dryRun, ...config } = request as CreateRequest & Record<string, unknown>;
      const listener: Listener = {
        id: listenerId(),
        loadBalancerId: request.LoadBalancerId,
        port: request.ListenerPort,
        protocol: request.ListenerProtocol,
        config,
      };
      const failure = faults?.jobFailure(request.LoadBalancerId);
      const job = {
        id: jobId(),
        apiName: 'CreateListener',
        operateType: 'Create' as const,
        resourceId: listener.id,
        resourceType: 'listener' as const,
        createdAt: now,
        endsAt: now + this.setup.provisioningMs,
        ...(failure ? { failure } : {}),
      };
      return { change: { op: 'create', listener, job }, body: { JobId: job.id, ListenerId: listener.id } };
    });
    if (outcome.kind === 'done') this.configuring(name, request.LoadBalancerId, faults);
    return outcome;
  }

  /** The configuring fault: after each write, its load balancer is Configuring for a while. */
  private configuring(name: string, loadBalancerId: string, faults: Faults | undefined): void {
    if (faults && faults.configuringMs > 0) this.sessions.get(name)?.busyUntil.set(loadBalancerId, this.now() + faults.configuringMs);
  }

  /**
   * UpdateListenerAttribute, StartListener, StopListener and DeleteListener: a job on an existing
   * listener, which is Configuring until the job ends (session.ts applies the change when it does).
   * `attributes`: what an update changes (the nested request without ListenerId, ClientToken and
   * DryRun). Idempotent by ClientToken like a create; DryRun runs the checks and changes nothing.
   */
  changeListener(
    name: string,
    action: string,
    write: ListenerWrite,
    listenerId: string,
    attributes: Record<string, unknown>,
    fingerprint: Record<string, string>,
    dryRun: boolean,
    faults?: Faults,
  ): WriteOutcome {
    let loadBalancerId: string | undefined;
    const outcome = this.write(name, action, fingerprint, (session, now) => {
      const listener = session.listener(listenerId);
      if (!listener) return { error: notFound('ResourceNotFound.Listener', listenerId) };
      loadBalancerId = listener.loadBalancerId;
      const error = checkListenerWrite(session, listener, write, attributes) ?? this.busy(session, listener.loadBalancerId, now);
      if (error) return { error };
      if (dryRun) return 'dry-run';
      const failure = faults?.jobFailure(listener.loadBalancerId);
      const job = {
        id: jobId(),
        apiName: action,
        operateType: write === 'delete' ? ('Delete' as const) : ('Update' as const),
        resourceId: listener.id,
        resourceType: 'listener' as const,
        createdAt: now,
        endsAt: now + this.setup.provisioningMs,
        change: { before: listener.status ?? 'Running', write, ...(write === 'update' ? { attributes } : {}) },
        ...(failure ? { failure } : {}),
      };
      return { change: { op: 'change', job }, body: { JobId: job.id } };
    });
    if (outcome.kind === 'done' && loadBalancerId !== undefined) this.configuring(name, loadBalancerId, faults);
    return outcome;
  }

  /** A session's jobs as ListAsynJobs answers them, newest first. */
  jobs(name = DEFAULT_SESSION): Job[] {
    const session = this.session(name);
    const now = this.now();
    return Array.from(session.jobsNewestFirst(), (job) => jobAnswer(job, now));
  }

  /** A session's world as the inspection API shows it. */
  snapshot(name = DEFAULT_SESSION): World {
    return structuredClone(this.session(name).toState().world);
  }

  /**
   * Back to the world file: one session, or every session. The new state is written before memory
   * changes; when it cannot be, nothing changes and this throws (StoreWriteError, or WorldFileError
   * when the world file no longer reads).
   */
  reset(name?: string): void {
    const template = this.setup.loadWorld();
    const sessions = new Map(this.sessions);
    if (name === undefined) sessions.clear();
    else sessions.delete(name);
    this.writeSnapshot(sessions, this.seq + 1);
    this.sessions = sessions;
    this.seq++;
    this.template = template;
    this.pristine = this.fresh();
  }

  close(): void {
    this.setup.files?.release();
  }

  now(): number {
    return (this.setup.now ?? Date.now)();
  }

  private write(
    name: string,
    action: string,
    fingerprint: Record<string, string>,
    plan: (session: Session, now: number) => { error: BusinessError } | 'dry-run' | { change: Change; body: Record<string, unknown> },
  ): WriteOutcome {
    const now = this.now();
    const written = this.sessions.get(name);
    if (!written && this.sessions.size >= MAX_SESSIONS) throw new StoreWriteError(`the mock holds ${MAX_SESSIONS} sessions; reset some`);
    const session = written ?? this.fresh();
    session.settle(now);
    // An empty ClientToken is no token: it cannot tell one request from another.
    const token = fingerprint.ClientToken || undefined;
    const hash = this.requestHash(fingerprint);
    const key = token === undefined ? undefined : `${action}:${token}`;
    if (key !== undefined) {
      const earlier = session.token(key);
      if (earlier && earlier.hash === hash) return { kind: 'replayed', body: earlier.body };
      if (earlier)
        return {
          kind: 'error',
          error: { code: 'IdempotentParameterMismatch', message: `The ClientToken ${token} was used with different parameters.` },
        };
    }
    const planned = plan(session, now);
    if (planned === 'dry-run') return { kind: 'dry-run' };
    if ('error' in planned) return { kind: 'error', error: planned.error };
    const record: JournalRecord = {
      seq: this.seq + 1,
      at: now,
      session: name,
      change: planned.change,
      ...(key !== undefined ? { token: { key, entry: { hash, body: planned.body } } } : {}),
    };
    // On disk first: a failed write changes nothing and is never acknowledged.
    const { files } = this.setup;
    if (files && !files.exists()) {
      // The snapshot is gone (its directory was removed and made again): a journal alone would not
      // survive a restart, so the whole state, this write included, becomes the new snapshot.
      const next = new Session(structuredClone(session.toState()));
      next.apply(record.change, record.token);
      const sessions = new Map(this.sessions).set(name, next);
      this.writeSnapshot(sessions, record.seq);
      this.sessions = sessions;
    } else {
      if (files) {
        files.append(record);
        this.journalLines++;
      }
      session.apply(record.change, record.token);
      this.sessions.set(name, session);
    }
    this.seq = record.seq;
    if (this.journalLines >= COMPACT_EVERY) this.compactQuietly();
    return { kind: 'done', body: planned.body };
  }

  /** A journal record applied again at start: the session settled to its time, then the change. */
  private replay(record: JournalRecord): void {
    const session = this.sessions.get(record.session) ?? this.fresh();
    this.sessions.set(record.session, session);
    session.settle(record.at);
    session.apply(record.change, record.token);
    this.seq = record.seq;
  }

  /** A load balancer that is Configuring after a change (the configuring fault). */
  private busy(session: Session, loadBalancerId: string, now: number): BusinessError | undefined {
    if ((session.busyUntil.get(loadBalancerId) ?? 0) <= now) return undefined;
    return { code: 'IncorrectStatus.LoadBalancer', message: `The status of LoadBalancer [${loadBalancerId}] is incorrect.` };
  }

  /** A session as the world file makes it. */
  private fresh(): Session {
    return new Session({ world: structuredClone(this.template), jobs: [], tokens: {}, settledAt: 0 });
  }

  /** Snapshot every session and empty the journal. A crash between the two is safe: replay skips what the snapshot holds. */
  private compact(): void {
    this.writeSnapshot(this.sessions, this.seq);
  }

  private writeSnapshot(sessions: ReadonlyMap<string, Session>, seq: number): void {
    if (!this.setup.files) return;
    const states: Record<string, SessionState> = {};
    for (const [name, session] of sessions) states[name] = session.toState();
    this.setup.files.writeSnapshot({ seq, sessions: states });
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

  /** Compaction after a write that is already durable in the journal: a failure here loses nothing. */
  private compactQuietly(): void {
    try {
      this.compact();
    } catch {
      // The journal keeps growing until the next compaction succeeds.
    }
  }
}
