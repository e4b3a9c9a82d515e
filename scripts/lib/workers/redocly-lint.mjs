// Redocly's linter in a worker thread (scripts/lib/tool-worker.ts), through its library
// (@redocly/openapi-core, what `redocly lint` runs; its `recommended` rules are the same as the
// CLI's). The configuration is read on every call, so an edit of redocly.yaml counts at once.
// Request: { files, config }. Result: each file's problems (ruleId, severity, message, and where:
// the file a $ref led to, relative to the working directory, and the pointer in it), the
// configuration's own problems first, under the configuration file's name.
import { relative } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { lint, lintConfig, loadConfig } from '@redocly/openapi-core';

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

parentPort.on('message', async ({ id, request }) => {
  try {
    const config = await loadConfig({ configPath: request.config });
    const result = [{ file: request.config, problems: problemsOf(await lintConfig({ config })) }];
    for (const file of request.files) result.push({ file, problems: problemsOf(await lint({ ref: file, config })) });
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
