// `alb-createlistener-contract/msw` in a browser (a page with msw's service worker, Storybook):
// the mock's data bundled in (the wire form and the documented responses the pipeline wrote, the
// default world), signatures checked with Web Crypto, state in memory. No `node:` import.
//
//   import { setupWorker } from 'msw/browser';
//   import { albHandlers } from 'alb-createlistener-contract/msw';
//   await setupWorker(...albHandlers({ stateful: true })).start();
import type { RequestHandler } from 'msw';
import mockResponses from '../../generated/mock-responses.json' with { type: 'json' };
import wireForm from '../../generated/openapi.wire.json' with { type: 'json' };
import { webHashes } from '../client/hashes-web.ts';
import { createEngine, type EngineResponse } from '../mock/engine.ts';
import defaultWorld from '../mock/state/default-world.yaml';
import { WorldStore } from '../mock/state/store.ts';
import { worldFromData } from '../mock/state/world.ts';
import { contractsFrom } from '../mock/wire-form.ts';
import { type CommonHandlersOptions, createAlbHandlers } from './handlers.ts';

export interface AlbHandlersOptions extends CommonHandlersOptions {
  /**
   * Keep state in memory: true for the default world, or a world given as data (the shape of a
   * world file, parsed) and timings.
   */
  stateful?: boolean | { world?: unknown; provisioningMs?: number; now?: () => number };
}

/** The world parsed once: every session and reset copies it. */
function worldLoader(data: unknown): () => ReturnType<typeof worldFromData> {
  const world = worldFromData(data);
  return () => world;
}

export function albHandlers(options: AlbHandlersOptions = {}): RequestHandler[] {
  const { world = defaultWorld, ...timing } = typeof options.stateful === 'object' ? options.stateful : {};
  return createAlbHandlers(options, {
    contracts: contractsFrom(wireForm),
    engine: createEngine(mockResponses as Record<string, Record<string, EngineResponse>>),
    hashes: webHashes,
    store: options.stateful ? WorldStore.open({ ...timing, faults: options.faults, loadWorld: worldLoader(world) }) : undefined,
  });
}
