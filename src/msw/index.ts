// `alb-createlistener-contract/msw` in Node (test runners: `setupServer` from msw/node): the mock's
// data read from the package's generated files, signatures checked with node:crypto, state in
// memory from a world file. msw 2 is a peer dependency. Browsers get browser.ts (package.json
// `exports` picks it).
//
//   import { setupServer } from 'msw/node';
//   import { albHandlers } from 'alb-createlistener-contract/msw';
//   const server = setupServer(...albHandlers({ baseUrl: 'https://alb.cn-hangzhou.aliyuncs.com' }));
import type { RequestHandler } from 'msw';
import { nodeHashes } from '../client/hashes-node.ts';
import { loadContracts, loadEngine } from '../mock/load.ts';
import { openWorldStore, type StoreOptions } from '../mock/state/open-store.ts';
import { type CommonHandlersOptions, createAlbHandlers } from './handlers.ts';

export interface AlbHandlersOptions extends CommonHandlersOptions {
  /** Keep state in memory (true, or a world file and timings): business errors fire from it. */
  stateful?: boolean | Omit<StoreOptions, 'stateFile'>;
}

export function albHandlers(options: AlbHandlersOptions = {}): RequestHandler[] {
  return createAlbHandlers(options, {
    contracts: loadContracts(),
    engine: loadEngine(),
    hashes: nodeHashes,
    store: options.stateful
      ? openWorldStore({ ...(typeof options.stateful === 'object' ? options.stateful : {}), faults: options.faults })
      : undefined,
  });
}
