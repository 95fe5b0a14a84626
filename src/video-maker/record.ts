/**
 * Records a scene page into a video: steps the page's clock (scene-clock.ts) one frame at a
 * time, screenshots only the frames that changed as PNG files in a temporary folder, and hands
 * ffmpeg (Debian's `ffmpeg` package) a list of those frames with how long each stays on
 * screen: VP9 WebM for the site, H.264 MP4 for Instagram and WhatsApp.
 *
 * Why frames and not Playwright's recordVideo: recordVideo captures in real time, drops frames
 * on a busy two-core machine and encodes at a fixed high bitrate; stepping is exact, and
 * ffmpeg's quality settings keep each file well under 2 MB.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FRAME_SIZE, type Orientation } from './scene-page';
import type { SceneClock } from './scene-clock';

export const FPS = 25;

/** Throws with the fix when ffmpeg is missing. */
export function assertFfmpeg(): void {
  const probe = spawnSync('ffmpeg', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'ffmpeg is needed to make videos and was not found. Install it: `apt-get install -y ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg`.',
    );
  }
}

/** Encoder settings per output: chosen for flat colours and text, where a high CRF still looks sharp. */
const ENCODE: Record<Orientation, string[]> = {
  landscape: [
    '-c:v',
    'libvpx-vp9',
    '-pix_fmt',
    'yuv420p',
    '-b:v',
    '0',
    '-crf',
    '35',
    '-row-mt',
    '1',
    '-deadline',
    'good',
    '-cpu-used',
    '4',
    '-g',
    String(FPS * 10),
    '-f',
    'webm',
  ],
  portrait: [
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-crf',
    '31',
    '-preset',
    'slow',
    '-tune',
    'animation',
    '-g',
    String(FPS * 10),
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
  ],
};

function ffmpeg(args: string[]) {
  const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}: ${errors.trim()}`)),
    );
  });
  return { child, done };
}

/** A tab of the frame's exact size with the scene page loaded and its fonts ready. */
async function openScenePage(browser: Browser, html: string, orientation: Orientation): Promise<Page> {
  const page = await browser.newPage({ viewport: FRAME_SIZE[orientation], deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

export interface Recording {
  /** Frames the video would have at a constant FPS. */
  frames: number;
  /** Frames that had to be screenshot; each is shown until the next one (variable frame rate). */
  captured: number;
  /** Where the time went: stepping and screenshots in Chromium, then ffmpeg. */
  captureSeconds: number;
  encodeSeconds: number;
}

/**
 * Records `seconds` of the page into `output`. Only frames that differ are kept, each with
 * how long it stays on screen, and ffmpeg encodes them at a variable frame rate: a still
 * scene is one frame, not 250, so encoding takes seconds instead of minutes and the file is
 * smaller. Players (and Instagram) handle variable frame rate as phones record it.
 */
export async function recordVideo(
  browser: Browser,
  html: string,
  orientation: Orientation,
  seconds: number,
  output: string,
): Promise<Recording> {
  const page = await openScenePage(browser, html, orientation);
  const work = mkdtempSync(join(tmpdir(), 'video-frames-'));
  try {
    const spills = await page.evaluate(() => (window as unknown as SceneClock).overflowing());
    if (spills.length > 0) {
      throw new Error(
        `${spills.map((i) => `scenes.${i}`).join(', ')}: the heading and text do not fit the ${orientation} frame; shorten them`,
      );
    }
    // Chromium's own screenshot call: Playwright's adds waits (fonts, caret, stable frame) per shot.
    const cdp = await page.context().newCDPSession(page);
    const startMs = performance.now();
    const frames = Math.round(seconds * FPS);
    const kept: Array<{ file: string; at: number }> = [];
    for (let i = 0; i < frames; i += 1) {
      const changed = await page.evaluate((t) => (window as unknown as SceneClock).seek(t), i / FPS);
      if (changed || kept.length === 0) {
        const file = join(work, `${String(kept.length).padStart(5, '0')}.png`);
        const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true })) as {
          data: string;
        };
        writeFileSync(file, Buffer.from(shot.data, 'base64'));
        kept.push({ file, at: i });
      }
    }
    // The concat list: every kept frame with its time on screen. The last one is listed twice
    // because ffmpeg's concat demuxer ignores the duration of the final entry.
    const lines = kept.flatMap((frame, k) => [
      `file '${frame.file}'`,
      `duration ${((kept[k + 1]?.at ?? frames) - frame.at) / FPS}`,
    ]);
    lines.push(`file '${kept[kept.length - 1]!.file}'`);
    const list = join(work, 'frames.txt');
    writeFileSync(list, `${lines.join('\n')}\n`);
    const captureMs = performance.now();
    const { child, done } = ffmpeg([
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-fps_mode',
      'vfr',
      ...ENCODE[orientation],
      '-t',
      String(seconds),
      output,
    ]);
    child.stdin.end();
    await done;
    return {
      frames,
      captured: kept.length,
      captureSeconds: (captureMs - startMs) / 1000,
      encodeSeconds: (performance.now() - captureMs) / 1000,
    };
  } finally {
    await page.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The poster: the page's title card, as WebP. */
export async function recordPoster(browser: Browser, html: string, output: string): Promise<void> {
  const page = await openScenePage(browser, html, 'landscape');
  try {
    await page.evaluate(() => (window as unknown as SceneClock).poster());
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 95 });
    const { child, done } = ffmpeg([
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-i',
      'pipe:0',
      '-c:v',
      'libwebp',
      '-quality',
      '82',
      '-frames:v',
      '1',
      '-f',
      'webp',
      output,
    ]);
    child.stdin.end(jpeg);
    await done;
  } finally {
    await page.close();
  }
}

/** Length and frame size of a video file, read by ffprobe. */
export function probe(file: string): { seconds: number; width: number; height: number; codec: string } {
  const result = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=width,height,codec_name:format=duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe ${file}: ${result.stderr}`);
  const info = JSON.parse(result.stdout) as {
    streams: Array<{ width: number; height: number; codec_name: string }>;
    format: { duration: string };
  };
  const stream = info.streams[0]!;
  return {
    seconds: Number(info.format.duration),
    width: stream.width,
    height: stream.height,
    codec: stream.codec_name,
  };
}
