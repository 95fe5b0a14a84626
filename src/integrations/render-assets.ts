import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../node/chromium-fs';
import { isLocale, LOCALE_TAGS, type Locale } from '../lib/locales';
import { RENDER_SECTION, type RenderKind } from '../lib/routes';
import { PAGE_BOXES, renderJobs, type RenderJob } from '../lib/render-jobs';
import { fillAssetSizes, kilobytes } from '../lib/file-size';
import { countPdfPages } from '../lib/pdf-pages';
import { editHtmlFiles } from '../node/files-fs';
import { serveStatic } from '../node/static-server-fs';
import { useTranslations } from '../i18n';

/**
 * After the pages are built: renders the infographics' PNGs and PDFs and the flyers' PDFs from
 * the build-only `/render/…` pages with Chromium (Playwright; Debian's Chromium where
 * Playwright's own is absent), then deletes those pages and writes each file's size into the
 * pages that link to it. A file whose page did not change since the last build is copied from
 * the cache (keyed by a hash of the page, its CSS and fonts, and the render settings).
 * Runs before the service worker, so the offline copy never lists the render pages.
 */

/** Bump when the way files are produced changes, so cached files are made again. */
const RENDERER_VERSION = 3;
/** Two pages at a time: the CI machine has two cores. */
const CONCURRENCY = 2;

interface Options {
  /** Where content lives, to name the file to fix when a text does not fit. */
  contentDir: string;
}

export default function renderAssets({ contentDir }: Options): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'rights:render-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'rendered');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const jobs = findRenderPages(site).flatMap(({ kind, locale, slug }) => renderJobs(kind, locale, slug));
        const { rendered, cached } = await produce(site, jobs, cacheDir, contentDir, logger);
        rmSync(join(site, RENDER_SECTION), { recursive: true, force: true });
        const pagesFilled = fillSizes(site);
        const bytes = jobs.reduce((sum, job) => sum + statSync(join(site, job.output)).size, 0);
        logger.info(
          `${jobs.length} files (${rendered} rendered, ${cached} from cache, ${kilobytes(bytes)} KB) in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${pagesFilled} pages`,
        );
      },
    },
  };
}

/** `dist/render/<kind>/<lang>/<slug>/index.html` → one entry per page. */
function findRenderPages(site: string): Array<{ kind: RenderKind; locale: Locale; slug: string }> {
  const found: Array<{ kind: RenderKind; locale: Locale; slug: string }> = [];
  for (const kind of ['infographics', 'flyers'] as const) {
    for (const locale of listDir(join(site, RENDER_SECTION, kind)).filter(isLocale)) {
      for (const slug of listDir(join(site, RENDER_SECTION, kind, locale))) found.push({ kind, locale, slug });
    }
  }
  return found;
}

const listDir = (path: string): string[] => (existsSync(path) ? readdirSync(path).sort() : []);

/** Hash of everything that decides how a file looks: the page, its stylesheets (which name their fonts by content hash) and the settings. */
function sourceHash(site: string, job: RenderJob): string {
  const html = readFileSync(join(site, job.page, 'index.html'), 'utf8');
  const hash = createHash('sha256').update(`${RENDERER_VERSION}\n${job.format}\n${job.output}\n${html}`);
  for (const [, href] of html.matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)) {
    hash.update(readFileSync(join(site, href!)));
  }
  return hash.digest('hex').slice(0, 24);
}

