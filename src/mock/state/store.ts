// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The stateful mock's memory: the world plus the listeners it creates, with ClientToken
// idempotency and a Provisioning → Running lifecycle. With a state file it is durable: nothing is
// acknowledged before it is on disk. A create appends one line to a journal beside the state file
// (`<state file>.journal`) and syncs it, and only then changes memory; the state file itself is a
// snapshot, rewritten atomically (temporary file, fsync, rename) at start, on reset and every
// COMPACT_EVERY creates. So the cost of a create does not grow with the world. Every
// check-and-create runs synchronously, so concurrent requests cannot interleave inside one.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parameterDefaults } from '../../../generated/types.ts';
import { createAjv } from '../../wire/query-validator.ts';
import { jobId, listenerId } from '../ids.ts';
import { checkCreate, type BusinessError, type CreateRequest } from './business-rules.ts';
import { stateFileSchema } from './world-schema.ts';
import { DEFAULT_WORLD, loadWorldFile, normalize, WorldFileError, type Listener, type World } from './world.ts';

export interface StoreOptions {
  /** The world to start from (YAML). Default: default-world.yaml. */
  worldFile?: string | URL;
  /** Keep the state here across restarts. */
  stateFile?: string;
  /** How long a new listener stays Provisioning. Default 3 s. */
  provisioningMs?: number;
  now?: () => number;
}

export type CreateOutcome =
  | { kind: 'created' | 'replayed'; listener: Listener }
  | { kind: 'dry-run' }
  | { kind: 'error'; error: BusinessError };

