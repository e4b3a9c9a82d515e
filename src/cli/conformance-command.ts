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

  const minCoverage = values['min-coverage'] === undefined ? undefined : Number(values['min-coverage']);
  if (minCoverage !== undefined && !(values['min-coverage']!.trim() !== '' && minCoverage >= 0 && minCoverage <= 100))
    fail('--min-coverage must be a percentage from 0 to 100', 2);

  // The library runs everything; the command only reads flags and prints.
  const { coverageLine, runConformance, textReport, writeJsonReport, writeJunitReport } = await import('../conformance/index.ts');
  const run = await runConformance({
    baseUrl: values['base-url'],
    target,
    seed,
    runs,
    credentials,
    stateful: values.stateful,
    minCoverage,
  });
  console.log(
    `conformance suite: ${run.results.length} scenarios against ${values['base-url'] ?? 'the mock, started in-process'} (target ${run.target}${run.target === 'service' ? ', DryRun=true on every request' : ''}), fast-check seed ${run.seed}`,
  );
  textReport(run.results, (line) => console.log(line), !values['failures-only']);
  try {
    if (values.json)
      writeJsonReport(values.json, run.results, { baseUrl: run.baseUrl, target: run.target, seed: run.seed, coverage: run.coverage });
    if (values.junit) writeJunitReport(values.junit, run.results, run.coverage);
  } catch (error) {
    fail(`cannot write the report: ${(error as Error).message}`);
  }
  const { summary } = run;
  const kinds = Object.entries(summary.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(
    `\n${run.passed} passed, ${run.failed} failed${run.skipped ? `, ${run.skipped} skipped` : ''} (${kinds})${run.failed ? `; findings by rule: ${JSON.stringify(summary.byRule)}` : ''}; replay with --seed ${run.seed}`,
  );
  console.log(coverageLine(run.coverage));
  if (run.belowMinimum) console.log(`coverage ${run.coverage.percent}% is below --min-coverage ${minCoverage}%`);
  process.exitCode = run.ok ? 0 : 1;
}
