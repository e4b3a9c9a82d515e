#!/usr/bin/env node
// The published command, `alb-contract`: one binary with subcommands, like `prism mock`.
import { runConformance } from './conformance-command.ts';
import { runMock } from './mock-command.ts';

const usage = `usage: alb-contract <command> [options]

commands:
  mock          serve the mock of every action and its docs (alb-contract mock --help)
  conformance   run the conformance suite against a server (alb-contract conformance --help)

examples:
  alb-contract mock --port 4010
  alb-contract conformance --base-url http://127.0.0.1:4010 --target mock`;

const [command, ...rest] = process.argv.slice(2);
if (command === 'mock') await runMock(rest);
else if (command === 'conformance') await runConformance(rest);
else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(usage);
  if (command === undefined) process.exitCode = 2;
} else {
  console.error(`error: unknown command ${JSON.stringify(command)}\n\n${usage}`);
  process.exitCode = 2;
}
