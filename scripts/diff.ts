// `npm run diff -- --base <git-ref>`: breaking changes of the contract since <git-ref> (default
// HEAD~1), by directional rules (src/conformance/breaking.ts). Prints each with its path and exits
// 1 if there is any that openapi/CHANGELOG.md does not acknowledge (copy the printed line there,
// under "Breaking changes", to ship an intended break).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseCommand } from '../src/cli/args.ts';
import { findBreakingChanges, type ContractVersion } from '../src/conformance/breaking.ts';

const usage = `usage: npm run diff -- [--base <git-ref>]

  --base <git-ref>   the version to compare with (default HEAD~1)

examples:
  npm run diff
  npm run diff -- --base v0.1.0`;
const values = parseCommand(process.argv.slice(2), { base: { type: 'string', default: 'HEAD~1' } } as const, usage);
const FILES = { bundle: 'generated/openapi.json', requestSchema: 'generated/create-listener-request.schema.json' };

function atRef(ref: string): ContractVersion | undefined {
  try {
    const show = (file: string) =>
      JSON.parse(
        execFileSync('git', ['show', `${ref}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 }),
      );
    return { bundle: show(FILES.bundle), requestSchema: show(FILES.requestSchema) };
  } catch {
    return undefined;
  }
}

const base = atRef(values.base!);
if (!base) {
  console.log(`No contract at ${values.base} to compare with; nothing to check.`);
  process.exit(0);
}
const head: ContractVersion = {
  bundle: JSON.parse(readFileSync(FILES.bundle, 'utf8')),
  requestSchema: JSON.parse(readFileSync(FILES.requestSchema, 'utf8')),
};
const acknowledged = existsSync('openapi/CHANGELOG.md') ? readFileSync('openapi/CHANGELOG.md', 'utf8') : '';
const changes = findBreakingChanges(base, head).map((c) => ({ ...c, line: `[${c.rule}] ${c.path}: ${c.detail}` }));
const open = changes.filter((c) => !acknowledged.includes(c.line));
for (const c of changes) console.log(`${open.includes(c) ? 'BREAKING' : 'acknowledged'} ${c.line}`);
console.log(`${changes.length} breaking change(s) since ${values.base}, ${open.length} not acknowledged in openapi/CHANGELOG.md`);
process.exitCode = open.length > 0 ? 1 : 0;