/** The state could not be written: nothing was changed, and the caller may retry. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

const STATE_VERSION = 2;
const COMPACT_EVERY = 1_000;
const validateStateFile = createAjv().compile(stateFileSchema);

interface CreateRecord {
  seq: number;
  op: 'create';
  listener: Listener;
  request: CreateRequest;
}

export class WorldStore {
  private world: World;
  private readonly options: Required<Pick<StoreOptions, 'provisioningMs'>> & StoreOptions;
  /** The sequence number of the last change, in the snapshot or the journal. */
  private seq = 0;
  private journalLines = 0;
  private readonly byToken = new Map<string, Listener>();
  private readonly byLoadBalancer = new Map<string, Listener[]>();

  private constructor(world: World, seq: number, options: StoreOptions) {
    this.world = world;
    this.seq = seq;
    this.options = { provisioningMs: 3_000, ...options };
    this.index();
  }

  static open(options: StoreOptions = {}): WorldStore {
    const { stateFile } = options;
    if (stateFile) removeLeftoverTemporaries(stateFile);
    let store: WorldStore;
    if (stateFile && existsSync(stateFile)) {
      const { world, seq } = readStateFile(stateFile);
      store = new WorldStore(world, seq, options);
      for (const record of readJournal(journalOf(stateFile))) if (record.seq > store.seq) store.apply(record);
    } else store = new WorldStore(loadWorldFile(options.worldFile ?? DEFAULT_WORLD), 0, options);
    // Start from one snapshot and an empty journal.
    try {
      store.compact();
    } catch (error) {
      throw new WorldFileError(`Cannot write the state file ${stateFile}: ${(error as Error).message}.`);
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
    const hash = requestHash(fingerprint);
    if (token) {
      const earlier = this.byToken.get(token);
      if (earlier && earlier.requestHash === hash) return { kind: 'replayed', listener: earlier };
      if (earlier)
        return {
          kind: 'error',
          error: { code: 'IdempotentParameterMismatch', message: `The ClientToken ${token} was used with different parameters.` },
        };
    }
    const error = checkCreate(this.world, request, (id) => this.byLoadBalancer.get(id) ?? []);
    if (error) return { kind: 'error', error };
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
    };
    const record: CreateRecord = { seq: this.seq + 1, op: 'create', listener, request: businessRequest(request) };
    // On disk first: a failed write changes nothing and is never acknowledged.
    const { stateFile } = this.options;
    if (stateFile && !existsSync(stateFile)) {
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
    return { kind: 'created', listener };
  }

  /** `Provisioning` until the configured delay has passed since creation, then `Running`. */
  statusOf(listener: Listener): 'Provisioning' | 'Running' {
    return listener.createdAt !== undefined && this.now() - listener.createdAt < this.options.provisioningMs ? 'Provisioning' : 'Running';
  }

  snapshot() {
    return {
      ...structuredClone(this.world),
      listeners: this.world.listeners.map(({ requestHash: _hash, ...l }) => ({ ...l, status: this.statusOf(l) })),
    };
  }

  reset(): void {
    this.world = loadWorldFile(this.options.worldFile ?? DEFAULT_WORLD);
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
    this.byLoadBalancer.clear();
    for (const listener of this.world.listeners) this.indexListener(listener);
  }

  private indexListener(listener: Listener): void {
    if (listener.clientToken) this.byToken.set(listener.clientToken, listener);
    const onLb = this.byLoadBalancer.get(listener.loadBalancerId);
    if (onLb) onLb.push(listener);
    else this.byLoadBalancer.set(listener.loadBalancerId, [listener]);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private appendToJournal(record: CreateRecord): void {
    const { stateFile } = this.options;
    if (!stateFile) return;
    const path = journalOf(stateFile);
    try {
      // Opened per write: a state directory that disappeared fails here instead of writing into
      // an unlinked file that a restart would never see.
      const fd = openSync(path, 'a');
      try {
        writeSync(fd, `${JSON.stringify(record)}\n`);
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new StoreWriteError(`could not append to the state journal: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    this.journalLines++;
  }

  /** Snapshot the world and empty the journal. A crash between the two is safe: replay skips what the snapshot holds. */
  private compact(): void {
    if (this.options.stateFile) this.writeSnapshot(this.world, this.seq);
  }

  private writeSnapshot(world: World, seq: number): void {
    const { stateFile } = this.options;
    if (!stateFile) return;
    try {
      writeAtomically(stateFile, `${JSON.stringify({ version: STATE_VERSION, seq, world })}\n`);
      writeAtomically(journalOf(stateFile), '');
    } catch (error) {
      throw new StoreWriteError(`could not write the state file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    this.journalLines = 0;
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
    const policy = world.securityPolicies.find((p) => p.id === (request.SecurityPolicyId ?? parameterDefaults.SecurityPolicyId));
    if (policy) policy.attachedCount++;
    const quic = request.QuicConfig?.QuicListenerId && world.listeners.find((l) => l.id === request.QuicConfig!.QuicListenerId);
    if (quic) quic.associatedWith = listener.id;
  }
  const lb = world.loadBalancers.find((l) => l.id === request.LoadBalancerId);
  if (lb) lb.servers += world.serverGroups.filter((g) => groupIds.has(g.id)).reduce((n, g) => n + g.servers, 0);
}

function journalOf(stateFile: string): string {
  return `${stateFile}.journal`;
}

/** The fingerprint of the business parameters, without ClientToken: a fixed-size hash. */
function requestHash(params: Record<string, string>): string {
  const entries = Object.keys(params)
    .filter((k) => k !== 'ClientToken')
    .sort()
    .map((k) => [k, params[k]]);
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/** What a replay needs of the request: the fields the world's counters depend on. */
function businessRequest(request: CreateRequest): CreateRequest {
  const { LoadBalancerId, ListenerProtocol, ListenerPort, DefaultActions, SecurityPolicyId, QuicConfig } = request;
  return { LoadBalancerId, ListenerProtocol, ListenerPort, DefaultActions, SecurityPolicyId, QuicConfig };
}

function readStateFile(path: string): { world: World; seq: number } {
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new WorldFileError(
      `The state file ${path} is corrupted (${(error as Error).message}); refusing to start. Move it away to start from the world file.`,
    );
  }
  if ((parsed?.version !== 1 && parsed?.version !== STATE_VERSION) || typeof parsed.world !== 'object')
    throw new WorldFileError(`The state file ${path} is not a state file of this mock (version ${parsed?.version}); refusing to start.`);
  if (!validateStateFile(parsed.world)) {
    const error = validateStateFile.errors![0]!;
    const detail = error.keyword === 'additionalProperties' ? `unknown field "${error.params.additionalProperty}"` : error.message;
    throw new WorldFileError(
      `The state file ${path} does not hold a valid world: ${error.instancePath || 'the world'} ${detail}; refusing to start.`,
    );
  }
  return { world: normalize(parsed.world), seq: typeof parsed.seq === 'number' ? parsed.seq : 0 };
}

function readJournal(path: string): CreateRecord[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  // The last line is complete only if the file ends with a newline; a torn last line was never
  // synced, so never acknowledged, and is dropped.
  lines.pop();
  return lines.map((line, i) => {
    try {
      const record = JSON.parse(line);
      if (record?.op !== 'create' || typeof record.seq !== 'number' || typeof record.listener?.id !== 'string')
        throw new Error('not a journal record');
      return record as CreateRecord;
    } catch (error) {
      throw new WorldFileError(`The state journal ${path} is corrupted at line ${i + 1} (${(error as Error).message}); refusing to start.`);
    }
  });
}

/** Temporary files of an atomic write that a crash interrupted. */
function removeLeftoverTemporaries(stateFile: string): void {
  const dir = dirname(stateFile);
  if (!existsSync(dir)) return;
  const prefixes = [basename(stateFile), basename(journalOf(stateFile))].map((name) => `${name}.`);
  for (const entry of readdirSync(dir))
    if (entry.endsWith('.tmp') && prefixes.some((p) => entry.startsWith(p)) && /\.\d+\.tmp$/.test(entry))
      rmSync(join(dir, entry), { force: true });
}

export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  // The rename itself is durable once the directory is synced.
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
