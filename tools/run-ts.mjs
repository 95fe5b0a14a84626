#!/usr/bin/env node
/**
 * Runs a TypeScript entry from src/ without Astro: esbuild bundles it (packages stay external)
 * into node_modules/.cache/run-ts/, then Node runs it with the remaining arguments. Used by
 * `npm run check` and `npm run new`; takes well under a second.
 */
import { build } from 'esbuild';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node tools/run-ts.mjs <file.ts> [args…]');
const outfile = `node_modules/.cache/run-ts/${basename(entry, '.ts')}.mjs`;
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
