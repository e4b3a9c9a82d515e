// `npm start`: rebuild what is stale (the pipeline), then serve the mock and the docs: the same
// command as the published `alb-contract mock` (src/cli/mock-command.ts, where the flags are), plus
//   --no-build   serve what generated/ holds without running the pipeline
import { spawnSync } from 'node:child_process';
import { runMock } from '../src/cli/mock-command.ts';
import { generatedIsCurrent } from './lib/inputs.ts';

const argv = process.argv.slice(2);
const noBuild = argv.includes('--no-build');
if (noBuild || argv.includes('--help')) {
  // Serve generated/ as it is.
} else if (generatedIsCurrent()) console.log('generated/ is in step with openapi/ (generated/inputs.sha256): nothing to build');
else {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await runMock(argv, { 'no-build': { type: 'boolean' } });
