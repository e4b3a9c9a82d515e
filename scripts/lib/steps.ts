// The pipeline's steps, in order: spec in, artifacts out. Each step names its inputs (files whose
// content decides whether it must run again) and its outputs (files it writes under generated/).
// Every step also counts every generator module and the tool versions (GENERATORS): that hashes
// more than a step needs, but a module a step imports can never be left out of its inputs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import type { OpenApiDocument } from '../../src/openapi/document.ts';

export interface Step {
  name: string;
  inputs: string[];
  outputs: string[];
  run(): Promise<void> | void;
}

const SOURCE = 'openapi/openapi.yaml';
const BUNDLE_YAML = 'generated/openapi.yaml';
const BUNDLE_JSON = 'generated/openapi.json';
const WIRE_YAML = 'generated/openapi.wire.yaml';
const WIRE_JSON = 'generated/openapi.wire.json';
const REQUEST_SCHEMA = 'generated/create-listener-request.schema.json';
const TYPES = 'generated/types.ts';
const VALIDATOR = 'generated/request-validator.ts';
const CLIENT = 'generated/client/create-listener.ts';
const DOCS = 'generated/docs/index.html';
const MOCK_RESPONSES = 'generated/mock-responses.json';
const DOCS_INPUT = '.cache/docs-openapi.json';
const LINT_CONFIG = ['.spectral.yaml', 'spectral/**', 'redocly.yaml'];
const GENERATORS = ['scripts/lib/**', 'src/openapi/**', 'package-lock.json', 'tsconfig.json'];

export const steps: Step[] = [
  {
    name: 'lint source',
    inputs: ['openapi/**', ...LINT_CONFIG, ...GENERATORS],
    outputs: [],
    run: () => lint(SOURCE),
  },
  {
    name: 'bundle',
    inputs: ['openapi/**', 'redocly.yaml', ...GENERATORS],
    outputs: [BUNDLE_YAML, BUNDLE_JSON],
    run: () => {
      tool('redocly', ['bundle', SOURCE, '--output', BUNDLE_YAML]);
      writeJson(BUNDLE_JSON, readYaml(BUNDLE_YAML));
    },
  },
  {
    name: 'derive wire form',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [WIRE_YAML, WIRE_JSON, REQUEST_SCHEMA],
    run: async () => {
      // Imported when needed, so a no-op rebuild does not pay for loading the generators.
      const { deriveRequestSchema, deriveWireForm } = await import('./wire-form.ts');
      const bundle = readJson(BUNDLE_JSON);
      const wire = deriveWireForm(bundle);
      writeText(WIRE_YAML, `# Generated from openapi/ by \`npm run build\`; do not edit.\n${stringify(wire, { lineWidth: 0 })}`);
      writeJson(WIRE_JSON, wire);
      writeJson(REQUEST_SCHEMA, deriveRequestSchema(bundle));
    },
  },
  {
    name: 'lint bundle and wire form',
    inputs: [BUNDLE_YAML, WIRE_YAML, ...LINT_CONFIG, ...GENERATORS],
    outputs: [],
    run: () => {
      lint(BUNDLE_YAML);
      lint(WIRE_YAML);
    },
  },
  {
    name: 'mock responses',
    inputs: [WIRE_JSON, ...GENERATORS],
    outputs: [MOCK_RESPONSES],
    run: async () => {
      const { generateMockResponses } = await import('./mock-responses.ts');
      writeJson(MOCK_RESPONSES, await generateMockResponses(readJson(WIRE_JSON)));
    },
  },
  {
    name: 'types',
    inputs: [BUNDLE_JSON, ...GENERATORS],
    outputs: [TYPES],
    run: async () => {
      const { generateTypes } = await import('./types.ts');
      writeText(TYPES, await generateTypes(readJson(BUNDLE_JSON)));
    },
  },
  {
    name: 'request validator',
    inputs: [REQUEST_SCHEMA, BUNDLE_JSON, ...GENERATORS],
    outputs: [VALIDATOR],
    run: async () => {
      const { generateValidator } = await import('./validator.ts');
      const { createListenerOperation } = await import('../../src/openapi/document.ts');
      const rules = createListenerOperation(readJson(BUNDLE_JSON))['x-acs-cross-field-rules'];
      writeText(VALIDATOR, generateValidator(JSON.parse(readFileSync(REQUEST_SCHEMA, 'utf8')), (rules ?? []) as never));
    },
  },
  {
    name: 'client',
    // orval reads tsconfig.json to decide how to write import paths.
    inputs: [BUNDLE_YAML, ...GENERATORS],
    outputs: [CLIENT],
    run: async () => {
      const { generateClient } = await import('./client.ts');
      await generateClient(BUNDLE_YAML, CLIENT);
    },
  },
  {
    name: 'docs',
    inputs: [BUNDLE_JSON, 'redocly.yaml', ...GENERATORS],
    outputs: [DOCS],
    run: async () => {
      const { docsDocument, makeSelfContained } = await import('./docs.ts');
      // Redoc reads a file: the decorated copy lives in .cache/, never committed.
      writeJson(DOCS_INPUT, docsDocument(readJson(BUNDLE_JSON)));
      mkdirSync(dirname(DOCS), { recursive: true });
      tool('redocly', ['build-docs', DOCS_INPUT, '--output', DOCS, '--inlineBundle', '--title', 'ALB CreateListener API']);
      writeText(DOCS, makeSelfContained(readFileSync(DOCS, 'utf8')));
    },
  },
];

