// An Alibaba RPC operation is named by its action: the operationId, the x-acs-action header and
// the V1 Action query parameter must all say the same single name.
export default function operationIdIsAction(operation, _options, context) {
  if (operation === null || typeof operation !== 'object' || !('responses' in operation)) return [];
  const problems = [];
  const id = operation.operationId;
  if (typeof id !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(id))
    problems.push({ message: `operationId "${id}" is not an Alibaba action name (PascalCase).` });
  for (const [name, location] of [
    ['x-acs-action', 'header'],
    ['Action', 'query'],
  ]) {
    const param = (operation.parameters ?? []).find((p) => p?.name === name && p?.in === location);
    const values = param?.schema?.enum;
    if (!param) problems.push({ message: `The ${location} parameter ${name} is missing.`, path: [...context.path, 'parameters'] });
    else if (!Array.isArray(values) || values.length !== 1 || values[0] !== id)
      problems.push({ message: `The ${location} parameter ${name} must allow exactly "${id}".`, path: [...context.path, 'parameters'] });
  }
  return problems;
}
