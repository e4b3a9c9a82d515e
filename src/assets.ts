// The files the mock and the conformance suite read at run time (the generated wire form, bundle,
// documented responses and docs page, the default world). They sit at the same place relative to
// the package root in a clone (code under src/) and in the published package (code bundled into
// dist/), so they are found from the root: the nearest directory above this module that holds
// generated/openapi.wire.json.
import { existsSync } from 'node:fs';

let root: URL | undefined;

export function assetUrl(path: string): URL {
  if (!root) {
    let dir = new URL('./', import.meta.url);
    while (!existsSync(new URL('generated/openapi.wire.json', dir))) {
      const parent = new URL('../', dir);
      if (parent.href === dir.href) throw new Error(`generated/openapi.wire.json not found above ${import.meta.url}`);
      dir = parent;
    }
    root = dir;
  }
  return new URL(path, root);
}
