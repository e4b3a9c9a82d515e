// One mock per state file: `<state file>.lock`, created with O_EXCL and holding the owner's pid,
// host and start time, taken before the state is read or written and given up on close (and at
// exit). A second mock on the same file (another process, or this one) refuses to start, naming
// the file and the owner; a lock whose owner is gone (kill -9) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { WorldFileError } from './world.ts';

interface Owner {
  pid: number;
  host: string;
  since: string;
}

/** The locks this process holds, with the owner record it wrote. */
const held = new Map<string, Owner>();
let exitHook = false;

/** Takes the state file's lock; returns what gives it up. Throws WorldFileError when another mock holds it. */
export function lockStateFile(stateFile: string): () => void {
  const lock = `${stateFile}.lock`;
  const me: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new WorldFileError(`Cannot lock the state file ${stateFile} (${code ?? String(error)}).`);
      const owner = readOwner(lock);
      if (attempt > 0 || !owner || !isGone(owner))
        throw new WorldFileError(
          owner
            ? `The state file ${stateFile} is in use by another mock (pid ${owner.pid} on ${owner.host}, since ${owner.since}); stop it, or give this one another --state-file.`
            : `The state file ${stateFile} is locked by another mock (${lock} names no owner); if no mock uses it, delete the lock file.`,
        );
      // Its owner is gone: the lock is stale.
      rmSync(lock, { force: true });
    }
  }
  held.set(lock, me);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const [path, owner] of held) release(path, owner);
    });
  }
  return () => {
    if (held.delete(lock)) release(lock, me);
  };
}

function release(lock: string, me: Owner): void {
  const owner = readOwner(lock);
  if (owner && owner.pid === me.pid && owner.since === me.since) rmSync(lock, { force: true });
}

function readOwner(lock: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lock, 'utf8'));
    return typeof owner?.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    // Being written right now, or not ours to read: treated as held.
    return undefined;
  }
}

/** Whether a lock's owner has certainly ended: a process of this host that no longer exists. */
function isGone(owner: Owner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
