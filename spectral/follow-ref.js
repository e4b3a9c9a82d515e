// `$ref` resolution inside one document, for the custom functions that read the source as written
// (before bundling resolves it): a local reference (`#/components/...`) is followed, hop by hop, up
// to 32 hops, so a cycle cannot hang the lint.
export function refFollower(root) {
  return (node) => {
    let current = node;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++)
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce((at, k) => at?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    return current;
  };
}
