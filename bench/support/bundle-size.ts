// The size of what a browser app adds when it bundles `contents` (esbuild --bundle --minify,
// platform browser, ESM; gzip at its default level), with its bytes by input part: each generated/
// file on its own, src/ and dependencies in one line each.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { yamlPlugin } from '../../scripts/yaml-plugin.ts';

export interface BundleSize {
  raw: number;
  gzip: number;
  parts: Map<string, number>;
}

export async function bundleSize(contents: string, external: string[] = []): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    external,
    metafile: true,
    plugins: [yamlPlugin],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  const parts = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const part = file.startsWith('generated/') ? file : file.includes('node_modules/') ? 'dependencies' : 'src/';
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return { raw: bytes.length, gzip: gzipSync(bytes).length, parts };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
