// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// A stateful mock's state on disk (Node): the snapshot `<state file>`, rewritten atomically
// (temporary file, fsync, rename, directory fsync), and the journal `<state file>.journal`, one
// synced line per create. A torn last journal line was never synced, so never acknowledged, and is
// dropped; leftover temporaries of an interrupted write are removed at start; a corrupted file is
// refused with the reason, never half-read.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createAjv } from '../../wire/ajv.ts';
import { type CreateRecord, type StateFiles, StoreWriteError } from './store.ts';
import { normalize, type World, WorldFileError } from './world.ts';
import { stateFileSchema } from './world-schema.ts';

const STATE_VERSION = 2;
const validateStateFile = createAjv().compile(stateFileSchema);

export function stateFiles(stateFile: string): StateFiles {
  removeLeftoverTemporaries(stateFile);
  const journal = journalOf(stateFile);
  return {
    path: stateFile,
    read: () => (existsSync(stateFile) ? { ...readStateFile(stateFile), records: readJournal(journal) } : undefined),
    exists: () => existsSync(stateFile),
    append(record) {
      try {
        // Opened per write: a state directory that disappeared fails here instead of writing into
        // an unlinked file that a restart would never see.
        const fd = openSync(journal, 'a');
        try {
          writeSync(fd, `${JSON.stringify(record)}\n`);
          fdatasyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch (error) {
        throw new StoreWriteError(`could not append to the state journal: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    },
    writeSnapshot(world: World, seq: number) {
      try {
        writeAtomically(stateFile, `${JSON.stringify({ version: STATE_VERSION, seq, world })}\n`);
        writeAtomically(journal, '');
      } catch (error) {
        throw new StoreWriteError(`could not write the state file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    },
    digest: (text) => createHash('sha256').update(text).digest('hex'),
  };
}

function journalOf(stateFile: string): string {
  return `${stateFile}.journal`;
}

function readStateFile(path: string): { world: World; seq: number } {
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new WorldFileError(
      `The state file ${path} is corrupted (${(error as Error).message}); refusing to start. Move it away to start from the world file.`,
    );
  }
  if ((parsed?.version !== 1 && parsed?.version !== STATE_VERSION) || typeof parsed.world !== 'object')
    throw new WorldFileError(`The state file ${path} is not a state file of this mock (version ${parsed?.version}); refusing to start.`);
  if (!validateStateFile(parsed.world)) {
    const error = validateStateFile.errors![0]!;
    const detail = error.keyword === 'additionalProperties' ? `unknown field "${error.params.additionalProperty}"` : error.message;
    throw new WorldFileError(
      `The state file ${path} does not hold a valid world: ${error.instancePath || 'the world'} ${detail}; refusing to start.`,
    );
  }
  return { world: normalize(parsed.world), seq: typeof parsed.seq === 'number' ? parsed.seq : 0 };
}

function readJournal(path: string): CreateRecord[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  // The last line is complete only if the file ends with a newline; a torn last line was never
  // synced, so never acknowledged, and is dropped.
  lines.pop();
  return lines.map((line, i) => {
    try {
      const record = JSON.parse(line);
      if (record?.op !== 'create' || typeof record.seq !== 'number' || typeof record.listener?.id !== 'string')
        throw new Error('not a journal record');
      return record as CreateRecord;
    } catch (error) {
      throw new WorldFileError(`The state journal ${path} is corrupted at line ${i + 1} (${(error as Error).message}); refusing to start.`);
    }
  });
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

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  // The rename itself is durable once the directory is synced.
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
