// What the mock serves, read from the package's generated files (the Node hosts: the server and
// the MSW handlers in Node). The browser's handlers bundle the same files instead.
import { readFileSync } from 'node:fs';
import { assetUrl } from '../assets.ts';
import { createEngine, type Engine } from './engine.ts';
import { type Contract, contractsFrom } from './wire-form.ts';

/** Every action of the wire form (the part the mock reads: mock-contract.ts), by name. */
export function loadContracts(path: URL | string = assetUrl('generated/mock-contract.json')): Map<string, Contract> {
  return contractsFrom(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadEngine(path: URL | string = assetUrl('generated/mock-responses.json')): Engine {
  return createEngine(JSON.parse(readFileSync(path, 'utf8')));
}
