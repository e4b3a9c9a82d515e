// A store for the Node hosts (the server, the MSW handlers in Node): its world from a YAML file
// (the default world unless told), its state in files when given a state file.
import type { FaultConfig } from '../faults.ts';
import { stateFiles } from './state-files.ts';
import { WorldStore } from './store.ts';
import { cachedWorldFile, DEFAULT_WORLD } from './world-file.ts';

export interface StoreOptions {
  /** The world to start from (YAML). Default: default-world.yaml. */
  worldFile?: string | URL;
  /** Keep the state here across restarts. */
  stateFile?: string;
  /** How long a job runs (a new listener stays Provisioning). Default 3 s. */
  provisioningMs?: number;
  now?: () => number;
  /** Faults to inject, over the world file's own `faults:` (the host's fault registry reads them). */
  faults?: FaultConfig;
  /** Told what was dropped while reading the state file. Default: console.warn. */
  warn?: (message: string) => void;
}

export function openWorldStore({ worldFile = DEFAULT_WORLD, stateFile, warn, faults: _faults, ...timing }: StoreOptions = {}): WorldStore {
  const loadWorld = cachedWorldFile(worldFile);
  // The world file is read before the state file is locked: a bad world leaves the state untouched.
  loadWorld();
  const files = stateFile ? stateFiles(stateFile) : undefined;
  try {
    return WorldStore.open({ ...timing, loadWorld, warn: warn ?? ((message) => console.warn(`warning: ${message}`)), files });
  } catch (error) {
    files?.release();
    throw error;
  }
}
