import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { injectManifest } from 'workbox-build';
import { LOCALES } from '../lib/locales';
import { listenReaderScriptPath, offlineManifestPath, offlineSaveScriptPath, searchIndexPath } from '../lib/routes';
import { bundleBrowserCode } from '../node/bundle-fs';
import { filesUnder } from '../node/files-fs';

/**
 * Builds the offline layer after the pages are final:
 * 1. `/<lang>/rights/offline-manifest.json`: the search index first (search works offline as
 *    soon as it is saved), then every HTML page of one language, and their size over the
 *    wire, which the service worker saves when the connection allows (or the reader asks);
 * 2. `/sw.js`: src/service-worker/sw.ts bundled by esbuild, with the app shell's precache list
 *    injected by Workbox (workbox-build injectManifest: we need per-language caches, which
 *    @vite-pwa/astro's generated worker does not model);
 * 3. the budget: one language's precache over the wire (gzip where the host would compress)
 *    is printed and may not exceed OFFLINE_BUDGET_BYTES.
 */
// OFFLINE_BUDGET_KB raises it for `npm run bench`, whose 50× synthetic content is meant to outgrow it.
export const OFFLINE_BUDGET_BYTES = Number(process.env.OFFLINE_BUDGET_KB ?? 3 * 1024) * 1024;

/** Files already compressed, sent as they are. */
const PRECOMPRESSED = /\.(webp|png|jpe?g|mp4|webm|pdf|gz)$/;

/** Bytes over the wire: gzip for text, as is for files already compressed. */
export function wireBytes(file: string): number {
  const content = readFileSync(file);
  return PRECOMPRESSED.test(file) ? content.length : gzipSync(content).length;
}

/** A built file's URL: `kk/rights/x/index.html` → `/kk/rights/x/`. */
export function fileUrl(site: string, file: string): string {
  const path = relative(site, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Bundles one browser entry of src/ (relative to this file) into the built site, minified. */
async function bundle(entry: string, outfile: string, format: 'esm' | 'iife') {
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, await bundleBrowserCode(fileURLToPath(new URL(entry, import.meta.url)), format));
}

export default function serviceWorker({ buildId }: { buildId: string }): AstroIntegration {
  return {
    name: 'rights:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const shellPatterns = [
          '_astro/**/*.{css,js}',
          offlineSaveScriptPath().slice(1),
          listenReaderScriptPath().slice(1),
          'favicon.svg',
          '*/manifest.webmanifest',
          '*/rights/offline/index.html',
        ];

        // The "Save for offline" button's code, loaded by pages only on a slow link (offline-support.ts).
        await bundle('../components/offline-save.ts', join(site, offlineSaveScriptPath()), 'esm');
        // "Listen"'s reader, loaded by a guide on the first tap on Listen (listen-aloud.ts).
        await bundle('../components/listen-reader.ts', join(site, listenReaderScriptPath()), 'esm');

        // 2. the worker, with the app shell injected
        const bundled = join(site, 'sw.src.js');
        await bundle('../service-worker/sw.ts', bundled, 'iife');
        writeFileSync(bundled, readFileSync(bundled, 'utf8').replace('__BUILD_ID__', buildId));
        const { count, size, warnings } = await injectManifest({
          swSrc: bundled,
          swDest: join(site, 'sw.js'),
          globDirectory: site,
          globPatterns: shellPatterns,
          manifestTransforms: [
            async (entries) => ({
              manifest: entries.map((e) => ({ ...e, url: `/${e.url.replace(/(^|\/)index\.html$/, '$1')}` })),
              warnings: [],
            }),
          ],
        });
        rmSync(bundled);
        if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
        const shellBytes = filesUnder(join(site, '_astro')).reduce((sum, f) => sum + wireBytes(f), 0);
        logger.info(`sw.js: app shell ${count} files, ${size} bytes raw`);

        // 1 + 3. one manifest per language, within the budget
        for (const locale of LOCALES) {
          const pages = filesUnder(join(site, locale)).filter((f) => f.endsWith('.html'));
          const files = [join(site, searchIndexPath(locale)), ...pages];
          const urls = files.map((f) => fileUrl(site, f));
          const bytes = shellBytes + files.reduce((sum, f) => sum + wireBytes(f), 0);
          writeFileSync(join(site, offlineManifestPath(locale)), JSON.stringify({ build: buildId, bytes, urls }));
          const message = `${locale}: offline precache ${urls.length} files + app shell, ${(bytes / 1024).toFixed(0)} KB over the wire (budget ${OFFLINE_BUDGET_BYTES / 1024} KB)`;
          if (bytes > OFFLINE_BUDGET_BYTES) throw new Error(`${message}: over budget`);
          logger.info(message);
        }
      },
    },
  };
}
