// An esbuild plugin that imports a YAML file as its parsed value (src/msw/browser.ts bundles the
// default world this way, so a browser needs no YAML parser). Used by the package build and the
// browser tests' bundles.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { parse } from 'yaml';

export const yamlPlugin: Plugin = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async ({ path }) => ({
      contents: JSON.stringify(parse(await readFile(path, 'utf8'))),
      loader: 'json',
    }));
  },
};
