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
import { RENDER_KINDS, RENDER_SECTION, type RenderKind } from '../lib/routes';
import {
  declaredSlides,
  PAGE_BOXES,
  RENDER_REPORT,
  renderJobs,
  renderSource,
  renderTarget,
  type RenderFormat,
  type RenderJob,
} from '../lib/render-jobs';
import { printProblems, type PrintMeasure } from '../lib/print-rules';
import { finishPdf } from '../lib/pdf-finish';
import { writeSlideZips } from '../node/slides-zip-fs';
import { fillAssetSizes, kilobytes } from '../lib/file-size';
import { countPdfPages } from '../lib/pdf-pages';
import { editHtmlFiles } from '../node/files-fs';
import { serveStatic } from '../node/static-server-fs';
import { useTranslations } from '../i18n';

/**
 * After the pages are built: renders the infographics' summary PNGs, carousel slides and PDFs
 * and the flyers' PDFs from the build-only `/render/…` pages with Chromium (Playwright;
 * Debian's Chromium where Playwright's own is absent), zips each carousel, then deletes those
 * pages and writes each file's size into the pages that link to it. A file whose part of the
 * page did not change since the last build is copied from the cache (keyed by a hash of that
 * part, its CSS and fonts, and the render settings), with what was measured in it.
 *
 * Before each file is made, the type is measured in the page (smallest text, headings, words;
 * src/lib/print-rules.ts): a file that breaks a rule stops the build, naming the content file.
 * The measures of every file go to `render-report.json` in Astro's cache folder for the tests.
 * Runs before the service worker, so the offline copy never lists the render pages.
 */

/** Bump when the way files are produced changes, so cached files are made again. */
const RENDERER_VERSION = 4;
/** Two pages at a time: the CI machine has two cores. */
const CONCURRENCY = 2;

interface Options {
  /** Where content lives, to name the file to fix when a text does not fit. */
  contentDir: string;
  /** Where rendered files are cached; `rendered/` in Astro's cache folder when absent. */
  cacheDir?: string | undefined;
}

export default function renderAssets({ contentDir, cacheDir: renderCache }: Options): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'rights:render-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const jobs = findRenderPages(site).flatMap(({ kind, locale, slug, slides }) =>
          renderJobs(kind, locale, slug, slides),
        );
        const cacheDir = renderCache ?? join(cacheRoot, 'rendered');
        const { rendered, cached, report } = await produce(site, jobs, cacheDir, contentDir, logger);
        const zips = writeSlideZips(site, jobs);
        rmSync(join(site, RENDER_SECTION), { recursive: true, force: true });
        mkdirSync(cacheRoot, { recursive: true });
        writeFileSync(join(cacheRoot, RENDER_REPORT), `${JSON.stringify(report, null, 1)}\n`);
        const pagesFilled = fillSizes(site);
        const bytes = jobs.reduce((sum, job) => sum + statSync(join(site, job.output)).size, 0);
        const slides = jobs.filter((job) => job.format === 'slide').length;
        logger.info(
          `${jobs.length} files, ${slides} of them carousel slides (${rendered} rendered, ${cached} from cache, ` +
            `${kilobytes(bytes)} KB), ${zips} carousel ZIPs, in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s; sizes written into ${pagesFilled} pages`,
        );
      },
    },
  };
}

interface RenderPage {
  kind: RenderKind;
  locale: Locale;
  slug: string;
  /** The carousel slides the page declares. */
  slides: number;
}

/** `dist/render/<kind>/<lang>/<slug>/index.html` → one entry per page. */
function findRenderPages(site: string): RenderPage[] {
  const found: RenderPage[] = [];
  for (const kind of RENDER_KINDS) {
    for (const locale of listDir(join(site, RENDER_SECTION, kind)).filter(isLocale)) {
      for (const slug of listDir(join(site, RENDER_SECTION, kind, locale))) {
        const html = readFileSync(join(site, RENDER_SECTION, kind, locale, slug, 'index.html'), 'utf8');
        found.push({ kind, locale, slug, slides: declaredSlides(html) });
      }
    }
  }
  return found;
}

