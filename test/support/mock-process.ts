// The mock as a real process (`alb-contract mock`, run from source by scripts/run-ts.mjs), for
// tests that need what only a process has: a pid to kill -9, resource limits, a second instance.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

export interface MockProcess {
  child: ChildProcess;
  /** Resolves with the URL once the mock listens; rejects with its stderr if it exits first. */
  url: Promise<string>;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

/** `limits`: a shell prefix such as `ulimit -f 4;` (the mock is exec'd by sh, so it keeps the pid). */
export function spawnMock(args: string[], { limits = '' }: { limits?: string } = {}): MockProcess {
  const command = ['node', 'scripts/run-ts.mjs', 'src/cli/main.ts', 'mock', ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('sh', ['-c', `${limits} exec ${command}`], { cwd: repo });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = new Promise<string>((done, fail) => {
    const onData = () => {
      const match = /mock on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        child.stdout!.off('data', onData);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => fail(new Error(`the mock exited (${code}) before it listened: ${stderr.trim()}`)));
  });
  url.catch(() => {});
  return { child, url, exited, stdout: () => stdout, stderr: () => stderr };
}
