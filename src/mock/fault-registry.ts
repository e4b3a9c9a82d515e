// The faults in force, per session: a default set (the world file's `faults:` under the mock's own
// options) and, for any session given faults of its own at run time (`setFaults(faults, session)`,
// `PUT /__mock/faults`), that session's set. Each set is checked against the one faults schema
// (faults.ts) before it replaces anything; a token bucket, a seeded generator and the rest belong
// to the set they came with.
import { createFaults, type FaultConfig, type Faults } from './faults.ts';

export class FaultRegistry {
  private base: FaultConfig;
  private baseFaults: Faults;
  private readonly bySession = new Map<string, { config: FaultConfig; faults: Faults }>();

  /** `start`: the faults the mock starts with (read again on a reset of every session: the world file may have changed). */
  constructor(
    private readonly start: () => FaultConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.base = start();
    this.baseFaults = createFaults(this.base, now);
  }

  /** The faults a request of this session meets. */
  forSession(session: string): Faults {
    return this.bySession.get(session)?.faults ?? this.baseFaults;
  }

  /** The configuration in force for a session (its own, or the default). */
  configOf(session?: string): FaultConfig {
    return (session !== undefined ? this.bySession.get(session)?.config : undefined) ?? this.base;
  }

  /**
   * Replaces the faults of one session, or (without a session) the default every session without
   * faults of its own meets. Throws FaultConfigError, changing nothing, for a value the mock would
   * not honour.
   */
  set(config: FaultConfig, session?: string): void {
    const faults = createFaults(config, this.now);
    if (session === undefined) {
      this.base = config;
      this.baseFaults = faults;
    } else this.bySession.set(session, { config, faults });
  }

  /** Back to the faults the mock started with: for one session, or for every one. */
  reset(session?: string): void {
    if (session !== undefined) {
      this.bySession.delete(session);
      return;
    }
    this.bySession.clear();
    this.set(this.start());
  }
}
