// The pipeline: `npm run build`. Runs each step of lib/steps.ts in order, prints its duration,
// stops at the first failure with the tool's own message, and skips a step whose inputs and
// outputs are unchanged since it last succeeded (state in .cache/, never committed).
//   --force        run every step
//   --only <word>  run only the steps whose name contains <word> (always, ignoring the cache)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseCommand } from '../src/cli/args.ts';
import { hashFiles, INPUTS_HASH_FILE, SOURCE_INPUTS } from './lib/inputs.ts';
import { StepError, steps, type Step } from './lib/steps.ts';

const STATE_FILE = '.cache/build-state.json';

const usage = `usage: npm run build [-- --force] [--only <word>]

  --force          run every step
  --only <word>    run only the steps whose name contains <word> (always, ignoring the cache)

examples:
  npm run build
  npm run build -- --only lint`;
const values = parseCommand(
  process.argv.slice(2),
  { force: { type: 'boolean', default: false }, only: { type: 'string' } } as const,
  usage,
);
const force = values.force;
const only = values.only;

const state: Record<string, string> = existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : {};
const started = performance.now();
let failed = false;

for (const step of steps) {
  if (only !== undefined && !step.name.includes(only)) continue;
  const before = fingerprint(step);
  if (!force && only === undefined && state[step.name] === before) {
    console.log(`  skip  ${step.name} (unchanged)`);
    continue;
  }
  const t0 = performance.now();
  try {
    await step.run();
  } catch (error) {
    console.error(`  FAIL  ${step.name} after ${ms(t0)}\n`);
    console.error(error instanceof StepError ? error.message : error);
    failed = true;
    break;
  }
  state[step.name] = fingerprint(step);
  console.log(`  done  ${step.name} in ${ms(t0)}`);
}

mkdirSync('.cache', { recursive: true });
writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
// Every output is now made from the tree as it is: say so in generated/, for fresh clones.
if (!failed && only === undefined) writeFileSync(INPUTS_HASH_FILE, `${hashFiles(SOURCE_INPUTS)}\n`);
console.log(failed ? `build failed after ${ms(started)}` : `build finished in ${ms(started)}`);
process.exitCode = failed ? 1 : 0;

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

/** A hash of every input and output file's path and content: equal means nothing to do. */
function fingerprint(step: Step): string {
  return hashFiles([...step.inputs, ...step.outputs]);
}
