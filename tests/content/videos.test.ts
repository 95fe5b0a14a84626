/**
 * The committed explainer videos against their scripts. Fails when a video is older than its
 * scenes (or the infographic or scene template they use), when a file was replaced by hand or
 * is too big, and when captions or the transcript no longer match. The fix is always the
 * same command, printed in the message: `npm run video -- <slug> --lang <lang>`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import { videoFilePath } from '../../src/lib/routes';
import { captionCues, toWebVtt } from '../../src/lib/video/captions';
import { VIDEO_MAX_SECONDS, VIDEO_MIN_SECONDS, countWords, totalSeconds } from '../../src/lib/video/timeline';
import { manifestKey, publicFileHash, readManifest, staleReason } from '../../src/video-maker/manifest';
import { readFrontmatter, readScript, videosWithScenes } from '../../src/video-maker/script';

/** The limit: each committed file under 2 MB, so the repository and a phone's data plan stay light. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
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

  it('the committed video is made from the current script', () => {
    const reason = staleReason(script, record, publicFileHash);
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
      captions: videoFilePath(locale, slug, 'captions'),
      vertical: videoFilePath(locale, slug, 'vertical'),
    });
  });

  it('each file is under 2 MB, 30–120 s long, in its frame size', () => {
    const seconds = totalSeconds(script.scenes);
    expect(seconds).toBeGreaterThanOrEqual(VIDEO_MIN_SECONDS);
    expect(seconds).toBeLessThanOrEqual(VIDEO_MAX_SECONDS);
    for (const [path, file] of Object.entries(record?.files ?? {})) {
      expect(file.bytes, `${path}: ${file.bytes} bytes`).toBeLessThan(MAX_FILE_BYTES);
    }
    const video = record?.files[videoFilePath(locale, slug, 'video')];
    const vertical = record?.files[videoFilePath(locale, slug, 'vertical')];
    expect(video).toMatchObject({ width: 1280, height: 720, codec: 'vp9' });
    expect(vertical).toMatchObject({ width: 1080, height: 1920, codec: 'h264' });
    for (const file of [video, vertical]) expect(Math.abs((file?.seconds ?? 0) - seconds)).toBeLessThan(0.5);
  });

  it('the captions are the scene texts, in the entry language', () => {
    const vtt = readFileSync(`public${videoFilePath(locale, slug, 'captions')}`, 'utf8');
    expect(vtt, `captions differ from the scenes; ${fix}`).toBe(toWebVtt(captionCues(script.scenes), locale));
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
