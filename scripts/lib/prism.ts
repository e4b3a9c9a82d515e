// Prism, loaded for the build. Prism's mocker requires @faker-js/faker at load time for dynamic
// examples, and faker's main entry point loads every locale (about 0.5 s of the build's busiest
// thread, measured). The build asks Prism for static examples only, so faker's English entry point
// (faker's default locale) stands in for the main one: it is put in the module cache under the main
// one's name before Prism is imported. Prism is imported here, dynamically, after that: a static
// import would be evaluated first.
import { createRequire, Module } from 'node:module';

let loaded: Promise<[typeof import('@stoplight/prism-http'), typeof import('@stoplight/prism-core')]> | undefined;

export function loadPrism(): typeof loaded & {} {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const main = require.resolve('@faker-js/faker', { paths: [require.resolve('@stoplight/prism-http')] });
    if (require.cache[main] === undefined) {
      const english = require(require.resolve('@faker-js/faker/locale/en', { paths: [main] }));
      const standIn = new Module(main);
      standIn.filename = main;
      standIn.exports = { faker: english, default: english };
      standIn.loaded = true;
      require.cache[main] = standIn;
    }
    loaded = Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]);
  }
  return loaded;
}
