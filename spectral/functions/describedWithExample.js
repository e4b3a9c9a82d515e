// A parameter or schema property documents itself: a description, and an example a reader can copy.
// `examples` (JSON Schema) and `example` (OpenAPI parameter) both count; so does an example on the
// schema the property points at.
export default function describedWithExample(target, _options, context) {
  if (target === null || typeof target !== 'object') return [];
  const schema = target.schema ?? target;
  const hasDescription = typeof (target.description ?? schema.description) === 'string';
  const hasExample =
    'example' in target ||
    'examples' in target ||
    'example' in schema ||
    Array.isArray(schema.examples) ||
    (schema.type === 'object' && schema.properties !== undefined) ||
    (schema.type === 'array' && schema.items !== undefined);
  const problems = [];
  if (!hasDescription) problems.push({ message: `${label(context)} has no description.` });
  if (!hasExample) problems.push({ message: `${label(context)} has no example.` });
  return problems;
}

function label(context) {
  return context.path.join('.');
}
