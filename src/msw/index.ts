// `alb-createlistener-contract/msw` in Node (test runners: `setupServer` from msw/node): the mock's
// data read from the package's generated files, signatures checked with node:crypto, state in
// memory from a world file (`worldFile`) or a world given as data (`world`). msw 2 is a peer
// dependency. Browsers get browser.ts (package.json `exports` picks it).
//
//   import { setupServer } from 'msw/node';
//   import { albHandlers } from 'alb-createlistener-contract/msw';
//   const handlers = albHandlers({ baseUrl: 'https://alb.cn-hangzhou.aliyuncs.com', stateful: true });
//   const server = setupServer(...handlers);   // between tests: handlers.reset(), handlers.setFaults({...})
import { nodeHashes } from '../client/hashes-node.ts';
import { loadContracts, loadEngine } from '../mock/load.ts';
import { openWorldStore } from '../mock/state/open-store.ts';
import { WorldStore } from '../mock/state/store.ts';
import { worldFromData } from '../mock/state/world.ts';
import type { WorldFile } from '../../generated/world.ts';
import { type AlbHandlers, type CommonHandlersOptions, checkOptions, createAlbHandlers } from './handlers.ts';

export type { AlbHandlers } from './handlers.ts';
/** A world as data, the shape of a world file (`World` and `WorldFile` are one type). */
export type { WorldFile, WorldFile as World } from '../../generated/world.ts';
export type { FaultConfig } from '../mock/faults.ts';

export interface AlbHandlersOptions extends CommonHandlersOptions {
  /** Keep state in memory: true for the default world, or a world (a file or data) and timings. */
  stateful?:
    | boolean
    | {
        /** The world to start from: a world file (YAML)... */
        worldFile?: string | URL;
        /** ...or a world given as data, the shape of a world file. */
        world?: WorldFile;
        /** How long a job runs (a new listener stays Provisioning). Default 3 s. */
        provisioningMs?: number;
        now?: () => number;
      };
}

export function albHandlers(options: AlbHandlersOptions = {}): AlbHandlers {
  checkOptions('albHandlers', options, ['baseUrl', 'verifySignatures', 'faults', 'stateful']);
  const stateful = typeof options.stateful === 'object' ? options.stateful : options.stateful ? {} : undefined;
  checkOptions('albHandlers stateful', stateful, ['worldFile', 'world', 'provisioningMs', 'now']);
  if (stateful?.world !== undefined && stateful.worldFile !== undefined)
    throw new TypeError('albHandlers stateful: give either world (data) or worldFile, not both');
  const { world, ...fileOptions } = stateful ?? {};
  let store: WorldStore | undefined;
  if (world !== undefined) {
    const parsed = worldFromData(world);
    store = WorldStore.open({ ...fileOptions, loadWorld: () => parsed });
  } else if (stateful) store = openWorldStore(fileOptions);
  return createAlbHandlers(options, { contracts: loadContracts(), engine: loadEngine(), hashes: nodeHashes, store });
}