async function produce(
  site: string,
  jobs: RenderJob[],
  cacheDir: string,
  contentDir: string,
  logger: AstroIntegrationLogger,
): Promise<{ rendered: number; cached: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const todo: Array<{ job: RenderJob; cacheFile: string }> = [];
  let cached = 0;
  for (const job of jobs) {
    const cacheFile = join(cacheDir, `${sourceHash(site, job)}${job.output.slice(job.output.lastIndexOf('.'))}`);
    const target = join(site, job.output);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(cacheFile)) {
      copyFileSync(cacheFile, target);
      cached += 1;
    } else {
      todo.push({ job, cacheFile });
    }
  }
  if (todo.length === 0) return { rendered: 0, cached };

  const { server, origin } = await serveStatic(site);
  // chromiumLaunchOptions throws with the fix when no browser is installed.
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // One page load per render page, one browser tab per worker: opening tabs and loading
    // fonts cost more than drawing, so all formats of a page are made from one load.
    const groups = [...Map.groupBy(todo, (item) => item.job.page).values()];
    const worker = async () => {
      const context = await browser.newContext({ deviceScaleFactor: 1 });
      const tab = await context.newPage();
      // The render pages need nothing from outside; anything else would be a bug.
      await tab.route('**/*', (route) =>
        route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
      );
      try {
        for (let group = groups.shift(); group; group = groups.shift()) {
          const begun = performance.now();
          await tab.goto(origin + group[0]!.job.page, { waitUntil: 'load' });
          for (const { job, cacheFile } of group) {
            writeFileSync(cacheFile, await renderOne(tab, job, contentDir));
            copyFileSync(cacheFile, join(site, job.output));
          }
          logger.debug(`rendered ${group[0]!.job.page} in ${Math.round(performance.now() - begun)} ms`);
        }
      } finally {
        await context.close();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return { rendered: todo.length, cached };
}

/**
 * Makes one file from the loaded render page. Formats of one page come in the order of
 * `renderJobs`, so the A4 home print, which rearranges the page, is always the last.
 */
async function renderOne(tab: Page, job: RenderJob, contentDir: string): Promise<Buffer> {
  const box = PAGE_BOXES[job.format];
  await tab.setViewportSize({ width: box.widthPx, height: box.heightPx });
  await tab.emulateMedia({ media: job.format === 'png' ? 'screen' : 'print' });
  const overflow = await fitText(tab, job.format);
  if (overflow) {
    const [, , kind, locale, slug] = job.page.split('/');
    throw new Error(
      `${join(contentDir, kind!, locale!, `${slug}.mdx`)}: the text does not fit on the ${job.format} page even at ` +
        `half size (${overflow}). Shorten the longest texts (graphic steps/items or flyer rights) and build again.`,
    );
  }
  if (job.format === 'png') {
    return tab.screenshot({ type: 'png', clip: { x: 0, y: 0, width: box.widthPx, height: box.heightPx } });
  }
  const pdf = await tab.pdf({
    width: box.width!,
    height: box.height!,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
    tagged: true,
    outline: true,
  });
  const pages = countPdfPages(pdf);
  if (pages !== box.pages) {
    throw new Error(
      `${job.output}: expected ${box.pages} page(s) of ${box.width}×${box.height}, Chromium printed ${pages}`,
    );
  }
  return pdf;
}

/**
 * Chooses the layout (`data-format`), then shrinks each `[data-fit]` box's `--fit` (1 → 0.5)
 * until its text fits. Returns a description of what still overflows at half size, or null.
 */
function fitText(page: Page, format: string): Promise<string | null> {
  return page.evaluate(async (format) => {
    await document.fonts.ready;
    document.documentElement.dataset['format'] = format;
    if (format === 'a4-home') {
      // Two copies of each A5 page side by side on an A4 sheet.
      for (const one of document.querySelectorAll('.flyer-page')) {
        const sheet = document.createElement('div');
        sheet.className = 'sheet';
        one.replaceWith(sheet);
        sheet.append(one, one.cloneNode(true));
      }
    }
    const fits = (box: HTMLElement) =>
      box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
    for (const box of document.querySelectorAll<HTMLElement>('[data-fit]')) {
      box.style.setProperty('--fit', '1');
      if (fits(box)) continue;
      let [low, high] = [0.5, 1];
      for (let i = 0; i < 8; i += 1) {
        const middle = (low + high) / 2;
        box.style.setProperty('--fit', String(middle));
        if (fits(box)) low = middle;
        else high = middle;
      }
      box.style.setProperty('--fit', String(low));
      if (!fits(box)) return `${box.scrollHeight}px of text in a ${box.clientHeight}px box`;
    }
    return null;
  }, format);
}

/** Writes the size of every rendered file into the pages that link to it. */
function fillSizes(site: string): number {
  const sizeOf = (path: string) => {
    const file = join(site, path);
    return existsSync(file) ? statSync(file).size : undefined;
  };
  return editHtmlFiles(site, (html, path) => {
    if (!html.includes('data-asset-size=')) return html;
    const locale = path.slice(site.length).split(/[\\/]/)[0];
    const t = useTranslations(isLocale(locale) ? locale : 'ru');
    const number = new Intl.NumberFormat(LOCALE_TAGS[isLocale(locale) ? locale : 'ru']);
    try {
      return fillAssetSizes(html, sizeOf, (bytes) => t('files.size', { size: number.format(kilobytes(bytes)) }));
    } catch (error) {
      throw new Error(`${path.slice(site.length)}: ${(error as Error).message}`, { cause: error });
    }
  });
}
