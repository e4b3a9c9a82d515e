// Redocly's library (@redocly/openapi-core: what `redocly bundle` and `redocly lint` run) in a
// worker thread (scripts/lib/redocly.ts says what each request answers). One copy of the library
// serves both: the bundle at the head of a build, and the lint once the bundle and the wire form
// exist. The lint configuration is read on every call, so an edit of redocly.yaml counts at once;
// the bundle uses Redocly's default configuration (no decorators or plugins are used here).
import { relative } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { bundle, createConfig, lint, lintConfig, loadConfig } from '@redocly/openapi-core';

/** Each problem with the file a $ref led to (relative to the working directory) and the pointer in it. */
const problemsOf = (problems) =>
  problems
    .filter((problem) => !problem.ignored)
    .map(({ ruleId, severity, message, location: [where] }) => ({
      ruleId,
      severity,
      message,
      source: where?.source?.absoluteRef === undefined ? undefined : relative(process.cwd(), where.source.absoluteRef),
      pointer: where?.pointer,
    }));

const handlers = {
  async bundle({ source }) {
    const { bundle: result, problems } = await bundle({ ref: source, config: await createConfig({}), dereference: false });
    return { document: result.parsed, errors: problemsOf(problems).filter((problem) => problem.severity === 'error') };
  },
  async lint({ files, config: configPath }) {
    const config = await loadConfig({ configPath });
    const reports = [{ file: configPath, problems: problemsOf(await lintConfig({ config })) }];
    for (const file of files) reports.push({ file, problems: problemsOf(await lint({ ref: file, config })) });
    return reports;
  },
};

parentPort.on('message', async ({ id, request }) => {
  try {
    parentPort.postMessage({ id, result: await handlers[request.kind](request) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
