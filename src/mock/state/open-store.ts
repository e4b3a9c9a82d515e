// A store for the Node hosts (the server, the MSW handlers in Node): its world from a YAML file
// (the default world unless told), its state in files when given a state file.
import type { FaultConfig } from '../faults.ts';
import { stateFiles } from './state-files.ts';
import { WorldStore } from './store.ts';
import { DEFAULT_WORLD, loadWorldFile } from './world-file.ts';

export interface StoreOptions {
  /** The world to start from (YAML). Default: default-world.yaml. */
  worldFile?: string | URL;
  /** Keep the state here across restarts. */
  stateFile?: string;
  /** How long a new listener stays Provisioning. Default 3 s. */
  provisioningMs?: number;
  now?: () => number;
  /** Faults to inject, over the world file's own `faults:`. */
  faults?: FaultConfig;
}

export function openWorldStore({ worldFile = DEFAULT_WORLD, stateFile, ...timing }: StoreOptions = {}): WorldStore {
  return WorldStore.open({
    ...timing,
    loadWorld: () => loadWorldFile(worldFile),
    ...(stateFile ? { files: stateFiles(stateFile) } : {}),
  });
}
