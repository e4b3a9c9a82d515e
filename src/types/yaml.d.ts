// A YAML file imported by a bundle (src/msw/browser.ts imports the default world): the bundler
// parses it at build time (scripts/yaml-plugin.ts), so the data arrives as a value.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