const listDir = (path: string): string[] => (existsSync(path) ? readdirSync(path).sort() : []);

/**
 * Hash of everything that decides how a file looks: its part of the page (a slide's own
 * section, see renderSource), the page's stylesheets (which name their fonts by content hash)
 * and the settings.
 */
function sourceHash(site: string, job: RenderJob): string {
  const html = readFileSync(join(site, job.page, 'index.html'), 'utf8');
  const hash = createHash('sha256').update(
    `${RENDERER_VERSION}\n${job.format}\n${job.output}\n${renderSource(html, job.slide)}`,
  );
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
): Promise<{ rendered: number; cached: number; report: Record<string, PrintMeasure> }> {
  mkdirSync(cacheDir, { recursive: true });
  const todo: Array<{ job: RenderJob; cacheFile: string }> = [];
  const report: Record<string, PrintMeasure> = {};
  let cached = 0;
  for (const job of jobs) {
    const cacheFile = join(cacheDir, `${sourceHash(site, job)}${job.output.slice(job.output.lastIndexOf('.'))}`);
    const target = join(site, job.output);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(cacheFile) && existsSync(`${cacheFile}.json`)) {
      copyFileSync(cacheFile, target);
      report[job.output] = JSON.parse(readFileSync(`${cacheFile}.json`, 'utf8')) as PrintMeasure;
      cached += 1;
    } else {
      todo.push({ job, cacheFile });
    }
  }
  if (todo.length === 0) return { rendered: 0, cached, report };

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
          // The slides of a page share one layout: it is fitted once, for the first of them.
          let laidOut: string | undefined;
          for (const { job, cacheFile } of group) {
            const { file, measure } = await renderOne(tab, job, contentDir, laidOut !== job.format);
            laidOut = job.format;
            writeFileSync(cacheFile, file);
            writeFileSync(`${cacheFile}.json`, JSON.stringify(measure));
            copyFileSync(cacheFile, join(site, job.output));
            report[job.output] = measure;
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
  return { rendered: todo.length, cached, report };
}

/** The content file a render page comes from, for messages an editor can act on: a trainer's sheets come from the quiz. */
function contentFile(job: RenderJob, contentDir: string): string {
  const [, , kind, locale, slug] = job.page.split('/');
  return join(contentDir, kind === 'trainers' ? 'quizzes' : kind!, locale!, `${slug}.mdx`);
}

/**
 * Makes one file from the loaded render page. Formats of one page come in the order of
 * `renderJobs`, so the A4 home print, which rearranges the page, is always the last. `layOut`
 * is false when the page already has this format's layout (the second and later slides).
 */
