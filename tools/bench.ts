#!/usr/bin/env node
/**
 * `npm run bench`: how heavy the pages are, how fast search answers on a slow phone link, what
 * Lighthouse says, and how the build grows with the content. Writes bench/report.json and
 * bench/report.md. Runs on Node 22 with type stripping (`node tools/bench.ts`).
 *
 * 1. Builds at 1×, 10× and 50× today's guides (synthetic copies of every guide in both
 *    languages, in a temporary content folder), with time and peak memory of the build's whole
 *    process tree. Infographics and flyers stay at their ten and two: they are a fixed set, and
 *    their PNG/PDF files come from the render cache, filled by a first, cold build.
 * 2. Page weights by page type from the 1× build (tools/page-weight.ts).
 * 3. Search over Slow 3G from a guide page's search box (tools/bench-search.ts): the first and a
 *    later query, the first visit with the service worker allowed, and after saving offline;
 *    the waterfall of each.
 * 4. Lighthouse (npm, mobile preset) for the home page and a guide, in Debian's Chromium.
 * 5. The committed videos (src/data/video-renders.json): length, file sizes, what their page
 *    downloads before the reader presses play, and how long each took to make.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../src/node/chromium-fs.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { builtPages, pageType, pageWeight, type PageType } from './page-weight.ts';
import { searchTiming, waterfallTable, type SearchReport } from './bench-search.ts';
import { FAST, serveSlow } from './slow-server.ts';
import { readManifest } from '../src/video-maker/manifest.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(tmpdir(), 'rights-bench');
const SCALES = [1, 10, 50];

// ---------- 1. builds at 1×, 10×, 50× ----------

/** A content folder with `scale` copies of every guide (1 = today's content). */
function scaledContent(scale: number): string {
  const dir = join(WORK, `content-${scale}x`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const locale of LOCALES) {
    const folder = join(dir, 'lifehacks', locale);
    for (const file of readdirSync(folder)) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (let copy = 2; copy <= scale; copy += 1) {
        const text = source.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title.slice(0, 80)} ${copy}"`);
        writeFileSync(join(folder, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), text);
      }
    }
  }
  return dir;
}

/** Sum of resident memory over a process and its descendants, in bytes (Linux /proc via ps). */
function treeRss(root: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const pids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => pids.has(pid)).reduce((sum, [, , rss]) => sum + rss * 1024, 0);
}

interface BuildRun {
  scale: number;
  guides: number;
  pages: number;
  seconds: number;
  peakMemoryMB: number;
  /** The larger language's offline copy (service worker precache), KB over the wire. */
  offlineKB: number;
}

async function build(scale: number, label: string): Promise<BuildRun & { outDir: string }> {
  const content = scaledContent(scale);
  const outDir = join(WORK, `dist-${scale}x`);
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(WORK, 'cache'), OFFLINE_BUDGET_KB: '1000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build at ${scale}× failed:\n${output.slice(-3000)}`);
  const seconds = (performance.now() - started) / 1000;
  const guides = readdirSync(join(content, 'lifehacks', 'ru')).length;
  const offlineKB = Math.max(
    0,
    ...[...output.matchAll(/offline precache \d+ files \+ app shell, (\d+) KB/g)].map((m) => Number(m[1])),
  );
  const run = {
    scale,
    guides,
    pages: builtPages(outDir).length,
    seconds: round(seconds, 1),
    peakMemoryMB: Math.round(peak / 2 ** 20),
    offlineKB,
    outDir,
  };
  console.log(`${label} ${scale}×: ${run.pages} pages in ${run.seconds} s, peak ${run.peakMemoryMB} MB`);
  console.log(`  offline copy of the larger language: ${offlineKB} KB`);
  return run;
}

// ---------- 2. page weights ----------

const TYPES: PageType[] = ['home', 'guide', 'infographic', 'video', 'flyer', 'search', 'tool'];

function weights(outDir: string) {
  const rows = [];
  for (const type of TYPES) {
    const pages = builtPages(outDir).filter((p) => pageType(p) === type && !p.includes('-copy-'));
    if (pages.length === 0) {
      rows.push({ type, pages: 0 });
      continue;
    }
    const measured = pages.map((p) => pageWeight(outDir, p));
    const max = (key: 'html' | 'css' | 'js' | 'requests') => Math.max(...measured.map((m) => m[key]));
    rows.push({
      type,
      pages: pages.length,
      example: pages[0],
      html: max('html'),
      css: max('css'),
      js: max('js'),
      requests: max('requests'),
    });
  }
  return rows;
}

