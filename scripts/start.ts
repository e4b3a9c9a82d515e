// `npm start`: rebuild what is stale (the pipeline), then serve the mock and the docs.
//   --host <h>            or ALB_MOCK_HOST   (default 127.0.0.1)
//   --port <n>            or ALB_MOCK_PORT   (default 4010)
//   --quiet               no per-request log line
//   --cors-origin <o>     or ALB_MOCK_CORS_ORIGIN (default *)
//   --verify-signatures   check V3/V1 signatures against ALB_MOCK_ACCESS_KEY_ID / ALB_MOCK_ACCESS_KEY_SECRET
//   --no-build            serve what generated/ holds without running the pipeline
//   --stateful            keep state: business errors fire from it (README: "Stateful mode")
//   --world <file.yaml>   the world to start from (default src/mock/state/default-world.yaml)
//   --state-file <path>   persist the state across restarts (a synced journal beside a snapshot)
//   --provisioning-ms <n> how long a new listener stays Provisioning (default 3000)
//   --allowed-hosts <a,b> host names besides loopback ones that a loopback-bound mock answers
//   --help                this text
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

// The usage is this file's header comment, so it is written once.
const usage = `usage: npm start -- [options]\n${readFileSync(new URL(import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.startsWith('//   '))
  .map((line) => line.slice(2))
  .join('\n')}\n\nexamples:\n  npm start\n  npm start -- --stateful --state-file .mock-state.json --port 4011`;

const { values } = parseArguments({
  options: {
    host: { type: 'string', default: process.env.ALB_MOCK_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.ALB_MOCK_PORT ?? '4010' },
    quiet: { type: 'boolean', default: false },
    'cors-origin': { type: 'string', default: process.env.ALB_MOCK_CORS_ORIGIN ?? '*' },
    'verify-signatures': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    stateful: { type: 'boolean', default: false },
    world: { type: 'string' },
    'state-file': { type: 'string' },
    'provisioning-ms': { type: 'string', default: '3000' },
    'allowed-hosts': { type: 'string', default: process.env.ALB_MOCK_ALLOWED_HOSTS ?? '' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

/** parseArgs, with a one-line error and the usage for a flag it does not know. */
function parseArguments<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    console.error(`error: ${(error as Error).message.split('\n')[0]}\n\n${usage}`);
    process.exit(2);
  }
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got ${values.port}`);

if (!values['no-build']) {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let verifySignatures: { accessKeyId: string; accessKeySecret: string } | undefined;
if (values['verify-signatures']) {
  const accessKeyId = process.env.ALB_MOCK_ACCESS_KEY_ID;
  const accessKeySecret = process.env.ALB_MOCK_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) fail('--verify-signatures needs ALB_MOCK_ACCESS_KEY_ID and ALB_MOCK_ACCESS_KEY_SECRET in the environment');
  verifySignatures = { accessKeyId: accessKeyId!, accessKeySecret: accessKeySecret! };
}

if ((values.world || values['state-file']) && !values.stateful) fail('--world and --state-file need --stateful');
const stateful = values.stateful
  ? { worldFile: values.world, stateFile: values['state-file'], provisioningMs: Number(values['provisioning-ms']) }
  : undefined;

const { startMock } = await import('../src/mock/server.ts');
const { WorldFileError } = await import('../src/mock/state/world.ts');
const allowedHosts = values['allowed-hosts'].split(',').map((h) => h.trim()).filter(Boolean);
const mock = await startMock({ host: values.host, port, log: values.quiet ? null : undefined, corsOrigin: values['cors-origin'], verifySignatures, stateful, allowedHosts }).catch((error: NodeJS.ErrnoException) => {
  if (error instanceof WorldFileError) fail(error.message);
  if (error.code === 'ENOENT') fail(`Cannot read ${error.path}.`);
  if (error.code === 'EADDRINUSE') fail(`Port ${port} on ${values.host} is already in use; pick another with --port or ALB_MOCK_PORT.`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') fail(`Cannot listen on ${values.host}:${port} (${error.code}).`);
  throw error;
});

const query =
  'LoadBalancerId=alb-7y0kq0zi6gqgb1hb4w&ListenerProtocol=HTTP&ListenerPort=80&DefaultActions.1.Type=ForwardGroup' +
  '&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-8ilqs4axp6bc2lfcxs';
console.log(`
ALB CreateListener mock on ${mock.url}   (docs: ${mock.url}/docs)
State: ${stateful ? `kept (world ${values.world ?? 'default'}${values['state-file'] ? `, saved to ${values['state-file']}` : ''}); inspect it at ${mock.url}/__mock/state` : 'none (start with --stateful for business errors from real state)'}
Signatures: ${verifySignatures ? `verified for AccessKey ${verifySignatures.accessKeyId.slice(0, 4)}***` : 'not checked (start with --verify-signatures to check them)'}

Try it:
  curl -s -X POST '${mock.url}/?${query}' -H 'x-acs-action: CreateListener' -H 'x-acs-version: 2020-06-16'

Ask for any documented error or example:
  -H 'Prefer: code=404, example=ResourceNotFound.LoadBalancer'     or  ?__code=404&__example=ResourceNotFound.LoadBalancer
  XML instead of JSON: -H 'Accept: application/xml' (or Format=XML with V1); DryRun=true gives 400 DryRunOperation.
  Documented errors, by status (the docs say what each means):
${errorsByStatus(mock.contract)}
${values.quiet ? '' : '\nOne line per request: method action status code time. --quiet turns it off.\n'}`);

const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

function errorsByStatus(contract: { examplesByStatus: Map<number, string[]> }): string {
  return [...contract.examplesByStatus]
    .filter(([status]) => status >= 400)
    .map(([status, names]) => `    ${status}: ${names.join(', ')}`)
    .join('\n');
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}
