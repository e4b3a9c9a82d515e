// `npm run contract`: the contract suite against a live server.
//   --base-url <url>   or CONTRACT_BASE_URL; without it the mock is started in-process
//   --target mock|service   mock: example scenarios via Prefer; service: DryRun=true on everything
//                            (default: mock without a URL, service with one)
//   --seed <n>         fast-check seed (printed; default: random)      --runs <n>  samples of each kind (default 100)
//   --junit <path>  --json <path>   machine-readable reports          --failures-only   no line for passing scenarios
// Credentials for a real endpoint: ALB_ACCESS_KEY_ID, ALB_ACCESS_KEY_SECRET, ALB_SECURITY_TOKEN.
import { parseArgs } from 'node:util';
import { loadSuiteContract } from '../src/conformance/contract.ts';
import { summarize, textReport, writeJsonReport, writeJunitReport } from '../src/conformance/report.ts';
import { runScenarios } from '../src/conformance/runner.ts';
import { generateScenarios } from '../src/conformance/scenarios.ts';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: process.env.CONTRACT_BASE_URL },
    target: { type: 'string' },
    seed: { type: 'string', default: process.env.CONTRACT_SEED },
    runs: { type: 'string', default: '100' },
    junit: { type: 'string' },
    json: { type: 'string' },
    'failures-only': { type: 'boolean', default: false },
  },
});

const target = values.target ?? (values['base-url'] ? 'service' : 'mock');
if (target !== 'mock' && target !== 'service') fail('--target must be mock or service');
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const credentials = process.env.ALB_ACCESS_KEY_ID && process.env.ALB_ACCESS_KEY_SECRET
  ? { accessKeyId: process.env.ALB_ACCESS_KEY_ID, accessKeySecret: process.env.ALB_ACCESS_KEY_SECRET, securityToken: process.env.ALB_SECURITY_TOKEN }
  : undefined;

let baseUrl = values['base-url'];
let stop = async () => {};
if (!baseUrl) {
  const { startMock } = await import('../src/mock/server.ts');
  const mock = await startMock({ port: 0, log: null });
  baseUrl = mock.url;
  stop = mock.close;
}

const contract = loadSuiteContract();
const scenarios = generateScenarios(contract, { examples: target === 'mock', seed, propertyRuns: Number(values.runs) });
console.log(`contract suite: ${scenarios.length} scenarios against ${baseUrl} (target ${target}${target === 'service' ? ', DryRun=true on every request' : ''}), fast-check seed ${seed}`);
const results = await runScenarios(contract, scenarios, { baseUrl, credentials, dryRun: target === 'service' });
await stop();

textReport(results, (line) => console.log(line), !values['failures-only']);
const summary = summarize(results);
if (values.json) writeJsonReport(values.json, results, { baseUrl, target, seed });
if (values.junit) writeJunitReport(values.junit, results);
const kinds = Object.entries(summary.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`\n${summary.total - summary.failed} passed, ${summary.failed} failed (${kinds})${summary.failed ? `; findings by rule: ${JSON.stringify(summary.byRule)}` : ''}; replay with --seed ${seed}`);
process.exitCode = summary.failed > 0 ? 1 : 0;

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}
