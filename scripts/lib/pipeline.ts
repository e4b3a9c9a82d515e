// Runs the steps of lib/steps.ts: each as soon as every step that writes one of its inputs has
// finished, side by side with the others (the linters and Redoc run in their own processes while
// the in-process generators run), skipping a step whose inputs and outputs are unchanged since it
// last succeeded (state in .cache/, never committed). The first failure starts nothing new; the
// steps already running finish, and the build fails with the tool's own message.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { hashFiles, INPUTS_HASH_FILE, SOURCE_INPUTS } from './inputs.ts';
import { StepError, type Step, steps } from './steps.ts';

const STATE_FILE = '.cache/build-state.json';

export interface PipelineOptions {
  /** Run every step. */
  force?: boolean;
  /** Run only the steps whose name contains this (always, ignoring the cache and the order). */
  only?: string;
  /** Also print when each step starts (to see what ran side by side). */
  trace?: boolean;
  log?: (line: string) => void;
}

/** The steps that write one of this step's inputs. */
export function dependencies(step: Step, all: readonly Step[] = steps): Step[] {
  return all.filter((other) => other !== step && other.outputs.some((output) => step.inputs.includes(output)));
}

/** The steps that wait, directly or through others, for this one. */
export function dependents(step: Step, all: readonly Step[] = steps): Step[] {
  const found = new Set<Step>();
  const visit = (from: Step): void => {
    for (const other of all)
      if (!found.has(other) && dependencies(other, all).includes(from)) {
        found.add(other);
        visit(other);
      }
  };
  visit(step);
  return [...found];
}

/** Runs the pipeline once; resolves true when every step it ran succeeded. */
export async function runPipeline({ force = false, only, trace = false, log = console.log }: PipelineOptions = {}): Promise<boolean> {
  const state: Record<string, string> = existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : {};
  const started = performance.now();
  const chosen = steps.filter((step) => only === undefined || step.name.includes(only));
  const results = new Map<Step, Promise<boolean>>();
  const result = (step: Step): Promise<boolean> => {
    const promise = results.get(step) ?? run(step);
    results.set(step, promise);
    return promise;
  };
  let failed = false;

  const run = async (step: Step): Promise<boolean> => {
    // With --only, a step runs on what generated/ holds, without waiting for steps not chosen.
    const needs = dependencies(step).filter((dependency) => chosen.includes(dependency));
    const ready = await Promise.all(needs.map(result));
    if (!ready.every(Boolean) || failed) return false;
    const before = fingerprint(step);
    if (!force && only === undefined && state[step.name] === before) {
      log(`  skip  ${step.name} (unchanged)`);
      return true;
    }
    // What waits for this step will most likely run too: its tools load now, while this step runs
    // (the bundle, in Redocly's worker, leaves the main thread idle). A load that fails fails again,
    // with its message, when its step runs.
    for (const later of dependents(step)) if (chosen.includes(later)) later.load().catch(() => {});
    const t0 = performance.now();
    if (trace) log(`  start ${step.name} at ${ms(started)}`);
    try {
      await step.run();
    } catch (error) {
      failed = true;
      log(`  FAIL  ${step.name} after ${ms(t0)}\n`);
      log(error instanceof StepError ? error.message : String((error as Error)?.stack ?? error));
      return false;
    }
    state[step.name] = fingerprint(step);
    log(`  done  ${step.name} in ${ms(t0)}`);
    return true;
  };
  await Promise.all(chosen.map(result));

  mkdirSync('.cache', { recursive: true });
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
  // Every output is now made from the tree as it is: say so in generated/, for fresh clones.
  if (!failed && only === undefined) writeFileSync(INPUTS_HASH_FILE, `${hashFiles(SOURCE_INPUTS)}\n`);
  log(failed ? `build failed after ${ms(started)}` : `build finished in ${ms(started)}`);
  return !failed;
}

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

/** A hash of every input and output file's path and content: equal means nothing to do. */
function fingerprint(step: Step): string {
  return hashFiles([...step.inputs, ...step.outputs]);
}
