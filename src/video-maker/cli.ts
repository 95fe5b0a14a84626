/**
 * `npm run video -- <slug>…`: makes the explainer videos from their scenes.
 *
 *   npm run video -- price-at-the-till          both languages, only if the script changed
 *   npm run video -- price-at-the-till --lang kk
 *   npm run video -- --stale                     every video whose script changed
 *   npm run video -- --all --force               every video, even when up to date
 *
 * For each language it writes public/videos/<slug>/<lang>.webm (1280×720), <lang>-vertical.mp4
 * (1080×1920), <lang>.vtt (captions from the scene texts) and <lang>-poster.webp, then records
 * what they were made from in src/data/video-renders.json. Needs Chromium and ffmpeg.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../node/chromium-fs';
import { LOCALES, isLocale, type Locale } from '../lib/locales';
import { videoFilePath, type VideoFileKind } from '../lib/routes';
import { captionCues, toWebVtt } from '../lib/video/captions';
import { totalSeconds } from '../lib/video/timeline';
import { CONTENT_DIR } from '../site.config';
import {
  manifestKey,
  publicFileHash,
  readManifest,
  sha256,
  staleReason,
  writeManifest,
  type RenderedFile,
} from './manifest';
import { assertFfmpeg, probe, recordPoster, recordVideo } from './record';
import { scenePage } from './scene-page';
import { readScript, videosWithScenes, type VideoScript } from './script';

const publicPath = (path: string) => join('public', path);

async function make(script: VideoScript, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<void> {
  const started = performance.now();
  const seconds = totalSeconds(script.scenes);
  const path = (kind: VideoFileKind) => videoFilePath(script.locale, script.slug, kind);
  mkdirSync(dirname(publicPath(path('video'))), { recursive: true });

  writeFileSync(publicPath(path('captions')), toWebVtt(captionCues(script.scenes), script.locale));
  // The poster is the landscape page's title card: one page serves both.
  const landscapePage = scenePage(script, 'landscape');
  const recordings = Promise.all([
    recordVideo(browser, landscapePage, 'landscape', seconds, publicPath(path('video'))),
    recordVideo(browser, scenePage(script, 'portrait'), 'portrait', seconds, publicPath(path('vertical'))),
    recordPoster(browser, landscapePage, publicPath(path('poster'))),
  ]);
  const [landscape, portrait] = await recordings.catch((error: unknown) => {
    throw new Error(`${script.file}: ${(error as Error).message}`);
  });

  const files: Record<string, RenderedFile> = {};
  for (const kind of ['video', 'vertical', 'captions', 'poster'] as const) {
    const file = publicPath(path(kind));
    const facts: RenderedFile = { bytes: statSync(file).size, sha256: sha256(file) };
    files[path(kind)] = kind === 'video' || kind === 'vertical' ? { ...facts, ...probe(file) } : facts;
  }
  const renderSeconds = Math.round((performance.now() - started) / 100) / 10;
  const manifest = readManifest();
  manifest[manifestKey(script.locale, script.slug)] = {
    scriptHash: script.hash,
    renderedAt: new Date().toISOString(),
    renderSeconds,
    files,
  };
  writeManifest(manifest);

  const kb = (p: string) => `${Math.round(files[p]!.bytes / 1024)} KB`;
  console.log(
    `${script.locale}/${script.slug}: ${seconds} s, ${script.scenes.length} scenes; ` +
      `${path('video')} ${kb(path('video'))}, ${path('vertical')} ${kb(path('vertical'))}; ` +
      `${landscape!.captured}+${portrait!.captured} of ${landscape!.frames * 2} frames captured; made in ${renderSeconds} s ` +
      `(landscape: capture ${landscape!.captureSeconds.toFixed(0)} s, encode ${landscape!.encodeSeconds.toFixed(0)} s; ` +
      `portrait: capture ${portrait!.captureSeconds.toFixed(0)} s, encode ${portrait!.encodeSeconds.toFixed(0)} s, both at once)`,
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      force: { type: 'boolean', default: false },
      stale: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
    },
  });
  const videos = videosWithScenes();
  const known = [...new Set(videos.map((video) => video.slug))].sort();
  const slugs = values.all || values.stale ? known : positionals;
  if (slugs.length === 0) {
    throw new Error(
      `Which video? Usage: npm run video -- <slug> [--lang kk|ru] [--force], or --stale, or --all.\nVideos with scenes: ${known.join(', ') || 'none'}`,
    );
  }
  for (const slug of slugs) {
    if (!known.includes(slug))
      throw new Error(
        `No video "${slug}" with scenes in ${CONTENT_DIR}/videos/<lang>/. Videos with scenes: ${known.join(', ') || 'none'}`,
      );
  }
  if (values.lang !== undefined && !isLocale(values.lang))
    throw new Error(`--lang must be one of ${LOCALES.join(', ')}, not "${values.lang}"`);
  const locales = values.lang ? [values.lang as Locale] : LOCALES;

  const scripts = videos
    .filter((video) => slugs.includes(video.slug) && locales.includes(video.locale))
    .map((video) => readScript(video.slug, video.locale));
  const manifest = readManifest();
  const todo = values.force
    ? scripts
    : scripts.filter((script) =>
        staleReason(script, manifest[manifestKey(script.locale, script.slug)], publicFileHash),
      );
  for (const script of scripts) if (!todo.includes(script)) console.log(`${script.locale}/${script.slug}: up to date`);
  if (todo.length === 0) return;

  assertFfmpeg();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const script of todo) await make(script, browser);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm run video: ${(error as Error).message}`);
  process.exit(1);
});
