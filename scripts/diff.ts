// `npm run diff -- --base <git-ref>`: every change of the contract since <git-ref> (default
// HEAD~1), each with its level (breaking, warning, info) by directional rules
// (src/conformance/breaking.ts, its rules as data in src/conformance/breaking/rules.ts). Exits 1 if a change at or above --fail-on (default breaking) is
// not acknowledged in openapi/CHANGELOG.md (copy its printed line there, with the reason, to ship
// it on purpose). --format markdown prints a readable changelog of all changes instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fail, parseCommand } from '../src/cli/args.ts';
import { type ContractVersion, changelogMarkdown, findChanges, LEVELS, type Level } from '../src/conformance/breaking.ts';

const usage = `usage: npm run diff -- [--base <git-ref>] [--fail-on breaking|warning] [--format text|markdown]

  --base <git-ref>     the version to compare with (default HEAD~1)
  --fail-on <level>    fail on unacknowledged changes at this level or above (default breaking)
  --format <f>         text: one line per change (default); markdown: a changelog grouped by level

examples:
  npm run diff
  npm run diff -- --base v0.1.0 --fail-on warning
  npm run diff -- --base HEAD~5 --format markdown`;
const values = parseCommand(
  process.argv.slice(2),
  {
    base: { type: 'string', default: 'HEAD~1' },
    'fail-on': { type: 'string', default: 'breaking' },
    format: { type: 'string', default: 'text' },
  } as const,
  usage,
);
const failOn = values['fail-on'] as Level;
if (failOn !== 'breaking' && failOn !== 'warning') fail('--fail-on must be breaking or warning', 2);
if (values.format !== 'text' && values.format !== 'markdown') fail('--format must be text or markdown', 2);
// Every action's request schema is derived from the bundle, so the bundle is all the gate reads.
const BUNDLE = 'generated/openapi.json';

function atRef(ref: string): ContractVersion | undefined {
  try {
    const text = execFileSync('git', ['show', `${ref}:${BUNDLE}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
    return { bundle: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

const base = atRef(values.base);
if (!base) {
  console.log(`No contract at ${values.base} to compare with; nothing to check.`);
  process.exit(0);
}
const head: ContractVersion = { bundle: JSON.parse(readFileSync(BUNDLE, 'utf8')) };
const acknowledged = existsSync('openapi/CHANGELOG.md') ? readFileSync('openapi/CHANGELOG.md', 'utf8') : '';
const changes = findChanges(base, head).map((c) => ({ ...c, line: `[${c.rule}] ${c.path}: ${c.detail}` }));
const gated = (level: Level) => LEVELS.indexOf(level) >= LEVELS.indexOf(failOn);
const open = changes.filter((c) => gated(c.level) && !acknowledged.includes(c.line));
if (values.format === 'markdown') console.log(changelogMarkdown(changes, `Contract changes since ${values.base}`));
else
  for (const c of changes)
    console.log(`${gated(c.level) ? (open.includes(c) ? c.level.toUpperCase() : 'acknowledged') : c.level} ${c.line}`);
const breaking = changes.filter((c) => c.level === 'breaking').length;
console.log(
  `${breaking} breaking change(s) since ${values.base} (${changes.length} change(s) in all), ${open.length} at or above ${failOn} not acknowledged in openapi/CHANGELOG.md`,
);
process.exitCode = open.length > 0 ? 1 : 0;
