// Every pattern says in words what it allows (`x-acs-pattern-description` beside it): the client's
// validation messages and the constraints module show those words, never the expression, so a
// form can tell a person what to type. Examples and sources are data, not schemas, and are skipped.
const SKIP = new Set(['example', 'examples', 'value', 'x-acs-sources', 'sources', 'x-codeSamples']);

export default function patternsDescribed(root) {
  const problems = [];
  const seen = new WeakSet();
  const walk = (node, path) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (typeof node.pattern === 'string') {
      const words = node['x-acs-pattern-description'];
      if (typeof words !== 'string' || words.trim() === '')
        problems.push({ message: `the pattern ${node.pattern} has no x-acs-pattern-description (what it allows, in words)`, path });
    }
    for (const [key, child] of Object.entries(node)) if (!SKIP.has(key)) walk(child, [...path, key]);
  };
  walk(root, []);
  return problems;
}
