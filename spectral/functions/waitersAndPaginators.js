// Waiters (the root's `x-acs-waiters`) and paginators (an operation's `x-acs-paginated`) are part of
// the contract, and the client, the docs and the suite are generated from them: a malformed one
// fails the lint here, naming the place, instead of the generated code at run time. A waiter names
// an action the contract has (and `after`, the write whose job it waits on when that is not
// CreateListener, another); each acceptor's matcher reads a field that action's answer has (an
// expected value within the field's enum) or an error code it documents; its delays are ordered;
// a paginator's tokens, items, page size and item key are the action's parameters and answer's
// fields; and each names its sources, from x-acs-source-catalog, as every constraint does.
import { refFollower } from '../follow-ref.js';

const COMPARATORS = new Set(['equals', 'anyEquals', 'allEquals']);
const STATES = new Set(['success', 'failure', 'retry']);

export default function waitersAndPaginators(root) {
  if (root === null || typeof root !== 'object') return [];
  const problems = [];
  const report = (path, message) => problems.push({ message, path });
  const tags = new Set(Object.keys(root['x-acs-source-catalog'] ?? {}));
  const operations = new Map();
  for (const [key, item] of Object.entries(root.paths ?? {})) {
    const action = /^\/#Action=([A-Za-z0-9]+)$/.exec(key)?.[1];
    if (action && item?.post) operations.set(action, { key, operation: item.post });
  }
  const follow = refFollower(root);
  const answerSchema = (operation) => follow(follow(follow(operation.responses?.['200'])?.content?.['application/json'])?.schema);
  /** The schema a dotted path (`Jobs[].Status`) reads in a schema, or undefined. */
  const at = (schema, path) => {
    let node = follow(schema);
    for (const segment of path.split('.')) {
      const match = /^([A-Za-z0-9_]+)(\[\])?$/.exec(segment);
      if (!match) return undefined;
      node = follow(node?.properties?.[match[1]]);
      if (match[2]) node = node?.type === 'array' ? follow(node.items) : undefined;
      if (!node) return undefined;
    }
    return node;
  };
  const documentedCodes = (operation) => {
    const codes = new Set();
    for (const [status, response] of Object.entries(operation.responses ?? {}))
      if (Number(status) >= 400)
        for (const example of Object.values(follow(response)?.content?.['application/json']?.examples ?? {})) {
          const code = follow(example)?.value?.Code;
          if (typeof code === 'string') codes.add(code);
        }
    return codes;
  };
  const checkSources = (node, keys, path) => {
    const entries = node['x-acs-sources'];
    if (!Array.isArray(entries) || entries.length === 0)
      return report([...path, 'x-acs-sources'], 'A waiter or paginator names no source (x-acs-sources).');
    const covered = new Set();
    entries.forEach((entry, i) => {
      for (const tag of entry?.from ?? [])
        if (!tags.has(tag)) report([...path, 'x-acs-sources', i], `Source "${tag}" is not in x-acs-source-catalog.`);
      if (typeof entry?.says !== 'string' && typeof entry?.note !== 'string')
        report([...path, 'x-acs-sources', i], "A source entry needs `says` (the source's words) or `note`.");
      for (const key of entry?.for ?? []) covered.add(key);
    });
    for (const key of keys) if (key in node && !covered.has(key)) report(path, `"${key}" names no source (add it to x-acs-sources).`);
  };

  for (const [name, waiter] of Object.entries(root['x-acs-waiters'] ?? {})) {
    const path = ['x-acs-waiters', name];
    if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) report(path, `Waiter "${name}" is not a PascalCase name (the client's waitUntil${name}).`);
    const target = operations.get(waiter?.operation);
    if (!target) {
      report([...path, 'operation'], `Waiter ${name} polls "${waiter?.operation}", which is no action of this contract.`);
      continue;
    }
    if (waiter.after !== undefined && !operations.has(waiter.after))
      report([...path, 'after'], `Waiter ${name} follows "${waiter.after}", which is no action of this contract.`);
    const schema = answerSchema(target.operation);
    const codes = documentedCodes(target.operation);
    const acceptors = waiter.acceptors;
    if (!Array.isArray(acceptors) || acceptors.length === 0) report([...path, 'acceptors'], `Waiter ${name} has no acceptors.`);
    else if (!acceptors.some((a) => a?.state === 'success')) report([...path, 'acceptors'], `Waiter ${name} has no success acceptor.`);
    for (const [i, acceptor] of (Array.isArray(acceptors) ? acceptors : []).entries()) {
      const where = [...path, 'acceptors', i];
      if (!STATES.has(acceptor?.state)) report([...where, 'state'], `State "${acceptor?.state}" is not success, failure or retry.`);
      const matcher = acceptor?.matcher ?? {};
      if (typeof matcher.errorCode === 'string') {
        if (!codes.has(matcher.errorCode))
          report([...where, 'matcher', 'errorCode'], `${waiter.operation} documents no error ${matcher.errorCode}.`);
        continue;
      }
      if (typeof matcher.path !== 'string') {
        report([...where, 'matcher'], 'A matcher reads a `path` of the answer or an `errorCode`.');
        continue;
      }
      const field = at(schema, matcher.path);
      if (!field) {
        report([...where, 'matcher', 'path'], `${waiter.operation}'s answer has no ${matcher.path}.`);
        continue;
      }
      if (!COMPARATORS.has(matcher.comparator))
        report([...where, 'matcher', 'comparator'], `Comparator "${matcher.comparator}" is not equals, anyEquals or allEquals.`);
      if ((matcher.comparator === 'equals') === matcher.path.includes('[]'))
        report(
          [...where, 'matcher', 'comparator'],
          `${matcher.comparator} on ${matcher.path}: a path through a list (\`[]\`) takes anyEquals or allEquals, any other equals.`,
        );
      if (Array.isArray(field.enum) && !field.enum.includes(matcher.expected))
        report(
          [...where, 'matcher', 'expected'],
          `${JSON.stringify(matcher.expected)} is not a value of ${matcher.path} (${field.enum.join(', ')}).`,
        );
      const element = matcher.path.includes('[]')
        ? at(schema, matcher.path.slice(0, matcher.path.lastIndexOf('[]') + 2).replace(/\[\]$/, ''))
        : schema;
      const item = element?.type === 'array' ? follow(element.items) : element;
      for (const [key, reasonPath] of Object.entries(acceptor.reason ?? {}))
        if (typeof reasonPath !== 'string' || !at(item, reasonPath))
          report([...where, 'reason', key], `The matched element has no ${reasonPath}.`);
    }
    const delays = ['minDelayMs', 'maxDelayMs', 'timeoutMs'];
    for (const key of delays)
      if (!Number.isInteger(waiter[key]) || waiter[key] <= 0)
        report([...path, key], `${key} must be a whole number of milliseconds above 0.`);
    if (waiter.minDelayMs > waiter.maxDelayMs || waiter.maxDelayMs > waiter.timeoutMs)
      report(path, 'The delays must be ordered: minDelayMs ≤ maxDelayMs ≤ timeoutMs.');
    checkSources(waiter, ['acceptors', ...delays], path);
  }

  for (const [action, { key, operation }] of operations) {
    const paginated = operation['x-acs-paginated'];
    if (paginated === undefined) continue;
    const path = ['paths', key, 'post', 'x-acs-paginated'];
    const parameters = new Set(
      (operation.parameters ?? [])
        .map((p) => follow(p))
        .filter((p) => p?.in === 'query')
        .map((p) => p.name),
    );
    const schema = answerSchema(operation);
    for (const key of ['inputToken', 'pageSize'])
      if (paginated[key] !== undefined && !parameters.has(paginated[key]))
        report([...path, key], `${action} has no query parameter ${paginated[key]}.`);
    if (!parameters.has(paginated.inputToken)) report([...path, 'inputToken'], `${action} needs an inputToken parameter.`);
    if (!at(schema, String(paginated.outputToken))) report([...path, 'outputToken'], `${action}'s answer has no ${paginated.outputToken}.`);
    const list = at(schema, String(paginated.items));
    if (list?.type !== 'array') report([...path, 'items'], `${action}'s answer has no list ${paginated.items}.`);
    else if (paginated.itemKey !== undefined && !follow(list.items)?.properties?.[paginated.itemKey])
      report([...path, 'itemKey'], `An item of ${paginated.items} has no ${paginated.itemKey}.`);
    checkSources(paginated, ['inputToken', 'outputToken', 'items', 'pageSize'], path);
  }
  return problems;
}
