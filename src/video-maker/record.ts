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
import { FORMATS, FRAME_SIZE, type VideoFormat } from './scene-page';
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

/** The files made from a recording's frames; several can share one capture (the site's WebM and MP4). */
export type Encoding = 'webm' | 'mp4' | 'social' | 'tv';

/** H.264 settings shared by the MP4 files: flat colours and text, where a high CRF still looks sharp. */
const X264 = ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-preset', 'slow', '-tune', 'animation'];
/** HD colour, written into the file: screenshots are sRGB, and TV playout reads BT.709. */
const BT709 = [
  '-vf',
  'scale=out_color_matrix=bt709:out_range=tv',
  '-colorspace',
  'bt709',
  '-color_primaries',
  'bt709',
  '-color_trc',
  'bt709',
];

/** Encoder settings per file, video then sound. */
const ENCODE: Record<Encoding, { video: string[]; audio: string[] }> = {
  // The site's player, Chromium and Android: VP9 is the smallest at this quality.
  webm: {
    video: [
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
    audio: ['-c:a', 'libopus', '-b:a', '48k'],
  },
  // The same picture for phones without VP9 (older iPhones): H.264 Main, streamable from the first byte.
  mp4: {
    video: [
      ...X264,
      '-crf',
      '30',
      '-profile:v',
      'main',
      ...BT709,
      '-g',
      String(FPS * 10),
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
    ],
    audio: ['-c:a', 'aac', '-b:a', '64k'],
  },
  // Instagram and WhatsApp re-encode what they get: a clean H.264 source is all they need.
  social: {
    video: [...X264, '-crf', '31', '-g', String(FPS * 10), '-movflags', '+faststart', '-f', 'mp4'],
    audio: ['-c:a', 'aac', '-b:a', '96k'],
  },
  // Broadcast: constant 25 fps (PAL), High profile level 4.0, a key frame every 2 s, stereo AAC 48 kHz.
  tv: {
    video: [
      ...X264,
      '-crf',
      '24',
      '-profile:v',
      'high',
      '-level:v',
      '4.0',
      ...BT709,
      '-fps_mode',
      'cfr',
      '-r',
      String(FPS),
      '-g',
      String(FPS * 2),
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
    ],
    audio: ['-c:a', 'aac', '-b:a', '192k', '-ac', '2', '-ar', '48000'],
  },
};

/** One file to encode from a capture: where, how, and its sound (a WAV, or a silent track for TV playout). */
export interface VideoOutput {
  file: string;
  encoding: Encoding;
  /** A voice track (voice.ts), 'silent' for a silent stereo track, or undefined for no sound at all. */
  audio?: string | 'silent' | undefined;
}

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
async function openScenePage(browser: Browser, html: string, format: VideoFormat): Promise<Page> {
  const { layout, scale } = FORMATS[format];
  const page = await browser.newPage({ viewport: FRAME_SIZE[layout], deviceScaleFactor: scale });
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
  format: VideoFormat,
  seconds: number,
  outputs: readonly VideoOutput[],
): Promise<Recording> {
  const page = await openScenePage(browser, html, format);
  const work = mkdtempSync(join(tmpdir(), 'video-frames-'));
  try {
    const spills = await page.evaluate(() => (window as unknown as SceneClock).overflowing());
    if (spills.length > 0) {
      throw new Error(
        `${spills.map((i) => (i < 0 ? 'the end card' : `scenes.${i}`)).join(', ')}: the heading and text do not fit the ${format} frame; shorten them`,
      );
    }
    // Chromium's own screenshot call: Playwright's adds waits (fonts, caret, stable frame) per shot.
    const cdp = await page.context().newCDPSession(page);
    const clip = { x: 0, y: 0, ...FRAME_SIZE[FORMATS[format].layout], scale: FORMATS[format].scale };
    const startMs = performance.now();
    const frames = Math.round(seconds * FPS);
    const kept: Array<{ file: string; at: number }> = [];
    for (let i = 0; i < frames; i += 1) {
      const changed = await page.evaluate((t) => (window as unknown as SceneClock).seek(t), i / FPS);
      // The last frame is always kept: a still end card would otherwise end the stream early.
      if (changed || kept.length === 0 || i === frames - 1) {
        const file = join(work, `${String(kept.length).padStart(5, '0')}.png`);
        // The clip's scale draws the page at the format's pixel density (the TV master's 1.5×):
        // without it headless Chromium returns CSS pixels whatever the device scale factor.
        const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip })) as {
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
    // The files share the frames; each is encoded on its own (two encoders at once fill two cores).
    await Promise.all(
      outputs.map(async (output) => {
        const { video, audio } = ENCODE[output.encoding];
        const sound =
          output.audio === 'silent'
            ? ['-f', 'lavfi', '-t', String(seconds), '-i', 'anullsrc=r=48000:cl=stereo']
            : output.audio
              ? ['-i', output.audio]
              : [];
        const { child, done } = ffmpeg([
          '-f',
          'concat',
          '-safe',
          '0',
          '-i',
          list,
          ...sound,
          '-map',
          '0:v',
          ...(sound.length ? ['-map', '1:a', ...audio] : []),
          ...(output.encoding === 'tv' ? [] : ['-fps_mode', 'vfr']),
          ...video,
          '-t',
          String(seconds),
          output.file,
        ]);
        child.stdin.end();
        await done;
      }),
    );
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

/** Length, frame size, frame rate and sound of a video file, read by ffprobe. */
export function probe(file: string): {
  seconds: number;
  width: number;
  height: number;
  codec: string;
  fps: number;
  audio?: string;
} {
  const result = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_type,width,height,codec_name,avg_frame_rate:format=duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe ${file}: ${result.stderr}`);
  const info = JSON.parse(result.stdout) as {
    streams: Array<{ codec_type: string; width: number; height: number; codec_name: string; avg_frame_rate: string }>;
    format: { duration: string };
  };
  const video = info.streams.find((stream) => stream.codec_type === 'video')!;
  const audio = info.streams.find((stream) => stream.codec_type === 'audio');
  const [frames = 0, per = 1] = video.avg_frame_rate.split('/').map(Number);
  return {
    seconds: Number(info.format.duration),
    width: video.width,
    height: video.height,
    codec: video.codec_name,
    fps: Math.round((frames / per) * 100) / 100,
    ...(audio ? { audio: audio.codec_name } : {}),
  };
}
