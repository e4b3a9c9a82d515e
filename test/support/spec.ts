// The committed artifacts the tests read: the bundle, its wire form and the derived request schema.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createAjv } from '../../src/wire/ajv.ts';
import { followRef } from '../../src/openapi/document.ts';

const read = (path: string): any => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const bundle = read('generated/openapi.json');
export const wireForm = read('generated/openapi.wire.json');
export const requestSchemas = read('generated/request-schemas.json');
/** CreateListener's request schema (every action's is in `requestSchemas.$defs`). */
export const requestSchema = requestSchemas.$defs.CreateListenerRequest;
export const seedText = readFileSync(new URL('../fixtures/CreateListener.seed.txt', import.meta.url), 'utf8');
export const readYaml = (path: string): any => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const operation = bundle.paths['/#Action=CreateListener'].post;

/** Follows internal $refs of the bundle. */
export function deref<T = any>(node: any): T {
  return followRef(bundle, node) as T;
}

/** The seed page shows masked ids (`lb-bp1o94dp5i6ea****`); the service never sends `*`. */
export function unmask(value: string): string {
  return value.replace(/\*/g, '0');
}

const componentsAjv = createAjv();
componentsAjv.addSchema({ $id: 'https://contract.test/openapi.json', components: bundle.components });

/** A validator for one component schema of the bundle, its $refs resolved within the bundle. */
export function schemaValidator(name: string) {
  const validate = componentsAjv.getSchema(`https://contract.test/openapi.json#/components/schemas/${name}`);
  if (!validate) throw new Error(`No schema ${name}`);
  return validate;
}
