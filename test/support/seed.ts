// Reads the committed copy of the seed API page (test/fixtures/CreateListener.seed.txt): its
// request-parameter table, its error-code table and its sample request and responses.
import { seedText } from './spec.ts';

export interface SeedParameter {
  name: string;
  type: 'String' | 'Integer' | 'Boolean' | 'Object' | 'Array';
  required: boolean;
  example: string;
  description: string;
}

export interface SeedError {
  status: number;
  code: string;
  message: string;
}

const section = (from: string, to: string): string => {
  const start = seedText.indexOf(from);
  const end = seedText.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`The seed page has no section ${from}`);
  return seedText.slice(start + from.length, end);
};

export function seedParameters(): SeedParameter[] {
  const lines = section('Request parameters', 'Response parameters').split('\n');
  const rows: SeedParameter[] = [];
  const rowStart = /^([A-Za-z0-9]+) \| (String|Integer|Boolean|Object|Array) \| (Yes|No) \|\s?(.*?)\|?\s*$/;
  for (const line of lines) {
    const match = rowStart.exec(line);
    if (match) {
      rows.push({
        name: match[1]!,
        type: match[2] as SeedParameter['type'],
        required: match[3] === 'Yes',
        example: match[4]!.replace(/\s*\|?\s*$/, '').trim(),
        description: '',
      });
    } else if (rows.length > 0 && !line.startsWith('Parameter |') && !line.startsWith('---')) {
      rows[rows.length - 1]!.description += `${line.replace(/\|\s*$/, '')} `;
    }
  }
  return rows;
}

export function seedErrors(): SeedError[] {
  return [...section('Error codes', 'For a list of error codes').matchAll(/^(\d{3}) \| ([A-Za-z.]+) \| (.*?) \|/gm)].map((m) => ({
    status: Number(m[1]),
    code: m[2]!,
    message: m[3]!,
  }));
}

/** The sample request's parameters, JSON-looking values parsed the way the page means them. */
export function seedSampleRequest(): Record<string, unknown> {
  const lines = section('Sample requests', 'Sample success responses').split('\n');
  const params: Record<string, unknown> = {};
  for (const line of lines) {
    const match = /^&?([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (!match || match[1] === 'Action') continue;
    const value = match[2]!;
    params[match[1]!] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

export function seedSampleResponses(): { json: Record<string, string>; xml: string } {
  const text = section('Sample success responses', 'Error codes');
  const xml = /<CreateListenerResponse>[\s\S]*<\/CreateListenerResponse>/.exec(text)![0];
  const json = JSON.parse(/\{[\s\S]*\}/.exec(text)![0]);
  return { json, xml };
}
