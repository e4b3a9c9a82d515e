// `alb-contract mock` (and `npm start`, which runs the pipeline first): serve the mock and the docs.
import { checkFaults, FaultConfigError, type FaultConfig, type ThrottleSignal } from '../mock/faults.ts';
import { type CorsOrigins, parseCorsOrigins } from '../mock/cors.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../mock/defaults.ts';
import { exampleQuery } from '../wire/example-request.ts';
import { fail, parseCommand } from './args.ts';

export const mockUsage = `usage: alb-contract mock [options]     (in a clone: npm start -- [options])

  --host <h>            or ALB_MOCK_HOST (default 127.0.0.1)
  --port <n>            or ALB_MOCK_PORT (default 4010; 0 picks a free port)
  --quiet               no per-request log line
  --cors-origin <o>     or ALB_MOCK_CORS_ORIGIN (default *): the pages that may call the mock, one
                        origin per flag or a comma list (http://localhost:5173); another origin is
                        refused, and the listed ones may also use the control API (/__mock/)
  --allowed-hosts <a,b> or ALB_MOCK_ALLOWED_HOSTS: host names besides loopback ones to answer
  --verify-signatures   check V3/V1 signatures against ALB_MOCK_ACCESS_KEY_ID / ALB_MOCK_ACCESS_KEY_SECRET
  --stateful            keep state: business errors fire from it
  --world <file.yaml>   the world to start from (default: the packaged default world)
  --state-file <path>   persist the state across restarts (a synced journal beside a snapshot)
  --provisioning-ms <n> how long a new listener stays Provisioning (default 3000)
faults (also a world file's \`faults:\`; seeded, so a run repeats):
  --latency <ms|min-max>    add this delay to every answer
  --throttle <n>[:burst]    n requests a second (per AccessKey with --throttle-per-key), then
                            Throttling.User with x-acs-retry-after
  --throttle-per-key        one bucket per AccessKey instead of one for everyone
  --throttle-signal <s>     how a throttled request is told: x-acs-retry-after (default),
                            x-ratelimit (TimeLeft in x-ratelimit-user-api, as the Go runtime reads
                            it) or retry-after-only (503 with x-acs-retry-after)
  --configuring-ms <n>      after each create, its load balancer is Configuring this long:
                            creates on it answer IncorrectStatus.LoadBalancer (needs --stateful)
  --fail-jobs <f>[:code]    this fraction of creates get a job that ends Failed (needs --stateful)
  --fault-seed <n>          the seed of every random choice (default 1)
  --help                this text

examples:
  alb-contract mock
  alb-contract mock --stateful --state-file .mock-state.json --port 4011
  alb-contract mock --stateful --latency 200-800 --throttle 5 --fail-jobs 0.2:QuotaExceeded.Listener`;