async function renderOne(
  tab: Page,
  job: RenderJob,
  contentDir: string,
  layOut: boolean,
): Promise<{ file: Uint8Array; measure: PrintMeasure }> {
  const box = PAGE_BOXES[job.format];
  const picture = job.format === 'png' || job.format === 'slide';
  const what = job.slide ? `slide ${job.slide}` : `${job.format} page`;
  const overflow = layOut ? await layOutFor(tab, job.format, box, picture) : null;
  if (overflow) {
    throw new Error(
      `${contentFile(job, contentDir)}: the text does not fit on the ${what} even at the smallest size allowed ` +
        `(${overflow}). Shorten the longest texts (graphic steps/items, flyer rights, quiz questions and answers) and build again.`,
    );
  }
  const target = renderTarget(job.format, job.slide);
  const measure = await measureText(tab, target);
  const problems = printProblems(job.format, measure);
  if (problems.length > 0) {
    throw new Error(
      `${contentFile(job, contentDir)}: the ${what} (${job.output}) breaks the type rules: ${problems.join('; ')}. ` +
        'Shorten the text it shows and build again.',
    );
  }
  if (job.slide) {
    return { file: await tab.locator(target).screenshot({ type: 'png' }), measure };
  }
  if (job.format === 'png') {
    const file = await tab.screenshot({ type: 'png', clip: { x: 0, y: 0, width: box.widthPx, height: box.heightPx } });
    return { file, measure };
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
  return { file: await finishPdf(pdf, box.paper!), measure };
}

/** Sets the viewport, the media and the format's layout, and fits the text; see fitText. */
async function layOutFor(tab: Page, format: string, box: (typeof PAGE_BOXES)[RenderFormat], picture: boolean) {
  await tab.setViewportSize({ width: box.widthPx, height: box.heightPx });
  await tab.emulateMedia({ media: picture ? 'screen' : 'print' });
  return fitText(tab, format);
}

/**
 * Measures the type of the elements matching `selector` as they will be drawn: the smallest
 * font of any visible text, the smallest h1/h2, the largest h1, the visible text, and whether
 * the loaded fonts cover the Kazakh letters.
 */
function measureText(page: Page, selector: string): Promise<PrintMeasure> {
  return page.evaluate((selector) => {
    let minText = Infinity;
    let minHeading = Infinity;
    let headline = 0;
    const texts: string[] = [];
    for (const root of document.querySelectorAll<HTMLElement>(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
        const style = getComputedStyle(parent);
        if (style.visibility === 'hidden') continue;
        minText = Math.min(minText, parseFloat(style.fontSize));
      }
      for (const heading of root.querySelectorAll<HTMLElement>('h1, h2')) {
        if (heading.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(heading).fontSize);
        minHeading = Math.min(minHeading, size);
        if (heading.tagName === 'H1') headline = Math.max(headline, size);
      }
      texts.push(root.innerText);
    }
    const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0);
    return {
      minTextPx: round(minText),
      minHeadingPx: round(minHeading),
      headlinePx: round(headline),
      text: texts.join('\n').replace(/\s+/g, ' ').trim(),
      kazakhGlyphs: document.fonts.check('16px "Noto Sans"', 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ'),
    };
  }, selector);
}

/**
 * Chooses the layout (`data-format`), then shrinks each `[data-fit]` box's `--fit` (from 1 down
 * to its floor for the format, half size by default) until its text fits. Returns a
 * description of what still overflows at the floor, or null.
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
    /** `data-fit-min="png:0.87 slide:0.86"`: how far a box may shrink in a format; half size otherwise. */
    const floor = (box: HTMLElement) => {
      const rule = (box.dataset['fitMin'] ?? '').split(/\s+/).find((r) => r.startsWith(`${format}:`));
      return rule ? Number(rule.slice(format.length + 1)) : 0.5;
    };
    for (const box of document.querySelectorAll<HTMLElement>('[data-fit]')) {
      box.style.setProperty('--fit', '1');
      if (fits(box)) continue;
      let [low, high] = [floor(box), 1];
      for (let i = 0; i < 8; i += 1) {
        const middle = (low + high) / 2;
        box.style.setProperty('--fit', String(middle));
        if (fits(box)) low = middle;
        else high = middle;
      }
      box.style.setProperty('--fit', String(low));
      // The summary picture keeps its type large and shows fewer lines: the last line of the
      // longest list goes, one at a time, and a note counts what is in the carousel and on the page.
      const more = box.querySelector<HTMLElement>('[data-more]');
      if (format === 'png' && box.dataset['trim'] && more) {
        const lines = [...box.querySelectorAll<HTMLElement>(box.dataset['trim'])];
        let hidden = 0;
        while (!fits(box) && hidden < lines.length - 1) {
          const shown = Map.groupBy(
            lines.filter((line) => !line.hidden),
            (line) => line.parentElement,
          );
          const longest = [...shown.values()].reduce((a, b) => (b.length >= a.length ? b : a));
          longest.at(-1)!.hidden = true;
          hidden += 1;
          more.hidden = false;
          more.textContent = more.dataset['more']!.replace('{n}', String(hidden));
        }
      }
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
