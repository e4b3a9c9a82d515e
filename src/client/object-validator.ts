// An action's request validator composed from one generated validator per distinct parameter
// schema (generated/request-validator.ts). Actions share parameters (UpdateListenerAttribute's
// DefaultActions is CreateListener's; five actions take the same ClientToken), so the client
// carries each parameter's code once instead of once per action. What this adds is what Ajv's
// object keywords would check on the request itself (type object, required, no other properties),
// with Ajv's errors, in Ajv's order: test/client/object-validator.test.ts compares every action
// with the action's whole schema compiled by Ajv.
import type { AjvError, RequestValidator } from './validate.ts';

interface Context {
  instancePath: string;
  parentData: unknown;
  parentDataProperty: string;
  rootData: unknown;
}

/** Ajv's standalone validator of one parameter schema, or of an action's cross-field rules. */
export type SchemaValidator = ((data: unknown, context?: Context) => boolean) & { errors?: AjvError[] | null };

export interface RequestShape {
  required: readonly string[];
  properties: Readonly<Record<string, SchemaValidator>>;
  /** The action's cross-field rules (its schema's `allOf`), when it has any. */
  rules?: SchemaValidator;
}

export function objectValidator({ required, properties, rules }: RequestShape): RequestValidator {
  const validate: RequestValidator = (request) => {
    const errors: AjvError[] = [];
    const isObject = typeof request === 'object' && request !== null && !Array.isArray(request);
    if (!isObject)
      errors.push({ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' });
    if (rules && !rules(request)) errors.push(...(rules.errors ?? []));
    if (isObject) {
      const data = request as Record<string, unknown>;
      for (const name of required)
        if (data[name] === undefined)
          errors.push({
            instancePath: '',
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: name },
            message: `must have required property '${name}'`,
          });
      // for...in, as Ajv's code walks the request: inherited enumerable keys count too.
      for (const key in data)
        if (!Object.hasOwn(properties, key))
          errors.push({
            instancePath: '',
            schemaPath: '#/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key },
            message: 'must NOT have additional properties',
          });
      for (const name in properties) {
        const value = data[name];
        const check = properties[name]!;
        if (value === undefined || check(value, { instancePath: `/${name}`, parentData: data, parentDataProperty: name, rootData: data }))
          continue;
        for (const error of check.errors ?? []) errors.push({ ...error, schemaPath: `#/properties/${name}${error.schemaPath.slice(1)}` });
      }
    }
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
