// The pipeline: `npm run build`. Runs the steps of lib/steps.ts (lib/pipeline.ts says how), prints
// each one's duration, and fails with the tool's own message.
//   --force        run every step
//   --only <word>  run only the steps whose name contains <word> (always, ignoring the cache)
//   --trace        also print when each step starts
//   --watch        build, then build again whenever the spec or the lint rules change
import { readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../src/cli/args.ts';
import { runPipeline } from './lib/pipeline.ts';
import { warmUp } from './lib/steps.ts';

const usage = `usage: npm run build [-- --force] [--only <word>] [--trace] [--watch]

  --force          run every step
  --only <word>    run only the steps whose name contains <word> (always, ignoring the cache)
  --trace          also print when each step starts (steps run side by side)
  --watch          build, then build again whenever openapi/ or the lint rules change; the
                   generators stay loaded, so a rebuild costs only the work (restart it after
                   editing scripts/ or src/openapi/)

examples:
  npm run build
  npm run build -- --only lint
  npm run build -- --watch`;
const values = parseCommand(
  process.argv.slice(2),
  {
    force: { type: 'boolean', default: false },
    only: { type: 'string' },
    trace: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
  } as const,
  usage,
);

const ok = await runPipeline({ force: values.force, only: values.only, trace: values.trace });
if (!values.watch) process.exitCode = ok ? 0 : 1;
else {
  await warmUp();
  watchAndRebuild();
}

/** Rebuilds after a change under a watched path settles (editors write files in several steps). */
function watchAndRebuild(): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  const rebuild = () => {
    again = true;
    running = running.then(async () => {
      if (!again) return;
      again = false;
      console.log('\nchange seen: rebuilding');
      await runPipeline({ only: values.only, trace: values.trace });
    });
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  };
  // One watch per directory, not `recursive` (on Linux, Node 20's recursive watch loses a file that
  // an editor replaces by renaming over it). A directory added later needs a restart.
  const walk = (dir: string): string[] => [
    dir,
    ...readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [])),
  ];
  const directories = ['openapi', 'spectral'].flatMap(walk);
  for (const dir of directories) watch(dir, changed);
  watch('.', (_, file) => {
    if (file === '.spectral.yaml' || file === 'redocly.yaml') changed();
  });
  console.log('watching openapi/, spectral/, .spectral.yaml and redocly.yaml (Ctrl-C stops)');
}