export async function runMock(argv: string[], extraOptions: Record<string, { type: 'boolean' }> = {}): Promise<void> {
  const values = parseCommand(
    argv,
    {
      ...extraOptions,
      host: { type: 'string', default: process.env.ALB_MOCK_HOST ?? DEFAULT_HOST },
      port: { type: 'string', default: process.env.ALB_MOCK_PORT ?? String(DEFAULT_PORT) },
      quiet: { type: 'boolean', default: false },
      'cors-origin': { type: 'string', multiple: true, default: [process.env.ALB_MOCK_CORS_ORIGIN ?? '*'] },
      'allowed-hosts': { type: 'string', default: process.env.ALB_MOCK_ALLOWED_HOSTS ?? '' },
      'verify-signatures': { type: 'boolean', default: false },
      stateful: { type: 'boolean', default: false },
      world: { type: 'string' },
      'state-file': { type: 'string' },
      'provisioning-ms': { type: 'string', default: '3000' },
      latency: { type: 'string' },
      throttle: { type: 'string' },
      'throttle-per-key': { type: 'boolean', default: false },
      'throttle-signal': { type: 'string' },
      'configuring-ms': { type: 'string' },
      'fail-jobs': { type: 'string' },
      'fault-seed': { type: 'string' },
    } as const,
    mockUsage,
  );
  let corsOrigin: CorsOrigins;
  try {
    corsOrigin = parseCorsOrigins(values['cors-origin']);
  } catch (error) {
    fail(`--cors-origin: ${(error as Error).message}`);
  }
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port) || port > 65535) fail(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  // An empty host would bind every interface, and turn the Host guard off.
  if (values.host.trim() === '') fail('--host (or ALB_MOCK_HOST) must name an interface, e.g. 127.0.0.1; it is empty');
  const provisioningMs = Number(values['provisioning-ms']);
  if (!/^\d{1,9}$/.test(values['provisioning-ms']))
    fail(`--provisioning-ms needs a whole number of milliseconds, got ${JSON.stringify(values['provisioning-ms'])}`);

  let verifySignatures: { accessKeyId: string; accessKeySecret: string } | undefined;
  if (values['verify-signatures']) {
    const accessKeyId = process.env.ALB_MOCK_ACCESS_KEY_ID;
    const accessKeySecret = process.env.ALB_MOCK_ACCESS_KEY_SECRET;
    if (!accessKeyId || !accessKeySecret)
      fail('--verify-signatures needs ALB_MOCK_ACCESS_KEY_ID and ALB_MOCK_ACCESS_KEY_SECRET in the environment');
    verifySignatures = { accessKeyId, accessKeySecret };
  }
  if ((values.world || values['state-file']) && !values.stateful) fail('--world and --state-file need --stateful');
  if ((values['configuring-ms'] || values['fail-jobs']) && !values.stateful) fail('--configuring-ms and --fail-jobs need --stateful');
  if ((values['throttle-signal'] !== undefined || values['throttle-per-key']) && values.throttle === undefined)
    fail('--throttle-signal and --throttle-per-key need --throttle');
  const faults = faultsFrom(values);
  const stateful = values.stateful ? { worldFile: values.world, stateFile: values['state-file'], provisioningMs, faults } : undefined;
  const allowedHosts = values['allowed-hosts']
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);

  const { startMock } = await import('../mock/server.ts');
  const { WorldFileError } = await import('../mock/state/world.ts');
  const mock = await startMock({
    host: values.host,
    port,
    log: values.quiet ? null : (line: string) => console.log(line),
    corsOrigin: corsOrigin === '*' ? '*' : [...corsOrigin],
    verifySignatures,
    ...(stateful ? {} : { faults }),
    stateful,
    allowedHosts,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof WorldFileError) fail(error.message);
    if (error.code === 'ENOENT') fail(`Cannot read ${error.path}.`);
    if (error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES' || error.code === 'ENOTFOUND')
      return listenFailure(error.code, values.host, port);
    fail(`the mock did not start: ${error.message}`);
  });

  // The first action's documented example request, as the curl to try.
  const contract = mock.contracts.values().next().value!;
  const query = new URLSearchParams(exampleQuery(contract.parameters)).toString();
  const state = stateful
    ? `kept (world ${values.world ?? 'default'}${values['state-file'] ? `, saved to ${values['state-file']}` : ''}); inspect it at ${mock.url}/__mock/state`
    : 'none (start with --stateful for business errors from real state)';
  const signatures = verifySignatures
    ? `verified for AccessKey ${verifySignatures.accessKeyId.slice(0, 4)}***`
    : 'not checked (start with --verify-signatures to check them)';
  console.log(`
ALB listener mock on ${mock.url}   (docs: ${mock.url}/docs)
State: ${state}
Signatures: ${signatures}

Try it:
  curl -s -X POST '${mock.url}/?${query}' -H 'x-acs-action: ${contract.action}' -H 'x-acs-version: ${contract.version}'

Ask for any documented error or example:
  -H 'Prefer: code=404, example=ResourceNotFound.LoadBalancer'     or  ?__code=404&__example=ResourceNotFound.LoadBalancer
  XML instead of JSON: -H 'Accept: application/xml' (or Format=XML with V1); DryRun=true gives 400 DryRunOperation.
  Documented errors, by status (the docs say what each means):
${[...contract.examplesByStatus]
  .filter(([status]) => status >= 400)
  .map(([status, names]) => `    ${status}: ${names.join(', ')}`)
  .join('\n')}
${values.quiet ? '' : '\nOne line per request: method action status code time. --quiet turns it off.\n'}`);

  const stop = () => void mock.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function listenFailure(code: string, host: string, port: number): never {
  if (code === 'EADDRINUSE') fail(`Port ${port} on ${host} is already in use; pick another with --port or ALB_MOCK_PORT.`);
  if (code === 'ENOTFOUND') fail(`Cannot listen on ${host}: no such host name.`);
  fail(`Cannot listen on ${host}:${port} (${code}${code === 'EACCES' ? ': this port needs privileges' : ''}).`);
}

/** Which flag sets each field of a fault configuration, for one-line errors. */
const FAULT_FLAGS: Record<string, string> = {
  latencyMs: '--latency',
  throttle: '--throttle',
  configuringMs: '--configuring-ms',
  failJobs: '--fail-jobs',
  seed: '--fault-seed',
};

/** The fault flags as a fault configuration; a malformed value stops with a one-line error. */
function faultsFrom(values: {
  latency?: string;
  throttle?: string;
  'throttle-per-key'?: boolean;
  'throttle-signal'?: string;
  'configuring-ms'?: string;
  'fail-jobs'?: string;
  'fault-seed'?: string;
}): FaultConfig {
  const faults: FaultConfig = {};
  const number = (flag: string, text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0) fail(`--${flag} needs a non-negative number, got ${text}`);
    return n;
  };
  if (values.latency !== undefined) {
    const [low, high] = values.latency.split('-');
    faults.latencyMs = high === undefined ? number('latency', low!) : [number('latency', low!), number('latency', high)];
  }
  if (values.throttle !== undefined) {
    const [rate, burst] = values.throttle.split(':');
    faults.throttle = {
      ratePerSecond: number('throttle', rate!),
      ...(burst !== undefined ? { burst: number('throttle', burst) } : {}),
      perAccessKey: values['throttle-per-key'] === true,
      ...(values['throttle-signal'] !== undefined ? { signal: values['throttle-signal'] as ThrottleSignal } : {}),
    };
    if (faults.throttle.ratePerSecond === 0) fail('--throttle needs a rate above 0');
  }
  if (values['configuring-ms'] !== undefined) faults.configuringMs = number('configuring-ms', values['configuring-ms']);
  if (values['fail-jobs'] !== undefined) {
    const [fraction, code = 'InternalError'] = values['fail-jobs'].split(':');
    const f = number('fail-jobs', fraction!);
    if (f > 1) fail(`--fail-jobs needs a fraction between 0 and 1, got ${fraction}`);
    faults.failJobs = [{ fraction: f, code }];
  }
  if (values['fault-seed'] !== undefined) faults.seed = number('fault-seed', values['fault-seed']);
  try {
    checkFaults(faults);
  } catch (error) {
    if (!(error instanceof FaultConfigError)) throw error;
    const field = error.path.split('/')[1] ?? '';
    fail(`${FAULT_FLAGS[field] ?? 'a fault flag'}: ${error.message}`);
  }
  return faults;
}
