/**
 * The committed explainer videos against their scripts. Fails when a video is older than its
 * scenes (or the infographic or scene template they use), when a file was replaced by hand or
 * is too big, and when captions or the transcript no longer match. The fix is always the
 * same command, printed in the message: `npm run video -- <slug> --lang <lang>`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import { videoFilePath } from '../../src/lib/routes';
import { captionCues, toWebVtt } from '../../src/lib/video/captions';
import {
  END_CARD_SECONDS,
  SHORT_MAX_SECONDS,
  VIDEO_MAX_SECONDS,
  VIDEO_MIN_SECONDS,
  countWords,
  keyScenes,
  sceneTimes,
  totalSeconds,
} from '../../src/lib/video/timeline';
import { withTiming } from '../../src/lib/video/voice-fit';
import { manifestKey, publicFileHash, readManifest, staleReason } from '../../src/video-maker/manifest';
import { readFrontmatter, readScript, videosWithScenes } from '../../src/video-maker/script';
import { videoKinds } from '../../src/lib/video/files';

/** The limit: each committed file under 2 MB, so the repository and a phone's data plan stay light. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The TV master is for download and broadcast only, never loaded by a page: up to 8 MB. */
const MAX_TV_BYTES = 8 * 1024 * 1024;

/** One frame of a video as RGB bytes, decoded by ffmpeg at `seconds`. */
function frameAt(file: string, seconds: number, width: number, height: number): Buffer {
  const result = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: width * height * 3 + 1024 },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not read a frame of ${file}: ${result.stderr.toString()}`);
  expect(result.stdout.length).toBe(width * height * 3);
  return result.stdout;
}

/** Shares of dark (luma < 60) and bright (luma > 200) pixels in a band of rows. */
function bandShares(rgb: Buffer, width: number, fromRow: number, toRow: number): { dark: number; bright: number } {
  let dark = 0;
  let bright = 0;
  for (let y = fromRow; y < toRow; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      const luma = 0.2126 * rgb[i]! + 0.7152 * rgb[i + 1]! + 0.0722 * rgb[i + 2]!;
      if (luma < 60) dark += 1;
      else if (luma > 200) bright += 1;
    }
  }
  const all = (toRow - fromRow) * width;
  return { dark: dark / all, bright: bright / all };
}
const MIN_TRANSCRIPT_WORDS = 250;

const videos = videosWithScenes();
const manifest = readManifest();

it('has the four explainers of the 2020 report (and any added since), each in Kazakh and Russian', () => {
  const slugs = [...new Set(videos.map((video) => video.slug))].sort();
  expect(slugs).toEqual(expect.arrayContaining(['online-shopping', 'price-at-the-till', 'product-information', 'return-and-exchange']));
  for (const slug of slugs) expect(videos.filter((video) => video.slug === slug).map((video) => video.locale).sort()).toEqual([...LOCALES].sort());
});

describe.each(videos)('$locale/$slug', ({ slug, locale }) => {
  const script = readScript(slug, locale);
  const record = manifest[manifestKey(locale, slug)];
  const fix = `run: npm run video -- ${slug} --lang ${locale}`;

  const kinds = videoKinds(script.scenes);
  const scenes = withTiming(script.scenes, record?.timing);
  const facts = (kind: Parameters<typeof videoFilePath>[2]) => record?.files[videoFilePath(locale, slug, kind)];

  it('the committed video is made from the current script, every file of it', () => {
    expect(kinds).toEqual(['video', 'mp4', 'vertical', 'short', 'tv', 'captions', 'poster']);
    const expected = kinds.map((kind) => videoFilePath(locale, slug, kind));
    const reason = staleReason(script, record, publicFileHash, expected);
    expect(reason, `${script.file}: the video is out of date: ${reason}; ${fix}`).toBeUndefined();
  });

  it('the entry plays the files the tool made', () => {
    const data = readFrontmatter(script.file) as {
      poster: string;
      sources: Array<{ type: string; src?: string; captions?: string; vertical?: string }>;
    };
    expect(data.poster).toBe(videoFilePath(locale, slug, 'poster'));
    expect(data.sources[0]).toEqual({
      type: 'file',
      src: videoFilePath(locale, slug, 'video'),
      mp4: videoFilePath(locale, slug, 'mp4'),
      captions: videoFilePath(locale, slug, 'captions'),
      vertical: videoFilePath(locale, slug, 'vertical'),
      short: videoFilePath(locale, slug, 'short'),
      tv: videoFilePath(locale, slug, 'tv'),
    });
  });

  it('each file is within its size (TV master ≤ 8 MB, the rest < 2 MB), length and frame size', () => {
    const seconds = totalSeconds(scenes);
    expect(seconds).toBeGreaterThanOrEqual(VIDEO_MIN_SECONDS);
    expect(seconds).toBeLessThanOrEqual(VIDEO_MAX_SECONDS);
    for (const [path, file] of Object.entries(record?.files ?? {})) {
      const limit = path === videoFilePath(locale, slug, 'tv') ? MAX_TV_BYTES : MAX_FILE_BYTES;
      expect(file.bytes, `${path}: ${file.bytes} bytes`).toBeLessThan(limit);
    }
    expect(facts('video')).toMatchObject({ width: 1280, height: 720, codec: 'vp9' });
    expect(facts('mp4')).toMatchObject({ width: 1280, height: 720, codec: 'h264' });
    expect(facts('vertical')).toMatchObject({ width: 1080, height: 1920, codec: 'h264' });
    expect(facts('short')).toMatchObject({ width: 1080, height: 1920, codec: 'h264' });
    // Broadcast: full HD, H.264, a constant 25 frames a second, with a sound track (silent until a voice is recorded).
    expect(facts('tv')).toMatchObject({ width: 1920, height: 1080, codec: 'h264', fps: 25, audio: 'aac' });
    for (const kind of ['video', 'mp4', 'vertical'] as const) {
      expect(Math.abs((facts(kind)?.seconds ?? 0) - seconds), kind).toBeLessThan(0.5);
    }
    expect(Math.abs((facts('tv')?.seconds ?? 0) - seconds - END_CARD_SECONDS)).toBeLessThan(0.5);
  });

  it(`the short cut is the key scenes and the end card, at most ${SHORT_MAX_SECONDS} s`, () => {
    const short = facts('short')?.seconds ?? Infinity;
    expect(short).toBeLessThanOrEqual(SHORT_MAX_SECONDS);
    expect(Math.abs(short - totalSeconds(keyScenes(scenes)) - END_CARD_SECONDS)).toBeLessThan(0.5);
  });

  it('a frame in the middle of a scene of the TV master shows the captions band: white text on dark', () => {
    const { width, height } = { width: 1920, height: 1080 };
    // The middle of the second scene: its caption is on screen (captions run from 0.3 s after the cut).
    const { start, end } = sceneTimes(scenes)[1]!;
    const rgb = frameAt(`public${videoFilePath(locale, slug, 'tv')}`, (start + end) / 2, width, height);
    // The band is the bottom 150 of 720 CSS px, drawn at 1.5×: rows 855–1080.
    const band = bandShares(rgb, width, 860, 1075);
    expect(band.dark, 'the band is dark').toBeGreaterThan(0.7);
    expect(band.bright, 'the band holds text').toBeGreaterThan(0.02);
    // Above it, the scene: a white page with dark text, not a band.
    expect(bandShares(rgb, width, 120, 840).dark).toBeLessThan(0.3);
  });

  it('the captions are the scene texts, in the entry language, timed as the video was made', () => {
    const vtt = readFileSync(`public${videoFilePath(locale, slug, 'captions')}`, 'utf8');
    expect(vtt, `captions differ from the scenes; ${fix}`).toBe(toWebVtt(captionCues(scenes), locale));
  });

  it(`the transcript has at least ${MIN_TRANSCRIPT_WORDS} words`, () => {
    const words = script.scenes.reduce(
      (sum, scene) =>
        sum +
        countWords(scene.heading) +
        countWords(scene.text) +
        (scene.highlight ? countWords(`${scene.highlight.value} ${scene.highlight.label}`) : 0) +
        (scene.lines ?? []).reduce((n, line) => n + countWords(line.text), 0),
      0,
    );
    expect(words).toBeGreaterThanOrEqual(MIN_TRANSCRIPT_WORDS);
  });
});
