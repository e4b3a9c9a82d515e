// The docs page's console (src/docs-console/): bundled for the browser with this package's universal
// client and written into the Redoc page with its data, read from the wire form. The bundle's own
// list of the files it read is checked against the step's inputs, so the build cache cannot miss a
// module the console pulls in.
import { build } from 'esbuild';
import { consoleData } from '../../src/docs-console/console-data.ts';
import type { OpenApiDocument } from '../../src/openapi/document.ts';
import { expand } from './inputs.ts';

export async function withConsole(redocHtml: string, wire: OpenApiDocument, declaredInputs: string[]): Promise<string> {
  const bundle = await build({
    entryPoints: ['src/docs-console/console.ts'],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const declared = new Set(declaredInputs.flatMap(expand));
  const missed = Object.keys(bundle.metafile.inputs).filter((file) => !file.includes('node_modules/') && !declared.has(file));
  if (missed.length > 0) throw new Error(`The docs console bundles ${missed.join(', ')}, which the docs page step does not list as inputs`);
  const data = JSON.stringify(consoleData(wire)).replace(/</g, '\\u003c');
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const tags = `<script id="alb-console-data" type="application/json">${data}</script>\n<script>${script}</script>\n`;
  // The last one: Redoc's inlined script holds the string `</body>` too.
  const end = redocHtml.lastIndexOf('</body>');
  if (end < 0) throw new Error('The Redoc page has no </body> to put the console before');
  return `${redocHtml.slice(0, end)}${tags}${redocHtml.slice(end)}`;
}
