// `npm pack` makes a package that a fresh project installs, type-checks against and calls with:
// the package is packed, installed into a temporary project (offline: it has no runtime
// dependencies), type-checked with strict settings, and run against a loopback recorder; its
// `alb-contract` command and its `/mock` library serve our client and the official SDK from there.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSamples } from '../../scripts/lib/code-samples.ts';
import { wireForm } from '../support/spec.ts';
import { startRecorder } from '../support/recorder.ts';
import { createSdkClient, toSdkRequest } from '../support/sdk-oracle.ts';

const repo = resolve(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'consumer-'));
let recorder: Awaited<ReturnType<typeof startRecorder>>;

const consumer = `
import { createAlbClient, AlbValidationError, type CreateListenerRequest, type DocumentedErrorCode } from 'alb-createlistener-contract';
import { CreateListenerConstraints } from 'alb-createlistener-contract/constraints';

const endpoint = (globalThis as unknown as { process: { env: Record<string, string> } }).process.env.ENDPOINT!;
const client = createAlbClient({ endpoint, credentials: { accessKeyId: 'id', accessKeySecret: 'secret' } });
const request: CreateListenerRequest = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ListenerProtocol: 'HTTP',
  ListenerPort: 80,
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }] } }],
  // Parameters with a default stay optional.
  XForwardedForConfig: { XForwardedForEnabled: true },
  QuicConfig: {},
};
// @ts-expect-error ListenerPort is a number
const wrongType: CreateListenerRequest = { ...request, ListenerPort: '80' };
// @ts-expect-error ListenerProtocol is one of HTTP, HTTPS, QUIC
const wrongEnum: CreateListenerRequest = { ...request, ListenerProtocol: 'TCP' };
const code: DocumentedErrorCode = 'ResourceNotFound.LoadBalancer';
void wrongType; void wrongEnum; void code;
// A form's input attributes, typed from the contract.
const portMax: 65535 = CreateListenerConstraints.ListenerPort.maximum;

const result = await client.createListener(request);
const listenerId: string = result.ListenerId;
let invalid = '';
try {
  await client.createListener({ ...request, ListenerPort: 0 });
} catch (error) {
  if (error instanceof AlbValidationError) invalid = error.issues[0]!.parameter;
}
console.log(JSON.stringify({ listenerId, invalid, portMax }));
`;

beforeAll(async () => {
  recorder = await startRecorder();
  execFileSync('npm', ['pack', '--pack-destination', project, '--silent'], { cwd: repo, stdio: 'pipe' });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', `./${tarball}`], { cwd: project, stdio: 'pipe' });
  writeFileSync(join(project, 'consumer.ts'), consumer);
  // The docs' TypeScript sample (x-codeSamples) must compile against the package as published.
  const sample = codeSamples(wireForm, 'CreateListener').find((s) => s.lang === 'TypeScript')!.source;
  writeFileSync(join(project, 'docs-sample.ts'), `${sample}\nexport {};\n`);
}, 120_000);

afterAll(() => recorder.close());

