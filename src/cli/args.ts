// Flags for every command of this project the same way: node:util parseArgs, `--help` printing the
// usage, and an unknown or malformed flag answered in one line followed by the usage (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseCommand<const T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: T & { help: { type: 'boolean' } }; strict: true }>>['values'] {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    console.error(`error: ${(error as Error).message.split('\n')[0]}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values as never;
}

export function fail(message: string, code = 1): never {
  console.error(`error: ${message}`);
  process.exit(code);
}
