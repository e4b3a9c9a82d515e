// The docs page is Redoc over the bundle, with what Redoc cannot render from extensions written
// out in plain words: the cross-field rules, which listener protocols use which parameters, and
// the table of every documented error code, plus code samples (lib/code-samples.ts). All of it is
// read from the bundle and its wire form.
import { codeSamples } from './code-samples.ts';
import { RETRY_POLICY_TEXT, retriesCode } from '../../src/client/retry-policy.ts';
import { actionOperations, deref, isObject, type Json, type JsonObject, type OpenApiDocument } from '../../src/openapi/document.ts';
import { errorCatalogue, operationErrorCodes } from '../../src/openapi/errors.ts';

export function docsDocument(bundle: OpenApiDocument, wire: OpenApiDocument): OpenApiDocument {
  const doc = structuredClone(bundle);
  describeSources(doc);
  for (const { action, path, operation } of actionOperations(doc)) {
    operation['x-codeSamples'] = codeSamples(wire, action).map(({ lang, label, source }) => ({ lang, label, source }));
    const sections = [
      String(operation.description ?? '').trimEnd(),
      crossFieldRules(operation),
      howToWait(doc, action),
      howToPage(action, operation),
      protocolTable(doc, operation),
      errorTable(doc, operation),
      sourceCatalog(doc),
    ];
    operation.description = `${sections.filter(Boolean).join('\n\n')}\n`;
    const pathItem = deref(doc, doc.paths[path] ?? null);
    pathItem.post = operation;
    doc.paths[path] = pathItem;
  }
  return doc;
}

/**
 * Each constraint's sources (`x-acs-sources`) written under the description of the parameter or
 * property that has it, so a reader sees where every limit comes from and who disagrees.
 */
function describeSources(doc: OpenApiDocument): void {
  const annotate = (holder: JsonObject, nodes: JsonObject[]): void => {
    const lines = nodes.flatMap((node) => sourceLines(node));
    if (lines.length > 0) holder.description = `${String(holder.description ?? '').trimEnd()}\n\n**Sources**\n\n${lines.join('\n')}`;
  };
  const visitSchema = (schema: JsonObject): void => {
    if (!isObject(schema.properties)) return;
    for (const prop of Object.values(schema.properties)) if (isObject(prop) && !prop.$ref) annotate(prop, [prop]);
  };
  const components = doc.components;
  for (const param of Object.values(isObject(components.parameters) ? components.parameters : {}))
    if (isObject(param)) annotate(param, [param, ...(isObject(param.schema) && !param.schema.$ref ? [param.schema] : [])]);
  for (const schema of Object.values(isObject(components.schemas) ? components.schemas : {}))
    if (isObject(schema)) {
      annotate(schema, [schema]);
      visitSchema(schema);
    }
  for (const response of Object.values(isObject(components.responses) ? components.responses : {}))
    if (isObject(response) && isObject(response.headers))
      for (const header of Object.values(response.headers))
        if (isObject(header) && isObject(header.schema)) annotate(header, [header.schema]);
}

function sourceLines(node: JsonObject): string[] {
  const entries = Array.isArray(node['x-acs-sources']) ? (node['x-acs-sources'] as JsonObject[]) : [];
  return entries.map((entry) => {
    const constraints = ((entry.for as string[]) ?? []).map((keyword) => {
      const value = keyword.startsWith('required') ? undefined : node[keyword];
      return `\`${keyword}${value === undefined ? '' : `: ${JSON.stringify(value)}`}\``;
    });
    const says = typeof entry.says === 'string' ? ` "${entry.says}"` : '';
    const note = typeof entry.note === 'string' ? ` ${entry.note}` : '';
    return `- ${constraints.join(', ')}: ${((entry.from as string[]) ?? []).join(', ')}.${says}${note}`;
  });
}

