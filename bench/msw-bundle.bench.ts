// The size of the MSW handlers in a browser bundle: what a frontend app adds when it imports
// `albHandlers` from the package's browser entry (esbuild --bundle --minify, platform browser), with
// msw itself left out (the app has it anyway; its own size is printed beside for scale). Prints a
// Markdown table for bench/RESULTS.md.
//   npm run bench:msw-bundle
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { yamlPlugin } from '../scripts/yaml-plugin.ts';
import { parseCommand } from '../src/cli/args.ts';

parseCommand(process.argv.slice(2), {} as const, 'usage: npm run bench:msw-bundle   (no options)');

async function measure(contents: string, external: string[]) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    external,
    metafile: true,
    plugins: [yamlPlugin],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  const parts = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const part = file.startsWith('generated/') ? file : file.includes('node_modules/') ? 'dependencies' : 'src/';
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return { raw: bytes.length, gzip: gzipSync(bytes).length, parts };
}

const handlers = await measure("export { albHandlers } from './src/msw/browser.ts';", ['msw']);
const msw = await measure("export { setupWorker } from 'msw/browser'; export { http, HttpResponse } from 'msw';", []);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| bundle (esbuild --bundle --minify, platform browser) | raw | gzip |\n|---|---|---|');
console.log(`| albHandlers, browser entry (msw external) | ${kb(handlers.raw)} | ${kb(handlers.gzip)} |`);
console.log(`| msw itself (setupWorker, http, HttpResponse), for scale | ${kb(msw.raw)} | ${kb(msw.gzip)} |`);
console.log('\n| part of the handlers bundle | raw, minified |\n|---|---|');
for (const [part, bytes] of [...handlers.parts].sort((a, b) => b[1] - a[1])) console.log(`| ${part} | ${kb(bytes)} |`);
console.log(`\ntarget: under 60 KB gzip: ${handlers.gzip < 60 * 1024 ? 'met' : 'NOT met'}`);
if (handlers.gzip >= 60 * 1024) process.exitCode = 1;
