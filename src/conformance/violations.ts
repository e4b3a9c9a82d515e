// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Values that break each constraint of a wire parameter's schema, derived from the schema itself,
// so adding a constraint to the spec adds its cases.
export function violationsOf(param: { name: string; schema?: any }): Array<{ rule: string; value: string }> {
  const s = param.schema ?? {};
  const out: Array<{ rule: string; value: string }> = [];
  if (s.type === 'integer') out.push({ rule: 'type', value: 'abc' }, { rule: 'type', value: '1.5' });
  if (s.type === 'boolean') out.push({ rule: 'type', value: 'yes' });
  if (typeof s.minimum === 'number') out.push({ rule: 'minimum', value: String(s.minimum - 1) });
  if (typeof s.maximum === 'number') out.push({ rule: 'maximum', value: String(s.maximum + 1) });
  if (typeof s.minLength === 'number' && s.minLength > 0) out.push({ rule: 'minLength', value: 'a'.repeat(s.minLength - 1) });
  if (typeof s.maxLength === 'number') out.push({ rule: 'maxLength', value: 'a'.repeat(s.maxLength + 1) });
  if (Array.isArray(s.enum)) out.push({ rule: 'enum', value: `Not${s.enum[0]}` });
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern, 'u');
    const bad = ['a b', '@@', 'ABC', 'aliyun-x', 'x https://y', '\u00e9\u00e9'].find((c) => !re.test(c));
    if (!bad) throw new Error(`No violating value for ${param.name} ${s.pattern}`);
    out.push({ rule: 'pattern', value: bad });
  }
  return out;
}
