// The constraints module (`<pkg>/constraints`) agrees with the spec for every field of every action:
// this walks the bundle's operations and parameters on its own (not through the derivation the
// generator uses) and compares each field's limits, words and protocols.
import { describe, expect, it } from 'vitest';
import { constraints } from '../../generated/constraints.ts';
import { bundle, deref } from '../support/spec.ts';

const LIMITS = ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'enum', 'default', 'minItems', 'maxItems'] as const;

/** Every field of an action's request, by wire name (`N` for a list position), straight from the bundle. */
function fieldsFromSpec(action: string): Map<string, { schema: any; required: boolean; protocols?: string[] }> {
  const fields = new Map<string, { schema: any; required: boolean; protocols?: string[] }>();
  const walk = (node: any, name: string, required: boolean, protocols: string[] | undefined) => {
    const schema = deref(node);
    const applies = schema['x-acs-listener-protocols'] ?? protocols;
    fields.set(name, { schema, required, ...(applies && { protocols: applies }) });
    if (schema.type === 'array') walk(schema.items, `${name}.N`, true, applies);
    for (const [child, property] of Object.entries<any>(schema.properties ?? {}))
      walk(property, `${name}.${child}`, (schema.required ?? []).includes(child), applies);
  };
  for (const ref of bundle.paths[`/#Action=${action}`].post.parameters) {
    const parameter = deref(ref);
    if (parameter.in !== 'query' || parameter['x-acs-common'] !== undefined) continue;
    walk(parameter.schema, parameter.name, parameter.required === true, parameter['x-acs-listener-protocols']);
  }
  return fields;
}

const actions = Object.keys(bundle.paths).map((key) => /^\/#Action=(\w+)$/.exec(key)![1]!);

describe('generated/constraints.ts', () => {
  it('has every action of the spec', () => expect(Object.keys(constraints).sort()).toEqual([...actions].sort()));

  it.each(actions)('%s: every field, with the limits, words, required flag and protocols the spec gives it', (action) => {
    const fromSpec = fieldsFromSpec(action);
    const generated = constraints[action as keyof typeof constraints] as Record<string, any>;
    expect(Object.keys(generated).sort()).toEqual([...fromSpec.keys()].sort());
    for (const [name, { schema, required, protocols }] of fromSpec) {
      const field = generated[name];
      for (const limit of LIMITS) expect(field[limit], `${action} ${name} ${limit}`).toEqual(schema[limit]);
      expect(field.type).toBe(schema.type ?? 'object');
      expect(field.required, `${action} ${name} required`).toBe(required);
      expect(field.patternDescription).toBe(schema['x-acs-pattern-description']);
      expect(field.listenerProtocols, `${action} ${name} protocols`).toEqual(protocols);
      expect(field.path.join('.')).toBe(name.replace(/(^|\.)N(?=\.|$)/g, '$1*'));
    }
  });

  it('ListenerPort and ListenerDescription carry what a form sets on its inputs', () => {
    expect(constraints.CreateListener.ListenerPort).toMatchObject({ type: 'integer', required: true, minimum: 1, maximum: 65535 });
    expect(constraints.CreateListener.ListenerDescription).toMatchObject({
      minLength: 2,
      maxLength: 256,
      patternDescription: expect.stringContaining('may contain only'),
    });
    expect(constraints.CreateListener.Http2Enabled).toMatchObject({ listenerProtocols: ['HTTPS'], default: true });
  });
});
