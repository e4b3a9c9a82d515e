// `npm run conformance`: the conformance suite, as the published `alb-contract conformance`
// (src/cli/conformance-command.ts, where the flags are).
import { runConformance } from '../src/cli/conformance-command.ts';

await runConformance(process.argv.slice(2));
