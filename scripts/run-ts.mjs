// Runs a TypeScript script with plain Node: `node scripts/run-ts.mjs scripts/build.ts [args]`.
//
// Why not tsx, as the other scripts: tsx's loader hooks sit in front of every module Node loads,
// the tools' own node_modules included, and the pipeline loads thousands (Prism, orval,
// openapi-typescript, Spectral in its worker). Measured side by side, the full build took 7.9 s
// this way against 10.2 s under tsx, with 3.7 s less CPU (bench/RESULTS.md). So esbuild bundles
// our own modules (packages stay imports, resolved from node_modules as usual) and Node imports the
// result. Code splitting keeps each `await import()` lazy, so a no-op build still loads no tool.
//
// The output is content-addressed (.cache/run/<entry>-<hash>.mjs and its chunks): a file is only
// ever written with the one content its name stands for, so two builds running at once, or a
// watcher that imports a chunk later, can never read a file another run is rewriting.
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined || !entry.endsWith('.ts')) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}

const outdir = resolve('.cache/run');
const { outputFiles } = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  write: false,
  logLevel: 'error',
});
for (const file of outputFiles) {
  if (existsSync(file.path)) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
// Outputs of earlier versions of the scripts are dropped once a week old (a running watcher has
// imported all of its files long before).
const current = new Set(outputFiles.map((file) => file.path));
for (const file of readdirSync(outdir)) {
  const path = join(outdir, file);
  if (!current.has(path) && Date.now() - statSync(path).mtimeMs > 7 * 24 * 3600 * 1000) unlinkSync(path);
}
const name = basename(entry, '.ts');
const main = outputFiles.find((file) => dirname(file.path) === outdir && basename(file.path).startsWith(`${name}-`));
if (main === undefined) throw new Error(`esbuild wrote no entry for ${entry}`);

// The script sees its own name and arguments. (No source maps: enabling them costs every module
// Node loads a scan, 0.1 s in a build; esbuild's output names each source file in a comment.)
process.argv = [process.argv[0], join(dirname(entry), basename(entry)), ...args];
await import(pathToFileURL(main.path).href);
