// Every constraint names its source. A constraint is a JSON Schema keyword that narrows what a
// client may send or will receive (a limit, pattern, enum, const, default, a required flag), the
// wire bound `x-acs-wire-max-items`, a retryable error, or a cross-field rule. Beside it,
// `x-acs-sources` (on a schema, parameter or error example; `sources` on a cross-field rule) is a
// list of entries `{for: [keyword...], from: [tag...], says?, note?}`; a schema's required
// properties are named `required:<Property>`, a parameter's flag `required`. Tags come from the
// root's `x-acs-source-catalog`; an `assumption` must say why in `note`. An entry for a keyword the
// node does not have is stale and fails too. `format` is a type refinement and is not counted.
// The derived wire form (which copies the source's schemas) is not checked.
const KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'default',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'x-acs-wire-max-items',
];
// Claims that may name a source (and must, in a fresh entry), but that older entries carry without one.
const OPTIONAL = ['x-acs-listener-protocols'];
// Where a keyword is data, not a constraint of this contract.
// (`examples` as a JSON Schema list is data; as OpenAPI's map of named examples it is walked, for
// the error examples' `x-acs-retryable`.)
// (Waiters and paginators name their sources too: waitersAndPaginators.js checks them.)
const SKIP = new Set([
  'example',
  'value',
  'x-acs-sources',
  'sources',
  'servers',
  'x-acs-source-catalog',
  'x-codeSamples',
  'x-acs-waiters',
  'x-acs-paginated',
]);

export default function constraintsHaveSources(root) {
  if (root === null || typeof root !== 'object') return [];
  // The wire form marks each operation it derived.
  const derived = Object.values(root.paths ?? {}).some((item) => item?.post?.['x-acs-wire-form'] !== undefined);
  if (derived) return [];
  const catalog = root['x-acs-source-catalog'];
  const tags = new Set(catalog && typeof catalog === 'object' ? Object.keys(catalog) : []);
  const problems = [];
  const seen = new WeakSet();
  const report = (path, message) => problems.push({ message, path });

  const checkEntries = (entries, needed, present, path, key) => {
    if (needed.length === 0 && entries === undefined) return;
    if (entries !== undefined && !Array.isArray(entries))
      return report([...path, key], `${key} must be a list of {for, from, says?, note?} entries.`);
    const covered = new Set();
    for (const [i, entry] of (entries ?? []).entries()) {
      const at = [...path, key, i];
      const fors = Array.isArray(entry?.for) ? entry.for : [];
      const from = Array.isArray(entry?.from) ? entry.from : [];
      if (fors.length === 0) report(at, 'A source entry names no constraint in `for`.');
      if (from.length === 0) report(at, 'A source entry names no source in `from`.');
      for (const tag of from) if (!tags.has(tag)) report(at, `Source "${tag}" is not in x-acs-source-catalog.`);
      if (from.includes('assumption') && typeof entry.note !== 'string') report(at, 'An assumption must say why in `note`.');
      if (typeof entry?.says !== 'string' && typeof entry?.note !== 'string')
        report(at, "A source entry needs `says` (the source's words) or `note`.");
      for (const keyword of fors) {
        covered.add(keyword);
        if (!present.has(keyword)) report(at, `Source for "${keyword}", which this node does not have (stale).`);
      }
    }
    for (const keyword of needed) if (!covered.has(keyword)) report(path, `Constraint "${keyword}" names no source (add it to ${key}).`);
  };

  const visit = (node, path) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    const needed = KEYWORDS.filter((k) => k in node && !(k === 'enum' && !Array.isArray(node.enum)));
    const isParameter = typeof node.in === 'string' && typeof node.name === 'string';
    if (isParameter && node.required === true) needed.push('required');
    if (!isParameter && Array.isArray(node.required)) for (const name of node.required) needed.push(`required:${name}`);
    if (node['x-acs-retryable'] === true) needed.push('x-acs-retryable');
    if (
      typeof node['x-acs-http-status'] === 'number' &&
      Array.isArray(node['x-acs-sources']) &&
      node['x-acs-sources'].some((e) => e?.for?.includes('x-acs-http-status'))
    )
      needed.push('x-acs-http-status');
    // Sourced where a source corrected it, not required everywhere: which listener protocols use a parameter.
    const optional = OPTIONAL.filter((k) => k in node);
    checkEntries(node['x-acs-sources'], needed, new Set([...needed, ...optional]), path, 'x-acs-sources');
    for (const [key, value] of Object.entries(node)) {
      if (SKIP.has(key) || (key === 'examples' && Array.isArray(value))) continue;
      if (key === 'x-acs-cross-field-rules' && Array.isArray(value)) {
        value.forEach((rule, i) => {
          checkEntries(rule?.sources, ['rule', 'code'], new Set(['rule', 'code']), [...path, key, i], 'sources');
        });
        continue;
      }
      visit(value, [...path, key]);
    }
  };
  visit(root, []);
  return problems;
}
