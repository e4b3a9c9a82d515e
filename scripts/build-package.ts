// `npm run build:package` (also `prepack`): what `npm pack` publishes, into dist/. One esbuild
// bundle per entry point (one file loads faster than dozens) and the declarations (tsc):
//   dist/index.js        the client, universal entry (fetch, Web Crypto; browsers)
//   dist/node.js         the client, Node entry (node:http, node:crypto)
//   dist/mock.js         startMock, for test runners' global set-ups
//   dist/conformance.js  the conformance suite as a library
//   dist/cli.js          the `alb-contract` command (mock, conformance)
//   dist/msw.js          albHandlers, the mock as MSW handlers in Node (msw itself is the user's: a peer)
//   dist/msw-browser.js  albHandlers for browsers: the data bundled in, no `node:` import
//   dist/constraints.js  every request field's limits, for forms (generated/constraints.ts)
// The Node bundles carry every dependency inside (the package has no runtime dependencies); the
// files they read at run time (generated/, the default world) ship beside dist/ (package.json
// "files") and are found from the package root (src/assets.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build, type BuildOptions } from 'esbuild';
import { yamlPlugin } from './yaml-plugin.ts';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const common: BuildOptions = { bundle: true, format: 'esm', logLevel: 'warning' };
// CommonJS dependencies (ajv, ...) call require(); an ES module has none until it is made.
const nodeBanner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};
await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], platform: 'browser', outfile: 'dist/index.js' }),
  build({ ...common, entryPoints: ['src/node.ts'], platform: 'node', outfile: 'dist/node.js' }),
  build({ ...common, entryPoints: ['generated/constraints.ts'], platform: 'neutral', outfile: 'dist/constraints.js' }),
  build({ ...common, entryPoints: ['src/mock/index.ts'], platform: 'node', target: 'node20', outfile: 'dist/mock.js', banner: nodeBanner }),
  build({
    ...common,
    entryPoints: ['src/conformance/index.ts'],
    platform: 'node',
    target: 'node20',
    outfile: 'dist/conformance.js',
    banner: nodeBanner,
  }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], platform: 'node', target: 'node20', outfile: 'dist/cli.js', banner: nodeBanner }),
  build({
    ...common,
    entryPoints: ['src/msw/index.ts'],
    platform: 'node',
    target: 'node20',
    outfile: 'dist/msw.js',
    banner: nodeBanner,
    external: ['msw'],
  }),
  build({
    ...common,
    entryPoints: ['src/msw/browser.ts'],
    platform: 'browser',
    outfile: 'dist/msw-browser.js',
    external: ['msw'],
    plugins: [yamlPlugin],
  }),
]);
chmodSync('dist/cli.js', 0o755);
