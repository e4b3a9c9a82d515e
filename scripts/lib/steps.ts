// The pipeline's steps: spec in, artifacts out. Each step names its inputs (files whose content
// decides whether it must run again) and its outputs (files it writes under generated/). A step
// runs once every step that writes one of its inputs has finished (scripts/lib/pipeline.ts), so
// independent steps run side by side. Every step also counts every generator module and the tool
// versions (GENERATORS): that hashes more than a step needs, but a module a step imports can never
// be left out of its inputs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { OpenApiDocument } from '../../src/openapi/document.ts';

export interface Step {
  name: string;
  inputs: string[];
  outputs: string[];
  /**
   * Loads the modules `run` needs (the tools are most of a step's cost), without running it: the
   * pipeline loads a step's tools while the steps it waits for run (scripts/lib/pipeline.ts), and
   * --watch loads every step's once.
   */
  load(): Promise<unknown>;
  run(): Promise<void>;
}

/** A step whose `run` receives what its `load` resolved (loaded once: imports are cached). */
function step<M>(definition: Omit<Step, 'load' | 'run'> & { load(): Promise<M>; run(modules: M): Promise<void> | void }): Step {
  return { ...definition, run: async () => definition.run(await definition.load()) };
}

const SOURCE = 'openapi/openapi.yaml';
const BUNDLE_YAML = 'generated/openapi.yaml';
const BUNDLE_JSON = 'generated/openapi.json';
const WIRE_YAML = 'generated/openapi.wire.yaml';
const WIRE_JSON = 'generated/openapi.wire.json';
const REQUEST_SCHEMAS = 'generated/request-schemas.json';
const MOCK_CONTRACT = 'generated/mock-contract.json';
const TYPES = 'generated/types.ts';
const VALIDATOR = 'generated/request-validator.ts';
const CLIENT = 'generated/client/calls.ts';
const CLIENT_ACTIONS = 'generated/client/actions.ts';
const CLIENT_WAITERS = 'generated/client/waiters.ts';
const CLIENT_PAGINATORS = 'generated/client/paginators.ts';
const DOCS = 'generated/docs/index.html';
const MOCK_RESPONSES = 'generated/mock-responses.json';
const MOCK_VALIDATORS = 'generated/mock-validators.ts';
const STATE_VALIDATORS = 'generated/state-validators.ts';
const WORLD_TYPE = 'generated/world.ts';
const CONSTRAINTS = 'generated/constraints.ts';
const DOCS_INPUT = '.cache/docs-openapi.json';
const REDOC_PAGE = '.cache/docs/redoc.html';
const LINT_CONFIG = ['.spectral.yaml', 'spectral/**', 'redocly.yaml'];
// What the docs console bundles besides generated/: itself and the universal client.
const CONSOLE_SOURCES = [
  'src/docs-console/**',
  'src/client/**',
  'src/wire/**',
  'src/mock/defaults.ts',
  'src/index.ts',
  'src/entry-exports.ts',
];
const GENERATORS = ['scripts/lib/**', 'src/openapi/**', 'package-lock.json', 'tsconfig.json'];
// Every file the console's bundle may read: the generated client and the constraints beside the sources.
const CONSOLE_BUNDLE = [
  TYPES,
  VALIDATOR,
  CLIENT,
  CLIENT_ACTIONS,
  CLIENT_WAITERS,
  CLIENT_PAGINATORS,
  CONSTRAINTS,
  ...CONSOLE_SOURCES,
  ...GENERATORS,
];

