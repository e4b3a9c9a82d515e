// The stateful mock's memory: the world plus the listeners it creates, with ClientToken
// idempotency, a Provisioning → Running lifecycle, and persistence to a state file that is written
// atomically (temporary file, fsync, rename) so a crash mid-write never loses or corrupts it.
// Every check-and-create runs synchronously, so concurrent requests cannot interleave inside one.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { jobId, listenerId } from '../ids.ts';
import { checkCreate, type BusinessError, type CreateRequest } from './business-rules.ts';
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

const STATE_VERSION = 1;

export class WorldStore {
  private world: World;
  private readonly options: Required<Pick<StoreOptions, 'provisioningMs'>> & StoreOptions;

  private constructor(world: World, options: StoreOptions) {
    this.world = world;
    this.options = { provisioningMs: 3_000, ...options };
  }

  static open(options: StoreOptions = {}): WorldStore {
    const { stateFile } = options;
    if (stateFile && existsSync(stateFile)) return new WorldStore(readStateFile(stateFile), options);
    const store = new WorldStore(loadWorldFile(options.worldFile ?? DEFAULT_WORLD), options);
    store.persist();
    return store;
  }

  create(request: CreateRequest, params: Record<string, string>, dryRun: boolean): CreateOutcome {
    const token = params.ClientToken;
    const hash = requestHash(params);
    if (token) {
      const earlier = this.world.listeners.find((l) => l.clientToken === token);
      if (earlier && earlier.requestHash === hash) return { kind: 'replayed', listener: earlier };
      if (earlier)
        return { kind: 'error', error: { code: 'IdempotentParameterMismatch', message: `The ClientToken ${token} was used with different parameters.` } };
    }
    const error = checkCreate(this.world, request);
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
    this.world.listeners.push(listener);
    const groupIds = new Set((request.DefaultActions ?? []).flatMap((a) => a?.ForwardGroupConfig?.ServerGroupTuples ?? []).map((t) => t?.ServerGroupId));
    for (const group of this.world.serverGroups) if (groupIds.has(group.id)) group.attachedCount++;
    if (request.ListenerProtocol === 'HTTPS') {
      const policy = this.world.securityPolicies.find((p) => p.id === (request.SecurityPolicyId ?? 'tls_cipher_policy_1_0'));
      if (policy) policy.attachedCount++;
      const quic = request.QuicConfig?.QuicListenerId && this.world.listeners.find((l) => l.id === request.QuicConfig!.QuicListenerId);
      if (quic) quic.associatedWith = listener.id;
    }
    const lb = this.world.loadBalancers.find((l) => l.id === request.LoadBalancerId)!;
    lb.servers += this.world.serverGroups.filter((g) => groupIds.has(g.id)).reduce((n, g) => n + g.servers, 0);
    this.persist();
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
    this.persist();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private persist(): void {
    if (this.options.stateFile) writeAtomically(this.options.stateFile, `${JSON.stringify({ version: STATE_VERSION, world: this.world }, null, 2)}\n`);
  }
}

/** Same parameters, same fingerprint: the flat wire parameters, sorted, without ClientToken. */
function requestHash(params: Record<string, string>): string {
  return JSON.stringify(Object.keys(params).filter((k) => k !== 'ClientToken').sort().map((k) => [k, params[k]]));
}

function readStateFile(path: string): World {
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new WorldFileError(`The state file ${path} is corrupted (${(error as Error).message}); refusing to start. Move it away to start from the world file.`);
  }
  if (parsed?.version !== STATE_VERSION || typeof parsed.world !== 'object')
    throw new WorldFileError(`The state file ${path} is not a state file of this mock (version ${parsed?.version}); refusing to start.`);
  return normalize(parsed.world);
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
