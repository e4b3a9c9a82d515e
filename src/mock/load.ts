// What the mock serves, read from the package's generated files (the Node hosts: the server and
// the MSW handlers in Node). The browser's handlers bundle the same files instead.
import { readFileSync } from 'node:fs';
import { assetUrl } from '../assets.ts';
import { createEngine, type Engine } from './engine.ts';
import { type Contract, contractFrom } from './wire-form.ts';

export function loadWireForm(path: URL | string = assetUrl('generated/openapi.wire.json')): Contract {
  return contractFrom(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadEngine(path: URL | string = assetUrl('generated/mock-responses.json')): Engine {
  return createEngine(JSON.parse(readFileSync(path, 'utf8')));
}
