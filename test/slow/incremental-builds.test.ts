// The build cannot go stale (issue 24): in a scratch copy, each kind of input is edited in turn (a
// limit, a pattern, an enum, a cross-field rule, a description, an example, a source entry, the
// world schema), and the incremental build that follows writes exactly what a forced build does,
// byte for byte. Slow (two builds per edit): `npm run test:slow`, which .ci/run runs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { steps } from '../../scripts/lib/steps.ts';
import { buildCommand, scratchCopy } from '../support/scratch-copy.ts';

const work = scratchCopy('incremental-');
const [program, ...command] = buildCommand(work);
const outputs = [...new Set(steps.flatMap((s) => s.outputs).filter((f) => f.startsWith('generated/')))];

function build(...args: string[]): void {
  const result = spawnSync(program, [...command, ...args], { cwd: work, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}
const snapshot = () => Object.fromEntries(outputs.map((file) => [file, readFileSync(join(work, file), 'utf8')]));
function edit(file: string, from: string, to: string): void {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(() => build(), 120_000);

describe('an incremental build writes what a forced one does, for every kind of input', () => {
  it.each<[string, string, string, string]>([
    ['a limit', 'openapi/components/parameters/ListenerPort.yaml', 'maximum: 65535', 'maximum: 65534'],
    ['a pattern', 'openapi/components/parameters/ListenerDescription.yaml', String.raw`[\w.,;/@-]`, String.raw`[\w.,;/@+-]`],
    ['an enum', 'openapi/components/parameters/ResourceType.yaml', '    - servergroup\n', '    - servergroup\n    - certificate\n'],
    [
      'a cross-field rule',
      'openapi/paths/CreateListener.yaml',
      '          required: [Certificates]\n',
      '          required: [Certificates, ListenerPort]\n',
    ],
    [
      'a description',
      'openapi/paths/GetListenerAttribute.yaml',
      "Returns a listener's configuration",
      "Returns the listener's configuration",
    ],
    ['an example', 'openapi/components/examples/CreateListenerResponseExample.yaml', 'lsn-o4u54y73wq7b7xawmq', 'lsn-o4u54y73wq7b7xawmz'],
    [
      'a source entry',
      'openapi/components/parameters/IdleTimeout.yaml',
      'says: "Default value: 15."',
      'says: "Default value: 15 (seconds)."',
    ],
    // A generator module that no step lists by name.
    ['a script module', 'scripts/lib/docs.ts', "'### Error codes'", "'### Error codes and what to do'"],
    [
      'the world schema',
      'src/mock/state/world-schema.ts',
      "message: { type: 'string', maxLength: 1024 }",
      "message: { type: 'string', maxLength: 2048 }",
    ],
  ])(
    '%s',
    (_, file, from, to) => {
      edit(file, from, to);
      build();
      const incremental = snapshot();
      build('--force');
      const forced = snapshot();
      for (const file of outputs) expect(incremental[file], `${file} after editing ${file}`).toBe(forced[file]);
    },
    120_000,
  );
});
