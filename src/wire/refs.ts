// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state); a typed OpenAPI helper is the remaining part of issue 12.
// Follows internal `$ref`s (`#/components/...`) of a bundled OpenAPI document to their targets.
// Bundles carry no cycles of plain refs, so a bounded loop is enough; a dangling ref gives undefined.
export function followRef(document: any, node: any): any {
  for (let hops = 0; node?.$ref !== undefined && hops < 32; hops++)
    node = String(node.$ref)
      .slice(2)
      .split('/')
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return node;
}
