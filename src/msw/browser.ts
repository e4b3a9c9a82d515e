// `alb-createlistener-contract/msw` in a browser (a page with msw's service worker, Storybook):
// the mock's data bundled in (the part of the wire form it reads, generated/mock-contract.json;
// the documented responses the pipeline wrote; the default world), signatures checked with Web Crypto, state in memory. No `node:` import, so a
// world comes as data (`world`), not as a file.
//
//   import { setupWorker } from 'msw/browser';
//   import { albHandlers } from 'alb-createlistener-contract/msw';
//   const handlers = albHandlers({ stateful: true });
//   await setupWorker(...handlers).start();   // a "reset the mock" button: handlers.reset()
import mockResponses from '../../generated/mock-responses.json' with { type: 'json' };
import mockContract from '../../generated/mock-contract.json' with { type: 'json' };
import type { WorldFile } from '../../generated/world.ts';
import { webHashes } from '../client/hashes-web.ts';
import { createEngine, type EngineResponse } from '../mock/engine.ts';
import defaultWorld from '../mock/state/default-world.yaml';
import { WorldStore } from '../mock/state/store.ts';
import { worldFromData } from '../mock/state/world.ts';
import { contractsFrom } from '../mock/wire-form.ts';
import { type AlbHandlers, type CommonHandlersOptions, checkOptions, createAlbHandlers } from './handlers.ts';

export type { AlbHandlers } from './handlers.ts';
/** A world as data, the shape of a world file (`World` and `WorldFile` are one type). */
export type { WorldFile, WorldFile as World } from '../../generated/world.ts';
export type { FaultConfig } from '../mock/faults.ts';

export interface AlbHandlersOptions extends CommonHandlersOptions {
  /** Keep state in memory: true for the default world, or a world given as data (the shape of a world file) and timings. */
  stateful?: boolean | { world?: WorldFile; provisioningMs?: number; now?: () => number };
}

export function albHandlers(options: AlbHandlersOptions = {}): AlbHandlers {
  checkOptions('albHandlers', options, ['baseUrl', 'verifySignatures', 'faults', 'stateful']);
  const stateful = typeof options.stateful === 'object' ? options.stateful : options.stateful ? {} : undefined;
  if (stateful && 'worldFile' in stateful)
    throw new TypeError('albHandlers stateful: worldFile needs Node (msw/node); in a browser, give the world as data (world)');
  checkOptions('albHandlers stateful', stateful, ['world', 'provisioningMs', 'now']);
  const { world = defaultWorld as WorldFile, ...timing } = stateful ?? {};
  // Parsed once: every session and reset copies it.
  const parsed = stateful ? worldFromData(world) : undefined;
  return createAlbHandlers(options, {
    contracts: contractsFrom(mockContract),
    engine: createEngine(mockResponses as Record<string, Record<string, EngineResponse>>),
    hashes: webHashes,
    store: parsed ? WorldStore.open({ ...timing, loadWorld: () => parsed }) : undefined,
  });
}
