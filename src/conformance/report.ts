// The suite's reports: one line per scenario for a person (with the request, the statuses and
// every difference as a JSON pointer for each failure), and JUnit XML and JSON for machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Coverage } from './coverage.ts';
import type { ScenarioResult } from './runner.ts';

export function textReport(results: ScenarioResult[], write: (line: string) => void, everyScenario = true): void {
  for (const result of results) {
    const failed = result.findings.length > 0;
    if (!failed && !everyScenario) continue;
    if (result.skipped) {
      write(`skip ${result.scenario.id} ${result.scenario.title}: ${result.skipped}`);
      continue;
    }
    write(`${failed ? 'FAIL' : 'ok  '} ${result.scenario.id} ${result.scenario.title}`);
    if (!failed) continue;
    write(`     request:  ${result.request.method} ${result.request.url.slice(0, 300)}`);
    write(`     replay:   ${curlCommand(result.request)}`);
    const expected = result.scenario.expect;
    const wanted =
      result.scenario.kind === 'sequence'
        ? result.scenario.title
        : expected.outcome === 'accept'
          ? 'accepted (2xx)'
          : expected.outcome === 'reject'
            ? `400 ${expected.code} naming ${expected.parameter}`
            : `${expected.status} ${expected.code ?? ''}`;
    write(`     expected: ${wanted}`);
    write(`     actual:   ${result.response ? `${result.response.status} ${result.response.contentType}` : 'no response'}`);
    for (const f of result.findings)
      write(
        `     [${f.check ? `${f.check}: ` : ''}${f.rule}] ${f.pointer || '(response)'}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)} — ${f.message}`,
      );
  }
}

export function summarize(results: ScenarioResult[]): {
  total: number;
  failed: number;
  /** Scenarios the target mode could not send as written: not covered, never the server's fault. */
  skipped: number;
  byRule: Record<string, number>;
  byKind: Record<string, number>;
} {
  const byRule: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let failed = 0;
  let skipped = 0;
  for (const r of results) {
    byKind[r.scenario.kind] = (byKind[r.scenario.kind] ?? 0) + 1;
    if (r.skipped) skipped++;
    if (r.findings.length === 0) continue;
    failed++;
    for (const f of new Set(r.findings.map((x) => x.rule))) byRule[f] = (byRule[f] ?? 0) + 1;
  }
  return { total: results.length, failed, skipped, byRule, byKind };
}

/**
 * A curl command that sends the request again. A signed request's signature and token are
 * redacted in the report, so the replay of one is for reading; an unsigned one (the mock) replays.
 */
export function curlCommand(request: ScenarioResult['request']): string {
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
  const headers = Object.entries(request.headers).map(([name, value]) => ` -H ${quote(`${name}: ${value}`)}`);
  return `curl -s -X ${request.method} ${quote(request.url)}${headers.join('')}`;
}

export function writeJsonReport(path: string, results: ScenarioResult[], meta: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  const scenarios = results.map((r) => ({
    id: r.scenario.id,
    kind: r.scenario.kind,
    title: r.scenario.title,
    passed: r.findings.length === 0 && !r.skipped,
    ...(r.skipped ? { skipped: r.skipped } : {}),
    request: r.request,
    ...(r.findings.length > 0 ? { replay: curlCommand(r.request) } : {}),
    expected: r.scenario.expect,
    status: r.response?.status,
    findings: r.findings,
  }));
  writeFileSync(path, `${JSON.stringify({ ...meta, ...summarize(results), scenarios }, null, 2)}\n`);
}

export function writeJunitReport(path: string, results: ScenarioResult[], coverage?: Coverage): void {
  mkdirSync(dirname(path), { recursive: true });
  const { total, failed, skipped } = summarize(results);
  const cases = results.map((r) => {
    const name = escapeXml(r.scenario.title);
    const time = (r.ms / 1000).toFixed(3);
    if (r.skipped)
      return `    <testcase classname="contract.${r.scenario.kind}" name="${name}" time="0.000">\n      <skipped message="${escapeXml(r.skipped)}"/>\n    </testcase>`;
    if (r.findings.length === 0) return `    <testcase classname="contract.${r.scenario.kind}" name="${name}" time="${time}"/>`;
    const detail = escapeXml(
      r.findings
        .map(
          (f) =>
            `[${f.check ? `${f.check}: ` : ''}${f.rule}] ${f.pointer}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`,
        )
        .join('\n'),
    );
    return `    <testcase classname="contract.${r.scenario.kind}" name="${name}" time="${time}">\n      <failure message="${escapeXml(r.findings[0]!.message)}">${detail}</failure>\n    </testcase>`;
  });
  // Coverage travels as testsuite properties, which CI dashboards read.
  const properties = coverage
    ? `    <properties>\n      <property name="coverage.percent" value="${coverage.percent}"/>\n${Object.entries(coverage.categories)
        .map(([name, c]) => `      <property name="coverage.${name}" value="${c.covered}/${c.total}"/>`)
        .join('\n')}\n    </properties>\n`
    : '';
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${total}" failures="${failed}" skipped="${skipped}">\n  <testsuite name="contract conformance" tests="${total}" failures="${failed}" skipped="${skipped}">\n${properties}${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`,
  );
}

// XML 1.0 cannot hold these control characters, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(XML_FORBIDDEN, '');
}