function sourceCatalog(doc: OpenApiDocument): string {
  const catalog = doc['x-acs-source-catalog'];
  if (!isObject(catalog)) return '';
  const rows = Object.entries(catalog).map(([tag, text]) => `| \`${tag}\` | ${cell(String(text))} |`);
  return [
    '### Where each constraint comes from',
    '',
    'Every limit, pattern, enum, default and required flag names its sources under its description ("Sources"), by these tags. Where sources disagree, the contract takes the most permissive value an Alibaba source states.',
    '',
    '| source | what it is |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

function crossFieldRules(operation: JsonObject): string {
  const rules = (operation['x-acs-cross-field-rules'] as JsonObject[] | undefined) ?? [];
  if (rules.length === 0) return '';
  const lines = rules.map((rule) => {
    const sources = ((rule.sources as JsonObject[] | undefined) ?? []).map(
      (e) => `${(e.for as string[]).join(', ')}: ${(e.from as string[]).join(', ')}`,
    );
    return `- ${rule.description} Otherwise: \`${rule.code}\` naming \`${rule.parameter}\`.${sources.length ? ` (Sources: ${sources.join('; ')}.)` : ''}`;
  });
  return ['### Rules between parameters', '', ...lines].join('\n');
}

/** The waiters that poll this action (`x-acs-waiters`), in words: what they wait for, how often, for how long, and why. */
function howToWait(doc: OpenApiDocument, action: string): string {
  const waiters = Object.entries(isObject(doc['x-acs-waiters']) ? doc['x-acs-waiters'] : {}).filter(
    (entry): entry is [string, JsonObject] => isObject(entry[1]) && entry[1].operation === action,
  );
  if (waiters.length === 0) return '';
  const lines = waiters.flatMap(([name, waiter]) => {
    const acceptors = ((waiter.acceptors as JsonObject[]) ?? []).map((a) => {
      const matcher = a.matcher as JsonObject;
      const when =
        typeof matcher.errorCode === 'string'
          ? `the answer is \`${matcher.errorCode}\``
          : `\`${matcher.path}\` ${matcher.comparator === 'equals' ? 'is' : matcher.comparator === 'anyEquals' ? 'has' : 'is all'} \`${matcher.expected}\``;
      return `${a.state} when ${when}`;
    });
    return [
      `- **${name}**: ${waiter.description} \`waitUntil${name}(core, request)\` (or \`alb.waitUntil${name}(request)\`) polls ${action}: ${acceptors.join('; ')}; otherwise it polls again, ${Number(waiter.minDelayMs) / 1000} s apart at first, growing to ${Number(waiter.maxDelayMs) / 1000} s, for up to ${Number(waiter.timeoutMs) / 60_000} minutes.`,
      ...sourceLines(waiter).map((line) => `  ${line}`),
    ];
  });
  return [
    '### How to wait',
    '',
    'Waiters declared in the contract (`x-acs-waiters`); the client generates one function per waiter.',
    '',
    ...lines,
  ].join('\n');
}

/** The paginator of this action (`x-acs-paginated`), in words. */
function howToPage(action: string, operation: JsonObject): string {
  const paginated = operation['x-acs-paginated'];
  if (!isObject(paginated)) return '';
  return [
    '### How to page',
    '',
    `Send \`${paginated.pageSize}\` for the page size; each answer's \`${paginated.outputToken}\` goes into the next request's \`${paginated.inputToken}\`, until an answer has none. The items are \`${paginated.items}\`. The client does it: \`for await (const page of paginate${action}(core, request))\` (or \`alb.paginate${action}(request)\`).`,
    '',
    ...sourceLines(paginated),
  ].join('\n');
}

function protocolTable(doc: OpenApiDocument, operation: JsonObject): string {
  const rows: string[] = [];
  const visit = (name: string, node: Json, inherited: Json | undefined): void => {
    if (!isObject(node)) return;
    const schema = node.$ref ? deref(doc, node) : node;
    const protocols = schema['x-acs-listener-protocols'] ?? inherited;
    const props = isObject(schema.properties) ? schema.properties : undefined;
    if (props) for (const [child, value] of Object.entries(props)) visit(`${name}.${child}`, value, protocols);
    else if (Array.isArray(protocols) && protocols.length < 3) rows.push(`| \`${name}\` | ${protocols.join(', ')} |`);
  };
  for (const ref of (operation.parameters as Json[]) ?? []) {
    const param = deref(doc, ref);
    const protocols = param['x-acs-listener-protocols'];
    const schema = deref(doc, param.schema ?? null);
    if (isObject(schema.properties)) visit(String(param.name), schema, protocols);
    else if (Array.isArray(protocols)) rows.push(`| \`${param.name}\` | ${protocols.join(', ')} |`);
  }
  if (rows.length === 0) return '';
  return [
    '### Parameters used by some listener protocols only',
    '',
    'On a listener of another protocol the service ignores these parameters; it does not reject them.',
    '',
    '| parameter | listener protocols |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

/** The errors an action documents: one row per code, the retry column from the client's own policy. */
function errorTable(doc: OpenApiDocument, operation: JsonObject): string {
  const catalogue = errorCatalogue(doc);
  const retryable = new Set(catalogue.filter((e) => e.retryable).map((e) => e.code));
  const documented = operationErrorCodes(doc, operation);
  const rows = catalogue
    .filter((e) => documented.has(e.code))
    .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code))
    .map(({ code, status, example }) => {
      const text = String(example.description ?? '');
      const cause = /\*\*Cause:\*\* ([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? '';
      const action = /\*\*What to do:\*\* ([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? '';
      const analogy = typeof example['x-acs-by-analogy'] === 'string' ? ` *Decision by analogy:* ${example['x-acs-by-analogy']}` : '';
      const retried = retriesCode(code, status, retryable);
      return `| \`${code}\` | ${status} | ${cell(String(example.value.Message))} | ${cell(cause + analogy)} | ${cell(action)} | ${retried ? 'yes' : 'no'} |`;
    });
  return [
    '### Error codes',
    '',
    RETRY_POLICY_TEXT,
    '',
    '| code | HTTP status | message (example) | cause | what to do | retried |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

// Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN. A self-contained page
// may not reach any outside host, so the logo is inlined as a data: URI. The build fails if any
// CDN address remains that the page could request.
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#555">Redocly</text></svg>')}`;
const REPLACEMENTS: Array<[string, string]> = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', INLINE_LOGO],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', INLINE_LOGO],
];

export function makeSelfContained(html: string): string {
  let out = html;
  for (const [from, to] of REPLACEMENTS) out = out.split(from).join(to);
  const left = /https:\/\/cdn\.redoc\.ly\/[^`"' )]+/.exec(out);
  if (left) throw new Error(`The docs page still loads ${left[0]} from a CDN; inline it in scripts/lib/docs.ts`);
  return out;
}
