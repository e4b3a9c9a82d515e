// The size of the MSW handlers in a browser bundle: what a frontend app adds when it imports
// `albHandlers` from the package's browser entry (esbuild --bundle --minify, platform browser), with
// msw itself left out (the app has it anyway; its own size is printed beside for scale). Prints a
// Markdown table for bench/RESULTS.md.
//   npm run bench:msw-bundle
import { parseCommand } from '../src/cli/args.ts';
import { bundleSize, kb } from './support/bundle-size.ts';

parseCommand(process.argv.slice(2), {} as const, 'usage: npm run bench:msw-bundle   (no options)');

const handlers = await bundleSize("export { albHandlers } from './src/msw/browser.ts';", ['msw']);
const msw = await bundleSize("export { setupWorker } from 'msw/browser'; export { http, HttpResponse } from 'msw';", []);

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| bundle (esbuild --bundle --minify, platform browser) | raw | gzip |\n|---|---|---|');
console.log(`| albHandlers, browser entry (msw external) | ${kb(handlers.raw)} | ${kb(handlers.gzip)} |`);
console.log(`| msw itself (setupWorker, http, HttpResponse), for scale | ${kb(msw.raw)} | ${kb(msw.gzip)} |`);
console.log('\n| part of the handlers bundle | raw, minified |\n|---|---|');
for (const [part, bytes] of [...handlers.parts].sort((a, b) => b[1] - a[1])) console.log(`| ${part} | ${kb(bytes)} |`);
console.log(`\ntarget: under 60 KB gzip: ${handlers.gzip < 60 * 1024 ? 'met' : 'NOT met'}`);
if (handlers.gzip >= 60 * 1024) process.exitCode = 1;
