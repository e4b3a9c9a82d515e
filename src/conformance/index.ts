// The conformance suite as a library, `alb-createlistener-contract/conformance`: everything
// `alb-contract conformance` runs (the command only parses flags and prints): the scenarios every
// action's spec implies, each response through the named checks (check.ts), the signature checks
// against a server that verifies them (with credentials), the stateful sequences (with
// `stateful`), and the coverage, with the minimum it must reach.
//
//   import { runConformance } from 'alb-createlistener-contract/conformance';
//   const run = await runConformance({ baseUrl: mock.url, target: 'mock', seed: 1, stateful: true });
//   if (!run.ok) console.log(run.summary.byRule);
import type { Credentials } from '../client/credentials.ts';
import { type Coverage, measureCoverage } from './coverage.ts';
import { summarize } from './report.ts';
import type { ScenarioResult } from './runner.ts';
import { runScenarios } from './runner.ts';
import { generateScenarios } from './scenarios.ts';
import { loadSuiteSpecs } from './suite-spec.ts';

export { type Coverage, coverageLine } from './coverage.ts';
export { CHECKS } from './check.ts';
export { textReport, writeJsonReport, writeJunitReport } from './report.ts';

export interface ConformanceOptions {
  /** The server to check. Without it, the mock is started in-process (and a stateful one for the sequences). */
  baseUrl?: string;
  /** `mock`: the documented examples through `Prefer`; `service`: DryRun=true on every request. Default: mock without a URL, service with one. */
  target?: 'mock' | 'service';
  /** fast-check seed. Default: random (returned, to replay). */
  seed?: number;
  /** fast-check samples of valid and of invalid requests. Default 100. */
  runs?: number;
  /** Sign every request; also runs the signature checks (what the gateway must refuse). */
  credentials?: Credentials;
  /** Also run the sequences a server that keeps state must pass (they create listeners). */
  stateful?: boolean;
  /** `ok` is false when the run covers less of the spec than this percentage. */
  minCoverage?: number;
}

export interface ConformanceRun {
  seed: number;
  target: 'mock' | 'service';
  baseUrl: string;
  passed: number;
  failed: number;
  skipped: number;
  coverage: Coverage;
  /** Whether coverage fell below `minCoverage`. */
  belowMinimum: boolean;
  /** No finding, and coverage at or above the minimum. */
  ok: boolean;
  summary: ReturnType<typeof summarize>;
  results: ScenarioResult[];
}

export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceRun> {
  const target = options.target ?? (options.baseUrl ? 'service' : 'mock');
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const dryRun = target === 'service';
  const { credentials } = options;
  const stops: Array<() => Promise<void>> = [];
  try {
    let baseUrl = options.baseUrl;
    if (!baseUrl) {
      const { startMock } = await import('../mock/server.ts');
      const mock = await startMock({ port: 0 });
      stops.push(mock.close);
      baseUrl = mock.url;
    }
    // Every action of the contract, each with its own scenarios and checks.
    const specs = loadSuiteSpecs();
    const scenarios = specs.flatMap((spec) =>
      generateScenarios(spec, { examples: target === 'mock', seed, propertyRuns: options.runs ?? 100 }),
    );
    const results = await runScenarios(specs, scenarios, { baseUrl, credentials, dryRun });
    // The signature checks and the sequences send CreateListener, the action that creates.
    const creating = specs.find((spec) => spec.action === 'CreateListener')!;
    const { runSignatureChecks } = await import('./signature-checks.ts');
    results.push(...(await runSignatureChecks(creating, { baseUrl, credentials, dryRun })));
    if (options.stateful) {
      const { runSequences } = await import('./sequences.ts');
      // The scenarios need a server without state (they all create on the examples' port); without
      // a URL the sequences get a stateful mock of their own.
      let sequenceUrl = options.baseUrl;
      if (!sequenceUrl) {
        const { startMock } = await import('../mock/server.ts');
        const mock = await startMock({ port: 0, stateful: {} });
        stops.push(mock.close);
        sequenceUrl = mock.url;
      }
      results.push(...(await runSequences(creating, { baseUrl: sequenceUrl, credentials, dryRun, seed })));
    }
    const summary = summarize(results);
    const coverage = measureCoverage(specs, results);
    const belowMinimum = options.minCoverage !== undefined && coverage.percent < options.minCoverage;
    return {
      seed,
      target,
      baseUrl,
      passed: summary.total - summary.failed - summary.skipped,
      failed: summary.failed,
      skipped: summary.skipped,
      coverage,
      belowMinimum,
      ok: summary.failed === 0 && !belowMinimum,
      summary,
      results,
    };
  } finally {
    for (const stop of stops) await stop();
  }
}
