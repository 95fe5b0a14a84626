/**
 * `npm run video -- <slug>…`: makes the explainer videos from their scenes.
 *
 *   npm run video -- price-at-the-till          both languages, only if the script changed
 *   npm run video -- price-at-the-till --lang kk
 *   npm run video -- --stale                     every video whose script changed
 *   npm run video -- --all --force               every video, even when up to date
 *
 * For each language it writes under public/videos/<slug>/ (src/lib/routes.ts names them):
 *   <lang>.webm, <lang>.mp4   1280×720, the site's player (VP9, and H.264 for older iPhones)
 *   <lang>-vertical.mp4       1080×1920, every scene with its narration on screen (Instagram, WhatsApp)
 *   <lang>-short.mp4          1080×1920, the key scenes and the end card, ≤ 60 s (WhatsApp Status, Reels)
 *   <lang>-tv.mp4             1920×1080 at 25 fps, captions burned in, end card (TV broadcast)
 *   <lang>.vtt, <lang>-poster.webp
 * and records what they were made from in src/data/video-renders.json. Scenes with a recorded
 * voice (content/recordings/<lang>/<slug>/) are fitted to it and the sound is normalised per
 * file (voice.ts). Needs Chromium and ffmpeg.
 *
 * --content, --public and --manifest point it at other folders (the fixture test uses them).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../node/chromium-fs';
import { LOCALES, isLocale, type Locale } from '../lib/locales';
import { videoFilePath, type VideoFileKind } from '../lib/routes';
import { videoKinds } from '../lib/video/files';
import { captionCues, toWebVtt } from '../lib/video/captions';
import { SHORT_MAX_SECONDS, VIDEO_MAX_SECONDS, sceneTimes } from '../lib/video/timeline';
import { withTiming } from '../lib/video/voice-fit';
import { CONTENT_DIR } from '../site.config';
import {
  MANIFEST_FILE,
  manifestKey,
  publicFileHash,
  readManifest,
  sha256,
  staleReason,
  writeManifest,
  type RenderedFile,
} from './manifest';
import { assertFfmpeg, probe, recordPoster, recordVideo, type Recording, type VideoOutput } from './record';
import { formatScenes, formatSeconds, scenePage, type TimedScene, type VideoFormat } from './scene-page';
import { readScript, videosWithScenes, type VideoScript } from './script';
import { LOUDNESS_TARGET, fitVoice, integratedLoudness, placeClip, voiceTrack, type VoiceFit } from './voice';

interface Folders {
  content: string;
  public: string;
  manifest: string;
}

/** Which file each format writes, in which encoding, with which loudness target. */
const FORMAT_FILES: Record<
  VideoFormat,
  Array<{ kind: VideoFileKind; encoding: VideoOutput['encoding']; lufs: number }>
> = {
  landscape: [
    { kind: 'video', encoding: 'webm', lufs: LOUDNESS_TARGET.site },
    { kind: 'mp4', encoding: 'mp4', lufs: LOUDNESS_TARGET.site },
  ],
  portrait: [{ kind: 'vertical', encoding: 'social', lufs: LOUDNESS_TARGET.social }],
  short: [{ kind: 'short', encoding: 'social', lufs: LOUDNESS_TARGET.social }],
  tv: [{ kind: 'tv', encoding: 'tv', lufs: LOUDNESS_TARGET.tv }],
};

/** The voice track of one format, normalised to `lufs`; undefined without a voice. */
function formatVoice(
  fit: VoiceFit | undefined,
  scenes: readonly TimedScene[],
  format: VideoFormat,
  lufs: number,
  file: string,
): string | undefined {
  if (!fit) return undefined;
  // The format's own scene selection, with each scene's index kept to find its clip.
  const shown = formatScenes(
    scenes.map((scene, index) => ({ ...scene, index })),
    format,
  );
  const times = sceneTimes(shown);
  const placed = shown.flatMap((scene, k) => {
    const clip = fit.clips[scene.index];
    return clip ? [placeClip(clip, times[k]!.start)] : [];
  });
  if (placed.length === 0) return undefined;
  voiceTrack(placed, formatSeconds(scenes, format), lufs, file);
  return file;
}

