// A world file (YAML) read from disk, for the Node hosts: a bad file is refused with its line, an
// unreadable or oversized one with the reason, in one line.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { assetUrl } from '../../assets.ts';
import { describeWorldError, normalize, validateWorld, type World, WorldFileError } from './world.ts';

export const DEFAULT_WORLD = assetUrl('src/mock/state/default-world.yaml');

/** The largest world file read (a world holds at most MAX_WORLD_ENTRIES entries, well under this). */
export const MAX_WORLD_FILE_BYTES = 4 << 20;

export function loadWorldFile(path: string | URL): World {
  const name = typeof path === 'string' ? path : fileURLToPath(path);
  const text = readWorldText(name);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const where = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new WorldFileError(`${name}: line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`);
  }
  const data = document.toJS();
  if (!validateWorld(data)) {
    const error = validateWorld.errors![0]!;
    const keys = error.instancePath.split('/').slice(1);
    let node: unknown = document.contents;
    for (const key of keys)
      node =
        isMap(node) || isSeq(node)
          ? (node as { get(k: unknown, keep: boolean): unknown }).get(isSeq(node) ? Number(key) : key, true)
          : undefined;
    throw new WorldFileError(`${name}${where(node as Node)}: ${describeWorldError(error)}`);
  }
  return normalize(data, name);
}

/**
 * A loader that reads the file again only when it changed (its size or modification time): a
 * reset of an unchanged world costs a copy, not a parse.
 */
export function cachedWorldFile(path: string | URL): () => World {
  let cached: { key: string; world: World } | undefined;
  return () => {
    const name = typeof path === 'string' ? path : fileURLToPath(path);
    const stat = statOf(name);
    const key = `${stat.size}:${stat.mtimeMs}`;
    if (cached?.key !== key) cached = { key, world: loadWorldFile(path) };
    return cached.world;
  };
}

function statOf(name: string) {
  try {
    return statSync(name);
  } catch (error) {
    throw unreadable(name, error);
  }
}

function readWorldText(name: string): string {
  const { size } = statOf(name);
  if (size > MAX_WORLD_FILE_BYTES)
    throw new WorldFileError(`The world file ${name} is ${size} bytes; a world file holds at most ${MAX_WORLD_FILE_BYTES} bytes.`);
  try {
    return readFileSync(name, 'utf8');
  } catch (error) {
    throw unreadable(name, error);
  }
}

function unreadable(name: string, error: unknown): WorldFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? error);
  return new WorldFileError(`Cannot read the world file ${name}: ${reason}${code ? ` (${code})` : ''}.`);
}
