// `alb-contract conformance` (and `npm run conformance` in a clone): the conformance suite against a
// live server, or against the mock started in-process when no URL is given.
import { fail, parseCommand } from './args.ts';

export const conformanceUsage = `usage: alb-contract conformance [options]     (in a clone: npm run conformance -- [options])

  --base-url <url>         or CONTRACT_BASE_URL; without it the mock is started in-process
  --target mock|service    mock: example scenarios via Prefer; service: DryRun=true on everything
                           (default: mock without a URL, service with one)
  --seed <n>               fast-check seed (printed; default: random)
  --runs <n>               samples of each kind (default 100)
  --junit <path>           JUnit XML report
  --json <path>            JSON report
  --failures-only          no line for passing scenarios
  --min-coverage <percent> fail the run when it covers less of the spec than this
  --stateful               also run the sequences a server that keeps state must pass (same
                           ClientToken twice, same port twice, DryRun creates nothing); they create
                           listeners on the spec's example load balancer
  --help                   this text
Credentials for a real endpoint: ALB_ACCESS_KEY_ID, ALB_ACCESS_KEY_SECRET, ALB_SECURITY_TOKEN.

examples:
  alb-contract conformance
  alb-contract conformance --base-url http://127.0.0.1:4010 --target mock --junit reports/conformance.xml`;

export async function runConformance(argv: string[]): Promise<void> {
  const values = parseCommand(
    argv,
    {
      'base-url': { type: 'string', default: process.env.CONTRACT_BASE_URL },
      target: { type: 'string' },
      seed: { type: 'string', default: process.env.CONTRACT_SEED },
      runs: { type: 'string', default: '100' },
      junit: { type: 'string' },
      json: { type: 'string' },
      'failures-only': { type: 'boolean', default: false },
      'min-coverage': { type: 'string' },
      stateful: { type: 'boolean', default: false },
    } as const,
    conformanceUsage,
  );
  const target = values.target ?? (values['base-url'] ? 'service' : 'mock');
  if (target !== 'mock' && target !== 'service') fail('--target must be mock or service', 2);
  const whole = (flag: string, text: string, max: number) => {
    if (!/^\d{1,10}$/.test(text) || Number(text) > max)
      fail(`--${flag} needs a whole number from 0 to ${max}, got ${JSON.stringify(text)}`, 2);
    return Number(text);
  };
  const seed = values.seed !== undefined ? whole('seed', values.seed, 2 ** 31 - 1) : Math.floor(Math.random() * 2 ** 31);
  const runs = whole('runs', values.runs, 100_000);
  if (values['base-url'] !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(values['base-url']);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      fail(`--base-url must be an http: or https: URL, got ${JSON.stringify(values['base-url'])}`, 2);
  }
  const credentials =
    process.env.ALB_ACCESS_KEY_ID && process.env.ALB_ACCESS_KEY_SECRET
      ? {
          accessKeyId: process.env.ALB_ACCESS_KEY_ID,
          accessKeySecret: process.env.ALB_ACCESS_KEY_SECRET,
          securityToken: process.env.ALB_SECURITY_TOKEN,
        }
      : undefined;

  const { loadSuiteSpecs } = await import('../conformance/suite-spec.ts');
  const { summarize, textReport, writeJsonReport, writeJunitReport } = await import('../conformance/report.ts');
  const { runScenarios } = await import('../conformance/runner.ts');
  const { generateScenarios } = await import('../conformance/scenarios.ts');
  const { coverageLine, measureCoverage } = await import('../conformance/coverage.ts');
  const minCoverage = values['min-coverage'] === undefined ? undefined : Number(values['min-coverage']);
  if (minCoverage !== undefined && !(values['min-coverage']!.trim() !== '' && minCoverage >= 0 && minCoverage <= 100))
    fail('--min-coverage must be a percentage from 0 to 100', 2);

  let baseUrl = values['base-url'];
  let stop = async () => {};
  if (!baseUrl) {
    const { startMock } = await import('../mock/server.ts');
    const mock = await startMock({ port: 0, log: null });
    baseUrl = mock.url;
    stop = mock.close;
  }

  // Every action of the contract; the signature checks and the stateful sequences send CreateListener.
  const specs = loadSuiteSpecs();
  const contract = specs.find((spec) => spec.action === 'CreateListener')!;
  const scenarios = specs.flatMap((spec) => generateScenarios(spec, { examples: target === 'mock', seed, propertyRuns: runs }));
  console.log(
    `conformance suite: ${scenarios.length} scenarios against ${baseUrl} (target ${target}${target === 'service' ? ', DryRun=true on every request' : ''}), fast-check seed ${seed}`,
  );
  const results = await runScenarios(specs, scenarios, { baseUrl, credentials, dryRun: target === 'service' });
  // Against a server that checks signatures (credentials given), what the gateway must refuse.
  const { runSignatureChecks } = await import('../conformance/signature-checks.ts');
  results.push(...(await runSignatureChecks(contract, { baseUrl, credentials, dryRun: target === 'service' })));
  if (values.stateful) {
    const { runSequences } = await import('../conformance/sequences.ts');
    // The scenarios need a server without state (they all create on the examples' port); without
    // a URL the sequences get a stateful mock of their own.
    let sequenceUrl = values['base-url'];
    let stopStateful = async () => {};
    if (!sequenceUrl) {
      const { startMock } = await import('../mock/server.ts');
      const mock = await startMock({ port: 0, log: null, stateful: {} });
      sequenceUrl = mock.url;
      stopStateful = mock.close;
    }
    results.push(...(await runSequences(contract, { baseUrl: sequenceUrl, credentials, dryRun: target === 'service', seed })));
    await stopStateful();
  }
  await stop();

  textReport(results, (line) => console.log(line), !values['failures-only']);
  const summary = summarize(results);
  const coverage = measureCoverage(specs, results);
  try {
    if (values.json) writeJsonReport(values.json, results, { baseUrl, target, seed, coverage });
    if (values.junit) writeJunitReport(values.junit, results, coverage);
  } catch (error) {
    fail(`cannot write the report: ${(error as Error).message}`);
  }
  const kinds = Object.entries(summary.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(
    `\n${summary.total - summary.failed - summary.skipped} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${kinds})${summary.failed ? `; findings by rule: ${JSON.stringify(summary.byRule)}` : ''}; replay with --seed ${seed}`,
  );
  console.log(coverageLine(coverage));
  const belowMinimum = minCoverage !== undefined && coverage.percent < minCoverage;
  if (belowMinimum) console.log(`coverage ${coverage.percent}% is below --min-coverage ${minCoverage}%`);
  process.exitCode = summary.failed > 0 || belowMinimum ? 1 : 0;
}
