// A spec file Prism can serve for the benchmarks: Prism routes by path, and every action of the
// contract is POST / on the wire (its path key is `/#Action=<Action>`), so Prism gets
// CreateListener's wire form alone at `/` (the action the benchmarks send).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionAtRoot } from '../../src/openapi/document.ts';

export function prismSpecFile(repo = '.'): string {
  const wire = JSON.parse(readFileSync(join(repo, 'generated/openapi.wire.json'), 'utf8'));
  const file = join(mkdtempSync(join(tmpdir(), 'bench-prism-')), 'create-listener.wire.json');
  writeFileSync(file, JSON.stringify(actionAtRoot(wire, 'CreateListener')));
  return file;
}