// ---------- 3. search on Slow 3G: tools/bench-search.ts ----------

// ---------- 4. Lighthouse ----------

async function lighthouseScores(origin: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const path of [
      '/ru/rights/',
      '/ru/rights/lifehacks/return-within-14-days/',
      `/ru/rights/search/?q=${encodeURIComponent('возврат товара')}`,
    ]) {
      const run = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = run!.lhr.categories;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => run!.lhr.audits[id]?.displayValue ?? '';
      results.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        firstContentfulPaint: audit('first-contentful-paint'),
        largestContentfulPaint: audit('largest-contentful-paint'),
        totalBlockingTime: audit('total-blocking-time'),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

// ---------- 5. videos ----------

function videos(outDir: string) {
  return Object.entries(readManifest()).map(([key, record]) => {
    const [locale, slug] = key.split('/') as [string, string];
    const file = (suffix: string) => record.files[`/videos/${slug}/${locale}${suffix}`];
    const page = pageWeight(outDir, `/${locale}/rights/videos/${slug}/`);
    return {
      video: key,
      seconds: file('.webm')?.seconds,
      webm: file('.webm')?.bytes,
      mp4: file('.mp4')?.bytes,
      vertical: file('-vertical.mp4')?.bytes,
      short: file('-short.mp4')?.bytes,
      shortSeconds: file('-short.mp4')?.seconds,
      tv: file('-tv.mp4')?.bytes,
      poster: file('-poster.webp')?.bytes,
      captions: file('.vtt')?.bytes,
      // preload="none": the page, its CSS and the poster; the video only when play is pressed.
      beforePlay: page.html + page.css + (file('-poster.webp')?.bytes ?? 0),
      renderSeconds: record.renderSeconds,
    };
  });
}

// ---------- report ----------

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number | undefined) => (bytes === undefined ? '' : (bytes / 1024).toFixed(1));

function searchSection(search: SearchReport): string[] {
  const row = (label: string, t: SearchReport['first']) =>
    `| ${label} | «${t.query}» | ${t.seconds} | ${t.kilobytes} | ${t.networkRequests} |`;
  return [
    '## Search over Slow 3G',
    '',
    `${search.profile}. From the search box of \`${search.from}\`: type, press Enter, time to the first result on`,
    'the search page; then a later query there. Goals: first ≤ 8 s, later ≤ 2.5 s, 0 network requests once saved offline.',
    '',
    '| visitor | query | seconds to first result | KB | network requests |',
    '|---|---|---:|---:|---:|',
    row('first visit, no service worker', search.first),
    row('then a later query', search.later),
    row('first visit, service worker allowed, the phone reports Slow 3G', search.firstWithWorker),
    row('first visit, service worker allowed, the browser thinks the link is fast', search.firstWithWorkerUnaware),
    row('after saving offline', search.afterSaved),
    row('then a later query', search.afterSavedLater),
    '',
    '### Waterfall of the first query (first visit)',
    '',
    'Times from the request the Enter key started; "asked by" is what found the request: the',
    "search page's parser (its `<head>` preloads the index and loads the script at once), a script,",
    'or the browser itself.',
    '',
    ...waterfallTable(search.first),
    '',
    '### Waterfall after saving offline',
    '',
    ...waterfallTable(search.afterSaved),
    '',
  ];
}

