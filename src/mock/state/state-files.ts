// biome-ignore-all lint/suspicious/noExplicitAny: this module reads JSON files of any shape and checks them against a schema before trusting them.
// A stateful mock's state on disk (Node): the snapshot `<state file>`, rewritten atomically
// (temporary file, fsync, rename, directory fsync), and the journal `<state file>.journal`, one
// synced line per write, under the lock `<state file>.lock` (state-lock.ts), taken before anything
// is read. Every byte of a line is written and synced before the write is acknowledged; a write
// that fails (a full disk, a file-size limit) is cut back to the last complete line, so the next
// one never lands after half a record. At start a torn last line (never synced, never
// acknowledged) is dropped and said so; a line that is not a record, or a snapshot of the wrong
// shape, is refused with the reason, never half-read; leftover temporaries of an interrupted
// write are removed.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  validateJournalRecord as compiledJournalRecord,
  validateSessionState as compiledSessionState,
} from '../../../generated/state-validators.ts';
import { lockStateFile } from './state-lock.ts';
import { type JournalRecord, type SavedState, type StateFiles, StoreWriteError } from './store.ts';
import { describeWorldError, normalize, type validateWorld, WorldFileError } from './world.ts';

const STATE_VERSION = 3;
// Compiled at build time with the world's (world-schema.ts).
const validateSession = compiledSessionState as typeof validateWorld;
const validateRecord = compiledJournalRecord as typeof validateWorld;

/** Opens a state file for one store: locks it first (throws WorldFileError when another mock holds it). */
export function stateFiles(stateFile: string): StateFiles {
  const release = lockStateFile(stateFile);
  try {
    removeLeftoverTemporaries(stateFile);
  } catch (error) {
    release();
    throw error;
  }
  const journal = journalOf(stateFile);
  /** The journal's length up to its last complete record: a failed append is cut back to it. */
  let complete = 0;
  return {
    path: stateFile,
    read(warn) {
      if (!existsSync(stateFile)) {
        setAsideOrphanJournal(journal, warn);
        return undefined;
      }
      return { ...readSnapshot(stateFile), records: readJournal(journal, warn) };
    },
    exists: () => existsSync(stateFile),
    append(record) {
      const line = Buffer.from(`${JSON.stringify(record)}\n`);
      let fd: number;
      try {
        // Opened per write: a state directory that disappeared fails here instead of writing into
        // an unlinked file that a restart would never see.
        fd = openSync(journal, 'a');
      } catch (error) {
        throw new StoreWriteError(`could not append to the state journal: ${codeOf(error)}`);
      }
      try {
        const size = fstatSync(fd).size;
        if (size > complete) ftruncateSync(fd, complete);
        else complete = size;
        writeFully(fd, line);
        fdatasyncSync(fd);
        complete += line.length;
      } catch (error) {
        try {
          ftruncateSync(fd, complete);
        } catch {
          // The next append cuts it back before it writes.
        }
        throw new StoreWriteError(`could not append to the state journal: ${codeOf(error)}`);
      } finally {
        closeSync(fd);
      }
    },
    writeSnapshot(state: SavedState) {
      try {
        writeAtomically(stateFile, `${JSON.stringify({ version: STATE_VERSION, ...state })}\n`);
      } catch (error) {
        throw new StoreWriteError(`could not write the state file: ${codeOf(error)}`);
      }
      // The rename above is the commit: the journal's records are all in the snapshot now (a
      // replay skips them by their sequence numbers), so emptying it may fail without harm; the
      // next append cuts it back first.
      complete = 0;
      try {
        closeSync(openSync(journal, 'w'));
      } catch {
        // Emptied by the next append.
      }
    },
    digest: (text) => createHash('sha256').update(text).digest('hex'),
    release,
  };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function journalOf(stateFile: string): string {
  return `${stateFile}.journal`;
}

function readSnapshot(path: string): SavedState {
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new WorldFileError(
      `The state file ${path} is corrupted (${(error as Error).message}); refusing to start. Move it away to start from the world file.`,
    );
  }
  if (parsed?.version === 1 || parsed?.version === 2)
    throw new WorldFileError(
      `The state file ${path} was written by an earlier version of this mock (version ${parsed.version}), which did not keep jobs; move it away to start from the world file.`,
    );
  if (parsed?.version !== STATE_VERSION || typeof parsed.sessions !== 'object' || parsed.sessions === null || !Number.isInteger(parsed.seq))
    throw new WorldFileError(`The state file ${path} is not a state file of this mock (version ${parsed?.version}); refusing to start.`);
  for (const [name, session] of Object.entries<any>(parsed.sessions)) {
    if (!validateSession(session))
      throw new WorldFileError(
        `The state file ${path} does not hold a valid session ${JSON.stringify(name)}: ${describeWorldError(validateSession.errors![0]!)}; refusing to start.`,
      );
    session.world = normalize(session.world, `The state file ${path}, session ${JSON.stringify(name)}`);
  }
  return { seq: parsed.seq, sessions: parsed.sessions };
}

function readJournal(path: string, warn: (message: string) => void): JournalRecord[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  // The last line is complete only if the file ends with a newline; a torn last line was never
  // synced, so never acknowledged.
  const torn = lines.pop();
  if (torn) warn(`state journal ${path}: a torn last line (${torn.length} bytes, never acknowledged) was dropped.`);
  const records: JournalRecord[] = [];
  lines.forEach((line, i) => {
    let record: any;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new WorldFileError(`The state journal ${path} is corrupted at line ${i + 1} (${(error as Error).message}); refusing to start.`);
    }
    if (!validateRecord(record))
      throw new WorldFileError(
        `The state journal ${path} is corrupted at line ${i + 1} (not a journal record: ${describeWorldError(validateRecord.errors![0]!)}); refusing to start.`,
      );
    const previous = records.at(-1);
    if (previous && record.seq <= previous.seq) {
      warn(`state journal ${path}: line ${i + 1} repeats sequence ${record.seq}; dropped.`);
      return;
    }
    records.push(record);
  });
  return records;
}

/** A journal whose snapshot is gone cannot be replayed onto anything: kept aside, and said so. */
function setAsideOrphanJournal(journal: string, warn: (message: string) => void): void {
  if (!existsSync(journal) || readFileSync(journal).length === 0) return;
  const aside = `${journal}.orphaned-${Date.now()}`;
  renameSync(journal, aside);
  warn(`state journal ${journal} has no snapshot beside it; its records were not replayed (kept as ${aside}).`);
}

/** Temporary files of an atomic write that a crash interrupted. */
function removeLeftoverTemporaries(stateFile: string): void {
  const dir = dirname(stateFile);
  if (!existsSync(dir)) return;
  const prefixes = [basename(stateFile), basename(journalOf(stateFile))].map((name) => `${name}.`);
  for (const entry of readdirSync(dir))
    if (entry.endsWith('.tmp') && prefixes.some((p) => entry.startsWith(p)) && /\.\d+\.tmp$/.test(entry))
      rmSync(join(dir, entry), { force: true });
}

/** writeSync may write less than asked (a file-size limit, a full disk): write the rest, or throw. */
function writeFully(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error('no progress writing'), { code: 'EIO' });
    offset += written;
  }
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeFully(fd, Buffer.from(text));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  // The rename itself is durable once the directory is synced.
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