/**
 * Spectral and Redocly on one file, read through their machine-readable reports (JSON): any error
 * or warning from either fails the step, with each problem's place and message.
 */
function lint(file: string): void {
  const spectral = JSON.parse(
    tool('spectral', ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'], {
      allowExit: [0, 1],
      stdoutOnly: true,
    }) || '[]',
  ) as Array<{ code: string; message: string; severity: number; source?: string; path: string[] }>;
  // Spectral severities: 0 error, 1 warning, 2 info, 3 hint.
  const spectralProblems = spectral.filter((p) => p.severity <= 1).map((p) => `spectral ${p.code} at ${p.path.join('.')}: ${p.message}`);
  const redocly = JSON.parse(tool('redocly', ['lint', file, '--format', 'json'], { allowExit: [0, 1], stdoutOnly: true })) as {
    totals: { errors: number; warnings: number };
    problems: Array<{ ruleId: string; message: string; location?: Array<{ pointer?: string }> }>;
  };
  const redoclyProblems =
    redocly.totals.errors + redocly.totals.warnings > 0
      ? redocly.problems.map((p) => `redocly ${p.ruleId} at ${p.location?.[0]?.pointer ?? '?'}: ${p.message}`)
      : [];
  const problems = [...spectralProblems, ...redoclyProblems];
  if (problems.length > 0) throw new StepError(`lint ${file} found ${problems.length} problem(s):\n${problems.join('\n')}`);
}

export class StepError extends Error {}

/**
 * Runs a CLI from node_modules/.bin and returns its output; any other exit code than `allowExit`
 * fails with the tool's own output. `stdoutOnly` returns stdout alone (a JSON report).
 */
function tool(
  name: string,
  args: string[],
  { allowExit = [0], stdoutOnly = false }: { allowExit?: number[]; stdoutOnly?: boolean } = {},
): string {
  const result = spawnSync(`node_modules/.bin/${name}`, args, {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new StepError(`${name} could not start: ${result.error.message}`);
  if (!allowExit.includes(result.status ?? -1)) throw new StepError(`${name} ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
  return stdoutOnly ? (result.stdout ?? '') : output;
}

function readYaml(file: string): OpenApiDocument {
  return parse(readFileSync(file, 'utf8')) as OpenApiDocument;
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