async function make(script: VideoScript, browser: Browser, folders: Folders): Promise<void> {
  const started = performance.now();
  const fit = fitVoice(script);
  const scenes = withTiming(script.scenes, fit?.timing);
  const kinds = videoKinds(scenes);
  const seconds = formatSeconds(scenes, 'landscape');
  if (seconds > VIDEO_MAX_SECONDS) {
    throw new Error(
      `${script.file}: fitted to the recorded voice the scenes last ${seconds} s, more than ${VIDEO_MAX_SECONDS} s; shorten the recordings or remove a scene`,
    );
  }
  if (kinds.includes('short') && formatSeconds(scenes, 'short') > SHORT_MAX_SECONDS) {
    throw new Error(
      `${script.file}: fitted to the recorded voice the short cut lasts ${formatSeconds(scenes, 'short')} s, more than ${SHORT_MAX_SECONDS} s; mark fewer scenes key: true`,
    );
  }
  const path = (kind: VideoFileKind) => videoFilePath(script.locale, script.slug, kind);
  const inPublic = (kind: VideoFileKind) => join(folders.public, path(kind));
  mkdirSync(dirname(inPublic('video')), { recursive: true });
  writeFileSync(inPublic('captions'), toWebVtt(captionCues(scenes), script.locale));

  const work = mkdtempSync(join(tmpdir(), 'video-voice-'));
  const timings: Array<[VideoFormat, Recording]> = [];
  try {
    const formats = (['landscape', 'portrait', 'tv', 'short'] as const).filter((format) =>
      FORMAT_FILES[format].every((file) => kinds.includes(file.kind)),
    );
    // One page per format; the poster is the landscape page's title card.
    const pages = new Map(formats.map((format) => [format, scenePage(script, format, scenes)]));
    // One voice track per format and loudness: the site's WebM and MP4 share theirs.
    const voices = new Map<string, string | undefined>();
    const voiceFor = (format: VideoFormat, lufs: number) => {
      const key = `${format}-${lufs}`;
      if (!voices.has(key)) voices.set(key, formatVoice(fit, scenes, format, lufs, join(work, `${key}.wav`)));
      return voices.get(key);
    };
    const jobs = formats.map(async (format) => {
      const outputs = FORMAT_FILES[format].map((file): VideoOutput => {
        const voice = voiceFor(format, file.lufs);
        // Broadcast playout expects a sound track even when the picture speaks for itself.
        return {
          file: inPublic(file.kind),
          encoding: file.encoding,
          audio: voice ?? (format === 'tv' ? 'silent' : undefined),
        };
      });
      const recording = await recordVideo(browser, pages.get(format)!, format, formatSeconds(scenes, format), outputs);
      timings.push([format, recording]);
    });
    jobs.push(recordPoster(browser, pages.get('landscape')!, inPublic('poster')));
    await Promise.all(jobs).catch((error: unknown) => {
      throw new Error(`${script.file}: ${(error as Error).message}`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const files: Record<string, RenderedFile> = {};
  for (const kind of kinds) {
    const file = inPublic(kind);
    const facts: RenderedFile = { bytes: statSync(file).size, sha256: sha256(file) };
    if (kind === 'captions' || kind === 'poster') files[path(kind)] = facts;
    else {
      const lufs = fit ? integratedLoudness(file) : undefined;
      files[path(kind)] = { ...facts, ...probe(file), ...(lufs === undefined ? {} : { lufs }) };
    }
  }
  const renderSeconds = Math.round((performance.now() - started) / 100) / 10;
  const manifest = readManifest(folders.manifest);
  manifest[manifestKey(script.locale, script.slug)] = {
    scriptHash: script.hash,
    renderedAt: new Date().toISOString(),
    renderSeconds,
    files,
    ...(fit ? { timing: fit.timing } : {}),
  };
  writeManifest(manifest, folders.manifest);

  const size = (kind: VideoFileKind) => `${kind} ${Math.round(files[path(kind)]!.bytes / 1024)} KB`;
  const steps = timings
    .map(
      ([format, r]) =>
        `${format} ${r.captured}/${r.frames} frames, capture ${r.captureSeconds.toFixed(0)} s, encode ${r.encodeSeconds.toFixed(0)} s`,
    )
    .join('; ');
  console.log(
    `${script.locale}/${script.slug}: ${seconds} s, ${scenes.length} scenes${fit ? ', voiced' : ''}; ` +
      `${kinds
        .filter((kind) => kind !== 'captions' && kind !== 'poster')
        .map(size)
        .join(', ')}; made in ${renderSeconds} s (${steps}; all at once)`,
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
      content: { type: 'string', default: CONTENT_DIR },
      public: { type: 'string', default: 'public' },
      manifest: { type: 'string', default: MANIFEST_FILE },
    },
  });
  const folders: Folders = { content: values.content, public: values.public, manifest: values.manifest };
  const videos = videosWithScenes(folders.content);
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
        `No video "${slug}" with scenes in ${folders.content}/videos/<lang>/. Videos with scenes: ${known.join(', ') || 'none'}`,
      );
  }
  if (values.lang !== undefined && !isLocale(values.lang))
    throw new Error(`--lang must be one of ${LOCALES.join(', ')}, not "${values.lang}"`);
  const locales = values.lang ? [values.lang as Locale] : LOCALES;

  const scripts = videos
    .filter((video) => slugs.includes(video.slug) && locales.includes(video.locale))
    .map((video) => readScript(video.slug, video.locale, folders.content));
  const manifest = readManifest(folders.manifest);
  const todo = values.force
    ? scripts
    : scripts.filter((script) =>
        staleReason(
          script,
          manifest[manifestKey(script.locale, script.slug)],
          (path) => publicFileHash(path, folders.public),
          videoKinds(script.scenes).map((kind) => videoFilePath(script.locale, script.slug, kind)),
        ),
      );
  for (const script of scripts) if (!todo.includes(script)) console.log(`${script.locale}/${script.slug}: up to date`);
  if (todo.length === 0) return;

  assertFfmpeg();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const script of todo) await make(script, browser, folders);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm run video: ${(error as Error).message}`);
  process.exit(1);
});
