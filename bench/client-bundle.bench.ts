// The size of the client in a browser bundle (issue 27's targets): the whole client
// (`createAlbClient`, every action, waiter and paginator) under 16 KB gzip, and a bundle that
// imports only `createAlbCore` and one action's function keeping no other action (tree-shaking per
// action). Prints a Markdown table for bench/RESULTS.md; exits 1 when the whole client is over.
//   npm run bench:client-bundle
import { actions } from '../generated/types.ts';
import { parseCommand } from '../src/cli/args.ts';
import { bundleSize, kb } from './support/bundle-size.ts';

parseCommand(process.argv.slice(2), {} as const, 'usage: npm run bench:client-bundle   (no options)');

const TARGET = 16 * 1024;
const whole = await bundleSize(
  "import { createAlbClient } from './src/index.ts';\nexport const alb = createAlbClient({ region: 'cn-hangzhou' });",
);
const one = (action: string) => {
  const method = action[0]!.toLowerCase() + action.slice(1);
  return bundleSize(
    `import { createAlbCore, ${method} } from './src/index.ts';\nexport const call = (request) => ${method}(createAlbCore({ region: 'cn-hangzhou' }), request);`,
  );
};

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| bundle (esbuild --bundle --minify, platform browser) | raw | gzip | request validator in it |\n|---|---|---|---|');
const row = (name: string, size: Awaited<typeof whole>) =>
  console.log(`| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.parts.get('generated/request-validator.ts') ?? 0)} |`);
row('`createAlbClient` (every action, waiter, paginator)', whole);
for (const action of actions) row(`\`createAlbCore\` + \`${action[0]!.toLowerCase()}${action.slice(1)}\` only`, await one(action));
console.log(`\ntarget: the whole client under 16 KB gzip: ${whole.gzip < TARGET ? 'met' : 'NOT met'}`);
if (whole.gzip >= TARGET) process.exitCode = 1;