export const steps: Step[] = [
  step({
    name: 'bundle',
    inputs: ['openapi/**', 'redocly.yaml', ...GENERATORS],
    outputs: [BUNDLE_YAML, BUNDLE_JSON],
    // Redocly's library, in its worker (./redocly.ts).
    load: () => import('./redocly.ts'),
    run: async ({ bundleSource, describeProblem }) => {
      const { document, errors } = await bundleSource(SOURCE);
      if (errors.length > 0)
        throw new StepError(
          `bundling ${SOURCE} found ${errors.length} error(s):\n${errors.map((e) => describeProblem(e, SOURCE)).join('\n')}`,
        );
      writeText(BUNDLE_YAML, toYaml(document));
      writeJson(BUNDLE_JSON, document);
    },
  }),
  step({
    name: 'derive wire form',
    inputs: [BUNDLE_JSON, 'src/mock/mock-contract.ts', 'src/wire/validation-schema.ts', ...GENERATORS],
    outputs: [WIRE_YAML, WIRE_JSON, REQUEST_SCHEMAS, MOCK_CONTRACT],
    // Imported when needed, so a no-op rebuild does not pay for loading the generators.
    load: () => Promise.all([import('./wire-form.ts'), import('../../src/mock/mock-contract.ts')]),
    run: ([{ deriveRequestSchemas, deriveWireForm }, { mockContract }]) => {
      const bundle = readJson(BUNDLE_JSON);
      const wire = deriveWireForm(bundle);
      writeText(WIRE_YAML, toYaml(wire));
      writeJson(WIRE_JSON, wire);
      writeJson(REQUEST_SCHEMAS, deriveRequestSchemas(bundle));
      writeJson(MOCK_CONTRACT, mockContract(wire));
    },
  }),
  step({
    // Redocly renders in its own process while the in-process steps run.
    // Redoc's page, in .cache/ (never committed): the docs page step adds the console to it.
    name: 'docs',
    inputs: [BUNDLE_JSON, WIRE_JSON, 'redocly.yaml', 'src/client/retry-policy.ts', ...GENERATORS],
    outputs: [REDOC_PAGE],
    load: () => import('./docs.ts'),
    run: async ({ docsDocument, makeSelfContained }) => {
      // Redoc reads a file: the decorated copy lives in .cache/ too.
      const bundle = readJson(BUNDLE_JSON);
      writeJson(DOCS_INPUT, docsDocument(bundle, readJson(WIRE_JSON)));
      mkdirSync(dirname(REDOC_PAGE), { recursive: true });
      // The page's title is the document's (info.title).
      await tool('redocly', [
        'build-docs',
        DOCS_INPUT,
        '--output',
        REDOC_PAGE,
        '--inlineBundle',
        '--title',
        String((bundle.info as { title?: unknown }).title),
      ]);
      writeText(REDOC_PAGE, makeSelfContained(readFileSync(REDOC_PAGE, 'utf8')));
    },
  }),
  step({
    // The console bundles the universal client, so the page waits for the client's generated parts.
    name: 'docs page',
    inputs: [REDOC_PAGE, WIRE_JSON, ...CONSOLE_BUNDLE],
    outputs: [DOCS],
    load: () => import('./docs-console.ts'),
    run: async ({ withConsole }) => {
      writeText(DOCS, await withConsole(readFileSync(REDOC_PAGE, 'utf8'), readJson(WIRE_JSON), CONSOLE_BUNDLE));
    },
  }),
  step({
    // After the bundle and the wire form, beside the generators: Spectral and Redocly, each in its
    // worker, over all three documents. A lint failure fails the build, which then neither records
    // the step nor writes generated/inputs.sha256.
    name: 'lint',
    inputs: ['openapi/**', BUNDLE_YAML, WIRE_YAML, ...LINT_CONFIG, ...GENERATORS],
    outputs: [],
    // Starts the linters' workers, each loading its tool on its own thread.
    load: async () => {
      (await import('./spectral.ts')).spectral.start();
      (await import('./redocly.ts')).redocly.start();
    },
    run: () => lint([SOURCE, BUNDLE_YAML, WIRE_YAML]),
  }),
  step({
    name: 'mock responses',
    inputs: [WIRE_JSON, ...GENERATORS],
    outputs: [MOCK_RESPONSES],
    load: async () => {
      const module = await import('./mock-responses.ts');
      await (await import('./prism.ts')).loadPrism();
      return module;
    },
    run: async ({ generateMockResponses }) => writeJson(MOCK_RESPONSES, await generateMockResponses(readJson(WIRE_JSON))),
  }),
  step({
    name: 'mock validators',
    // The world file's schema and the validation helpers are compiled too.
    inputs: [WIRE_JSON, 'src/mock/state/world-schema.ts', 'src/wire/**', ...GENERATORS],
    outputs: [MOCK_VALIDATORS, STATE_VALIDATORS],
    load: () => import('./mock-validators.ts'),
    run: ({ generateMockValidators, generateStateValidators }) => {
      const wire = readJson(WIRE_JSON);
      writeText(MOCK_VALIDATORS, generateMockValidators(wire));
      writeText(STATE_VALIDATORS, generateStateValidators(wire));
    },
  }),
  step({
    name: 'client actions',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [CLIENT_ACTIONS, CLIENT_WAITERS, CLIENT_PAGINATORS],
    load: () => import('./client-actions.ts'),
    run: ({ generateClientActions, generatePaginators, generateWaiters }) => {
      const bundle = readJson(BUNDLE_JSON);
      writeText(CLIENT_ACTIONS, generateClientActions(bundle));
      writeText(CLIENT_WAITERS, generateWaiters(bundle));
      writeText(CLIENT_PAGINATORS, generatePaginators(bundle));
    },
  }),
  step({
    name: 'constraints',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [CONSTRAINTS],
    load: () => import('./constraints.ts'),
    run: ({ generateConstraints }) => writeText(CONSTRAINTS, generateConstraints(readJson(BUNDLE_JSON))),
  }),
  step({
    name: 'types',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [TYPES],
    load: () => import('./types.ts'),
    run: async ({ generateTypes }) => writeText(TYPES, await generateTypes(readJson(BUNDLE_JSON))),
  }),
  step({
    name: 'world type',
    inputs: [WIRE_JSON, 'src/mock/state/world-schema.ts', ...GENERATORS],
    outputs: [WORLD_TYPE],
    load: () => import('./types.ts'),
    run: async ({ generateWorldType }) => writeText(WORLD_TYPE, await generateWorldType(readJson(WIRE_JSON))),
  }),
  step({
    name: 'request validator',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [VALIDATOR],
    load: () => Promise.all([import('./validator.ts'), import('./wire-form.ts'), import('../../src/openapi/document.ts')]),
    run: ([{ generateValidators }, { deriveRequestSchema }, { actionOperations }]) => {
      const bundle = readJson(BUNDLE_JSON);
      const requests = actionOperations(bundle).map(({ action, operation }) => ({
        action,
        // The same derivation as generated/request-schemas.json.
        schema: deriveRequestSchema(bundle, action),
        rules: (operation['x-acs-cross-field-rules'] ?? []) as never,
      }));
      writeText(VALIDATOR, generateValidators(requests));
    },
  }),
  step({
    name: 'client',
    // orval reads tsconfig.json to decide how to write import paths.
    inputs: [BUNDLE_YAML, ...GENERATORS],
    outputs: [CLIENT],
    load: () => import('./client.ts'),
    run: ({ generateClient }) => generateClient(BUNDLE_YAML, CLIENT),
  }),
];

