// Spectral in a worker thread (scripts/lib/tool-worker.ts), through the CLI's own lint function:
// the same ruleset loading, resolver and document parsing as `spectral lint`. The package has no
// `exports` map, so its files are its interface; the version is pinned in package.json.
// Request: { files, ruleset }. Result: each diagnostic's code, message, severity (0 error,
// 1 warning, 2 info, 3 hint), path and source.
const { parentPort } = require('node:worker_threads');
const { lint } = require('@stoplight/spectral-cli/dist/services/linter/linter.js');

parentPort.on('message', async ({ id, request }) => {
  try {
    const { results } = await lint(request.files, {
      ruleset: request.ruleset,
      encoding: 'utf8',
      ignoreUnknownFormat: false,
      failOnUnmatchedGlobs: true,
    });
    const result = results.map(({ code, message, severity, path, source }) => ({ code, message, severity, path, source }));
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
