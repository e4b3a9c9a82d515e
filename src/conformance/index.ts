// The conformance suite as a library, `alb-createlistener-contract/conformance`: the scenarios the
// spec implies, run against any server, every response diffed against the spec.
//
//   import { runConformance } from 'alb-createlistener-contract/conformance';
//   const { passed, failed, results } = await runConformance({ baseUrl: mock.url, target: 'mock', seed: 1 });
import type { Credentials } from '../client/credentials.ts';
import { measureCoverage } from './coverage.ts';
import { loadSuiteSpecs } from './suite-spec.ts';
import { summarize } from './report.ts';
import { runScenarios } from './runner.ts';
import { generateScenarios } from './scenarios.ts';

export { type Coverage, coverageLine } from './coverage.ts';
export { writeJsonReport, writeJunitReport } from './report.ts';

export interface ConformanceOptions {
  baseUrl: string;
  /** `mock`: the documented examples through `Prefer`; `service`: DryRun=true on every request. */
  target?: 'mock' | 'service';
  seed?: number;
  /** fast-check samples of valid and of invalid requests. Default 100. */
  runs?: number;
  credentials?: Credentials;
}

export async function runConformance(options: ConformanceOptions) {
  const target = options.target ?? 'mock';
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  // Every action of the contract, each with its own scenarios and checks.
  const specs = loadSuiteSpecs();
  const scenarios = specs.flatMap((spec) =>
    generateScenarios(spec, { examples: target === 'mock', seed, propertyRuns: options.runs ?? 100 }),
  );
  const results = await runScenarios(specs, scenarios, {
    baseUrl: options.baseUrl,
    credentials: options.credentials,
    dryRun: target === 'service',
  });
  const summary = summarize(results);
  return {
    seed,
    passed: summary.total - summary.failed - summary.skipped,
    failed: summary.failed,
    skipped: summary.skipped,
    coverage: measureCoverage(specs, results),
    summary,
    results,
  };
}