describe('the packed package', () => {
  it('type-checks in a fresh strict project, with full types for requests, responses and error codes, and so does the docs sample', () => {
    const tsc = spawnSync(
      join(repo, 'node_modules/.bin/tsc'),
      [
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--lib',
        'es2022,dom',
        '--skipLibCheck',
        'false',
        'consumer.ts',
        'docs-sample.ts',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('resolves to the Node entry under Node; the universal entry has its own path', () => {
    const resolved = (specifier: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve('${specifier}'))`], {
        cwd: project,
        encoding: 'utf8',
      }).trim();
    expect(resolved('alb-createlistener-contract')).toMatch(/dist\/node\.js$/);
    expect(resolved('alb-createlistener-contract/universal')).toMatch(/dist\/index\.js$/);
    expect(resolved('alb-createlistener-contract/msw')).toMatch(/dist\/msw\.js$/);
  });

  it("a browser bundler gets the MSW handlers' browser entry: the data inside, no node: import", async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "export { albHandlers } from 'alb-createlistener-contract/msw';", resolveDir: project },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      external: ['msw'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.endsWith('alb-createlistener-contract/dist/msw-browser.js'))).toBe(true);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/);
  });

  it('a browser bundler imports the constraints (one action kept) and the bundled spec and wire form as JSON', async () => {
    const { build } = await import('esbuild');
    const bundle = async (contents: string) =>
      (
        await build({
          stdin: { contents, resolveDir: project },
          bundle: true,
          write: false,
          platform: 'browser',
          format: 'esm',
          logLevel: 'silent',
        })
      ).outputFiles[0]!.text;
    const json = await bundle(
      [
        "import spec from 'alb-createlistener-contract/openapi.json';",
        "import wire from 'alb-createlistener-contract/openapi.wire.json';",
        'console.log(spec.openapi, Object.keys(wire.paths).length);',
      ].join('\n'),
    );
    expect(json).toContain('"3.1.');
    const form = await bundle(
      "import { ListAsynJobsConstraints } from 'alb-createlistener-contract/constraints'; console.log(ListAsynJobsConstraints.MaxResults.maximum);",
    );
    // Tree-shaken: only the action imported.
    expect(form).toContain('MaxResults');
    expect(form).not.toContain('ListenerDescription');
  });

  it('imports and calls the service from the fresh project', async () => {
    // Asynchronous: the recorder answering it lives in this process.
    const run = await promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), ['consumer.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ENDPOINT: recorder.url },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ listenerId: 'lsn-o4u54y73wq7b7xawmq', invalid: 'ListenerPort', portMax: 65535 });
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]!.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=id,/);
  });
});

const mockConsumer = `
import { startMock } from 'alb-createlistener-contract/mock';
import { createAlbClient, AlbError, AlbWaitFailedError } from 'alb-createlistener-contract';

const mock = await startMock({ port: 0, stateful: { provisioningMs: 100 } });
const alb = createAlbClient({ endpoint: mock.url });
const request = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w', ListenerProtocol: 'HTTP', ListenerPort: 80,
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } }],
} as const;
const created = await alb.createListener(request);
const again = await alb.createListener(request).catch((e: unknown) => (e instanceof AlbError ? e.code : String(e)));
// A second worker: its own session, its own world (the same port is free there), its own faults.
const worker = createAlbClient({ endpoint: mock.url, headers: { 'x-mock-session': 'worker-2' } });
const own = await worker.createListener(request);
await mock.reset('worker-2');
mock.setFaults({ failJobs: [{ code: 'Team.Fail' }] }, 'worker-2');
const failed = await worker
  .createListenerAndWait(request, { minDelayMs: 50, maxDelayMs: 100 })
  .catch((e: unknown) => (e instanceof AlbWaitFailedError ? e.code : String(e)));
await mock.close();
console.log(JSON.stringify({ url: mock.url, listenerId: created.ListenerId, again, own: own.ListenerId, failed }));
`;

describe('the packed mock and conformance suite', () => {
  const bin = () => join(project, 'node_modules/.bin/alb-contract');
  const run = (args: string[]) => spawnSync(bin(), args, { cwd: project, encoding: 'utf8' });

  it('alb-contract answers --help for itself and each command, and an unknown flag in one line', () => {
    expect(run(['--help']).stdout).toMatch(/^usage: alb-contract <command>/);
    expect(run(['mock', '--help']).stdout).toMatch(/^usage: alb-contract mock/);
    expect(run(['conformance', '--help']).stdout).toMatch(/^usage: alb-contract conformance/);
    const unknown = run(['mock', '--colour']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^error: Unknown option '--colour'/);
    expect(unknown.stderr).toContain('usage: alb-contract mock');
    expect(run(['mock-server']).stderr.split('\n')[0]).toBe('error: unknown command "mock-server"');
  });

  it('startMock from the /mock subpath serves the installed client, statefully, on a free port, with sessions, reset and faults', async () => {
    writeFileSync(join(project, 'mock-consumer.ts'), mockConsumer);
    const out = await promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), ['mock-consumer.ts'], { cwd: project, encoding: 'utf8' });
    const result = JSON.parse(out.stdout);
    expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.listenerId).toMatch(/^lsn-/);
    expect(result.again).toBe('ResourceAlreadyExist.Listener');
    expect(result.own).toMatch(/^lsn-/);
    expect(result.own).not.toBe(result.listenerId);
    expect(result.failed).toBe('Team.Fail');
  });

  it('alb-contract mock serves the official SDK (V3 and V1) and passes alb-contract conformance', async () => {
    const child = spawn(bin(), ['mock', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let seen = '';
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /mock on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
          if (match) resolveUrl(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`alb-contract mock exited ${code}: ${seen}`)));
      });
      const request = toSdkRequest({
        LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
        ListenerProtocol: 'HTTP',
        ListenerPort: 80,
        DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }] } }],
      });
      for (const v1 of [false, true]) {
        const response = (await createSdkClient(url, { accessKeyId: 'id', accessKeySecret: 'secret', v1 }).createListener(request)) as {
          statusCode: number;
          body: { listenerId: string };
        };
        expect(response.statusCode).toBe(200);
        expect(response.body.listenerId).toMatch(/^lsn-/);
      }
      const suite = await promisify(execFile)(
        bin(),
        ['conformance', '--base-url', url, '--target', 'mock', '--seed', '1', '--runs', '3', '--failures-only'],
        { cwd: project, encoding: 'utf8' },
      );
      expect(suite.stdout).toMatch(/\n\d+ passed, 0 failed/);
    } finally {
      child.kill();
    }
  });

  it('every relative link of the installed README and manuals reaches a file the package ships', () => {
    const root = join(project, 'node_modules/alb-createlistener-contract');
    const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(root, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!) || target!.startsWith('#')) continue;
        const file = target!.split('#')[0]!;
        if (!existsSync(join(root, dirname(page), file))) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('installs nothing but itself', () => {
    const installed = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: project, encoding: 'utf8' }).trim().split('\n');
    expect(installed.slice(1).map((path) => path.split('node_modules/').pop())).toEqual(['alb-createlistener-contract']);
  });
});
