// An error example's `x-acs-error-field` maps actions to the request fields the error concerns
// (wire names, `N` for a list position): the client sets AlbError.parameter from it. Each action
// must be one the contract has, and each field one of that action's request fields, walked from its
// parameters' schemas as the client flattens them. The derived wire form (its parameters already
// flattened) is not checked: the source and the bundle are.
import { refFollower } from '../follow-ref.js';

const SKIP_COMMON = new Set(['v1', 'v3', 'signature']);

export default function errorFieldsNameFields(root) {
  if (root === null || typeof root !== 'object') return [];
  if (Object.values(root.paths ?? {}).some((item) => item?.post?.['x-acs-wire-form'] !== undefined)) return [];
  const problems = [];
  const follow = refFollower(root);
  const fieldsOf = new Map();
  for (const [key, item] of Object.entries(root.paths ?? {})) {
    const action = /^\/#Action=([A-Za-z0-9]+)$/.exec(key)?.[1];
    const operation = follow(item)?.post;
    if (!action || !operation) continue;
    const fields = new Set();
    const walk = (schema, name) => {
      const node = follow(schema);
      if (!node || typeof node !== 'object') return;
      fields.add(name);
      if (node.type === 'array') walk(node.items, `${name}.N`);
      for (const [child, property] of Object.entries(node.properties ?? {})) walk(property, `${name}.${child}`);
    };
    for (const ref of operation.parameters ?? []) {
      const parameter = follow(ref);
      if (parameter?.in === 'query' && !SKIP_COMMON.has(parameter['x-acs-common'])) walk(parameter.schema, parameter.name);
    }
    fieldsOf.set(action, fields);
  }
  for (const [name, example] of Object.entries(root.components?.examples ?? {})) {
    const map = example?.['x-acs-error-field'];
    if (map === undefined) continue;
    const path = ['components', 'examples', name, 'x-acs-error-field'];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) {
      problems.push({ message: 'x-acs-error-field maps actions to lists of request fields', path });
      continue;
    }
    for (const [action, fields] of Object.entries(map)) {
      const known = fieldsOf.get(action);
      if (!known)
        problems.push({ message: `x-acs-error-field names ${action}, which is no action of the contract`, path: [...path, action] });
      else if (!Array.isArray(fields) || fields.length === 0)
        problems.push({ message: `x-acs-error-field.${action} must be a list of request fields`, path: [...path, action] });
      else
        for (const field of fields)
          if (!known.has(field))
            problems.push({
              message: `x-acs-error-field.${action} names ${field}, which is not a ${action} request field`,
              path: [...path, action],
            });
    }
  }
  return problems;
}
