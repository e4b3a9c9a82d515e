// A world file (YAML) read from disk, for the Node hosts: a bad file is refused with its line.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { assetUrl } from '../../assets.ts';
import { describeWorldError, normalize, validateWorld, type World, WorldFileError } from './world.ts';

export const DEFAULT_WORLD = assetUrl('src/mock/state/default-world.yaml');

export function loadWorldFile(path: string | URL): World {
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const where = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new WorldFileError(`${String(path)}: line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`);
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
    throw new WorldFileError(`${String(path)}${where(node as Node)}: ${describeWorldError(error)}`);
  }
  return normalize(data);
}
