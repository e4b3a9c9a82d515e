// Which documented response a client asked for: Prism's `Prefer: code=404, example=X` header or the
// browser-friendly `__code` / `__example` query parameters. An example name alone is enough: the
// contract knows its status.
import type { Contract } from './wire-form.ts';

export interface Selection {
  status?: number;
  example?: string;
}

export type SelectionResult = { selection: Selection } | { error: string } | undefined;

export function readSelection(contract: Contract, query: Record<string, string>, headers: Record<string, string>): SelectionResult {
  let status: string | undefined = query.__code;
  let example: string | undefined = query.__example;
  const prefer = headers.prefer;
  if (prefer) {
    for (const part of prefer.split(/[,;]/)) {
      const [key, value] = part.split('=').map((s) => s.trim());
      if (key === 'code') status ??= value;
      if (key === 'example') example ??= value;
    }
  }
  if (status === undefined && example === undefined) return undefined;
  const code = status === undefined ? undefined : Number(status);
  const documented = () => [...contract.examplesByStatus].map(([s, names]) => `${s}: ${names.join(', ') || '(none named)'}`).join('; ');
  if (code !== undefined && !contract.examplesByStatus.has(code))
    return { error: `${contract.action} documents no response with status ${status}. Documented: ${documented()}.` };
  if (example !== undefined) {
    const owner = [...contract.examplesByStatus].find(([, names]) => names.includes(example!));
    if (!owner) return { error: `${contract.action} documents no example named ${example}. Documented: ${documented()}.` };
    if (code !== undefined && owner[0] !== code) return { error: `The example ${example} is documented under ${owner[0]}, not ${code}.` };
    return { selection: { status: owner[0], example } };
  }
  return { selection: { status: code } };
}