function markdown(report: Awaited<ReturnType<typeof run>>): string {
  const lines = [
    '# Benchmark',
    '',
    `Made by \`npm run bench\` on ${report.date} (${report.machine}). Budgets: tools/budgets.ts.`,
    '',
    '## Page weight (largest page of each type, KB gzip)',
    '',
    '| page type | pages | HTML | CSS | eager JS | requests | example |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...report.pages.map((r) =>
      'html' in r
        ? `| ${r.type} | ${r.pages} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${r.requests} | \`${r.example}\` |`
        : `| ${r.type} | 0 | – | – | – | – | none in today's content |`,
    ),
    '',
    ...searchSection(report.search),
    '## Lighthouse (mobile preset, simulated throttling)',
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT |',
    '|---|---:|---:|---:|---:|---|---|---|',
    ...report.lighthouse.map(
      (r) =>
        `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.firstContentfulPaint} | ${r.largestContentfulPaint} | ${r.totalBlockingTime} |`,
    ),
    '',
    '## Videos',
    '',
    'From src/data/video-renders.json (written by `npm run video`). "Before play": HTML and CSS (gzip) and the poster,',
    'all a video page downloads until the reader presses play (`preload="none"`). Each file has a 2 MB limit, the TV',
    'master 8 MB. "Made in" is the wall-clock time of all its files in one language on this machine.',
    '',
    '| video | seconds | WebM KB | MP4 KB | vertical KB | short s | short KB | TV KB | poster KB | captions KB | before play KB | made in s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.videos.map(
      (v) =>
        `| ${v.video} | ${v.seconds ?? ''} | ${kb(v.webm)} | ${kb(v.mp4)} | ${kb(v.vertical)} | ${v.shortSeconds ?? ''} | ${kb(v.short)} | ${kb(v.tv)} | ${kb(v.poster)} | ${kb(v.captions)} | ${kb(v.beforePlay)} | ${v.renderSeconds} |`,
    ),
    '',
    '## Build time and memory as the guides grow',
    '',
    `Cold first build (empty render cache): ${report.coldBuildSeconds} s.`,
    '',
    '| content | guides per language | pages | build seconds | peak memory MB | seconds per 100 pages | offline copy per language, KB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...report.builds.map(
      (b) =>
        `| ${b.scale}× | ${b.guides} | ${b.pages} | ${b.seconds} | ${b.peakMemoryMB} | ${round((b.seconds / b.pages) * 100, 2)} | ${b.offlineKB} |`,
    ),
    '',
    `Growth: ${report.growth.pages}× the pages took ${report.growth.seconds}× the time and ${report.growth.memory}× the memory (50× / 1×).`,
    `The offline copy (every page of a language, cached after one visit) has a 3 072 KB budget; builds above it pass here only`,
    'because the benchmark raises OFFLINE_BUDGET_KB. Past that size the service worker must cache selectively.',
    '',
  ];
  return lines.join('\n');
}

async function run() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const cold = await build(1, 'cold build');
  const builds: Array<BuildRun & { outDir: string }> = [];
  for (const scale of SCALES) builds.push(await build(scale, 'build'));
  const one = builds[0]!;
  const fifty = builds.at(-1)!;

  const link = { ...FAST };
  const slow = await serveSlow(one.outDir, link);
  const search = await searchTiming(slow.origin, link).finally(() => slow.server.close());
  // Lighthouse against gzip, as every static host serves text (an uncompressed 230 KB search
  // index would be measured, not the 45 KB a phone downloads).
  const { server, origin } = await serveSlow(one.outDir, { ...FAST });
  try {
    console.log(
      `search: first ${search.first.kilobytes} KB in ${search.first.seconds} s, later ${search.later.kilobytes} KB in ${search.later.seconds} s`,
    );
    const scores = await lighthouseScores(origin);
    console.log(`lighthouse: ${scores.map((s) => `${s.path} performance ${s.performance}`).join(', ')}`);
    return {
      date: new Date().toISOString().slice(0, 10),
      machine: `${process.platform} ${process.arch}, Node ${process.versions.node}`,
      pages: weights(one.outDir),
      search,
      lighthouse: scores,
      videos: videos(one.outDir),
      coldBuildSeconds: cold.seconds,
      builds: builds.map(({ outDir: _, ...b }) => b),
      growth: {
        pages: round(fifty.pages / one.pages, 1),
        seconds: round(fifty.seconds / one.seconds, 1),
        memory: round(fifty.peakMemoryMB / one.peakMemoryMB, 1),
      },
    };
  } finally {
    server.close();
  }
}

const started = performance.now();
const report = await run();
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/report.md'), markdown(report));
rmSync(WORK, { recursive: true, force: true });
console.log(`bench/report.md written in ${round((performance.now() - started) / 1000, 0)} s`);