/**
 * Spectral and Redocly, side by side in their workers, on these files: any error or warning from
 * either fails the step, with each problem's file, place and message.
 */
async function lint(files: string[]): Promise<void> {
  const [{ spectralLint, describeDiagnostic }, { redoclyLint, describeProblem }] = await Promise.all([
    import('./spectral.ts'),
    import('./redocly.ts'),
  ]);
  const [spectralDiagnostics, redoclyReports] = await Promise.all([
    spectralLint(files, '.spectral.yaml'),
    redoclyLint(files, 'redocly.yaml'),
  ]);
  const problems = [
    ...spectralDiagnostics.map(describeDiagnostic),
    ...redoclyReports.flatMap(({ file, problems }) => problems.map((p) => describeProblem(p, file))),
  ];
  if (problems.length > 0) throw new StepError(`lint found ${problems.length} problem(s):\n${problems.join('\n')}`);
}

/**
 * Loads every generator now and runs the two whose first run is slow (Spectral loading its
 * ruleset, orval) once on what generated/ holds, so each later run of a step pays only for its
 * work (--watch).
 */
export async function warmUp(): Promise<void> {
  await Promise.all(steps.map((each) => each.load()));
  const { generateClient } = await import('./client.ts');
  await Promise.all([lint([SOURCE]), generateClient(BUNDLE_YAML, '.cache/warm-up/client.ts')]);
}

export class StepError extends Error {}

/**
 * Runs a CLI from node_modules/.bin in its own process (so steps run side by side); any exit code
 * but 0 fails with the tool's own output.
 */
function tool(name: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(`node_modules/.bin/${name}`, args, {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => reject(new StepError(`${name} could not start: ${error.message}`)));
    child.on('close', (status) => {
      if (status !== 0) reject(new StepError(`${name} ${args.join(' ')} failed (exit ${status}):\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

/**
 * A generated document as YAML, written for YAML 1.1 readers too: a string such as 2020-06-16 or
 * `yes` is quoted, so js-yaml (orval's parser) never reads it as a date or a boolean.
 */
function toYaml(document: OpenApiDocument): string {
  return `# Generated from openapi/ by \`npm run build\`; do not edit.\n${stringify(document, { lineWidth: 0, version: '1.1' })}`;
}
function readJson(file: string): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}
function writeJson(file: string, value: unknown): void {
  writeText(file, `${JSON.stringify(value, null, 2)}\n`);
}
function writeText(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
