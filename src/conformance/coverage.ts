// What a run covered, against what the spec offers to cover: each wire parameter's constraints on
// the valid and on the invalid side, each required parameter missing, each documented example
// used, each cross-field rule satisfied and broken, each documented status and error code seen in
// a response. A scenario covers its items only when a response came back (a skipped scenario, or
// one with no answer, covers nothing). Like Schemathesis' coverage report, and a number to gate on
// (`--min-coverage`).
import { generateScenarios } from './scenarios.ts';
import type { ScenarioResult } from './runner.ts';
import type { SuiteSpec } from './suite-spec.ts';

export interface CoverageCategory {
  covered: number;
  total: number;
  /** The items not covered, e.g. `constraint:ListenerPort:maximum:invalid`. */
  missing: string[];
}

export interface Coverage {
  /** Covered items over all items, in percent, one decimal. */
  percent: number;
  covered: number;
  total: number;
  categories: Record<string, CoverageCategory>;
}

/**
 * Every item the specs offer: the deterministic scenarios' items, plus each documented status and
 * code. Over several actions, the union (a status or code counts once, whichever action showed it).
 */
export function coverageUniverse(specs: SuiteSpec | SuiteSpec[]): string[] {
  const items = new Set<string>();
  for (const spec of Array.isArray(specs) ? specs : [specs]) {
    for (const scenario of generateScenarios(spec, { examples: true, seed: 0, propertyRuns: 0 }))
      for (const item of scenario.covers) items.add(item);
    for (const [status, response] of spec.responses) {
      items.add(`status:${status}`);
      for (const example of response.examples.values())
        if (typeof example.value?.Code === 'string') items.add(`code:${example.value.Code}`);
    }
  }
  return [...items].sort();
}

export function measureCoverage(spec: SuiteSpec | SuiteSpec[], results: ScenarioResult[]): Coverage {
  const seen = new Set<string>();
  for (const result of results) {
    if (result.skipped || !result.response) continue;
    for (const item of result.scenario.covers) seen.add(item);
    seen.add(`status:${result.response.status}`);
    const code = codeOf(result.response.text);
    if (code) seen.add(`code:${code}`);
  }
  const categories: Record<string, CoverageCategory> = {};
  let covered = 0;
  const universe = coverageUniverse(spec);
  for (const item of universe) {
    const name = item.slice(0, item.indexOf(':'));
    categories[name] ??= { covered: 0, total: 0, missing: [] };
    const category = categories[name]!;
    category.total++;
    if (seen.has(item)) {
      category.covered++;
      covered++;
    } else category.missing.push(item);
  }
  return { percent: Math.floor((1000 * covered) / Math.max(1, universe.length)) / 10, covered, total: universe.length, categories };
}

export function coverageLine(coverage: Coverage): string {
  const parts = Object.entries(coverage.categories).map(([name, c]) => `${name} ${c.covered}/${c.total}`);
  return `coverage ${coverage.percent}% (${coverage.covered}/${coverage.total}: ${parts.join(', ')})`;
}

function codeOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text);
    return typeof body?.Code === 'string' ? body.Code : undefined;
  } catch {
    return /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
  }
}
