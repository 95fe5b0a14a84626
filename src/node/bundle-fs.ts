import { build } from 'esbuild';

/**
 * Bundles one browser entry of src/ into minified code for pages outside Astro's own bundling
 * (the service worker, the offline-save code, the web editor's setup), in memory so the same
 * code serves `astro dev` and is written into the build.
 * @param entry an absolute path to the entry file
 */
export async function bundleBrowserCode(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    minify: true,
    target: 'es2020',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
