/**
 * The voice-over path end to end, on a fixture: a three-scene video whose narration comes from
 * recordings made here with ffmpeg (pink noise pulsed like syllables, after a pause, on a faint
 * room hiss: what silencedetect and the loudness meter see in a phone recording; no synthetic
 * voice, nothing published). `npm run video` runs on it with its own content, public and
 * manifest folders, then the files are measured with ffmpeg:
 * - every file's loudness is within ±1 LU of its target (ebur128): −23 LUFS TV, −14 social, −16 site;
 * - each scene's captions start within 0.2 s of its voice in the file;
 * - a scene whose voice is longer than written is lengthened to fit it;
 * - the short cut holds the key scenes and the end card, and no more;
 * - a changed recording makes the video out of date.
 * The ru video, one recording per scene, is made in full. The kk one gives the same narration
 * as one file with scene marks; only its fitting (the part that differs) is run, which needs
 * silencedetect but no rendering: a whole second video would add 45 s to `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { videoFilePath } from '../../src/lib/routes';
import { END_CARD_SECONDS } from '../../src/lib/video/timeline';
import { manifestKey, publicFileHash, readManifest, staleReason } from '../../src/video-maker/manifest';
import { readScript } from '../../src/video-maker/script';
import { LOUDNESS_TARGET, fitVoice, integratedLoudness } from '../../src/video-maker/voice';

const OUT = 'tests/.out/voice-over';
const CONTENT = join(OUT, 'content');
const PUBLIC = join(OUT, 'public');
const MANIFEST = join(OUT, 'renders.json');
const SLUG = 'fixture-voice';

/** A recording: `pause` s of room hiss, `speech` s of pulsed pink noise, `tail` s of hiss. */
function record(file: string, pause: number, speech: number, tail: number): void {
  const total = pause + speech + tail;
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `anoisesrc=d=${speech}:c=pink:a=0.3:r=44100,tremolo=f=4:d=0.6,adelay=${Math.round(pause * 1000)}:all=1,apad=whole_dur=${total}`,
    '-f',
    'lavfi',
    '-i',
    `anoisesrc=d=${total}:c=white:a=0.0008:r=44100`,
    '-filter_complex',
    '[0:a][1:a]amix=inputs=2:normalize=0,atrim=end=' + total,
    '-ac',
    '1',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    file,
  ]);
}

const scene = (heading: string, text: string, duration: number, extra = '') =>
  `  - heading: "${heading}"\n    text: "${text}"\n    icon: receipt\n    duration: ${duration}\n${extra}`;

function writeVideo(lang: 'ru' | 'kk', voices: string, sceneVoice: (i: number) => string): void {
  const dir = join(CONTENT, 'videos', lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${SLUG}.mdx`),
    `---\ntitle: "Проверка голоса"\nchecked: 2026-11-25\n${voices}scenes:\n` +
      scene('Первая сцена', 'Короткий текст первой сцены.', 6, `    key: true\n${sceneVoice(0)}`) +
      scene('Вторая сцена', 'Вторая сцена, её голос длиннее.', 5, sceneVoice(1)) +
      scene('Третья сцена', 'Последняя сцена с голосом.', 6, `    key: true\n${sceneVoice(2)}`) +
      `---\n\nТекст.\n`,
  );
}

/** Where the sound starts after each silence in a file's sound track (seconds); a silence that runs to the end starts nothing. */
function voiceOnsets(file: string, seconds: number): number[] {
  const log = spawnSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-nostats',
      '-i',
      file,
      '-map',
      '0:a:0',
      '-af',
      'silencedetect=noise=-35dB:d=0.25',
      '-f',
      'null',
      '-',
    ],
    {
      encoding: 'utf8',
    },
  ).stderr;
  return [...log.matchAll(/silence_end: ([\d.]+)/g)].map((m) => Number(m[1])).filter((at) => at < seconds - 0.1);
}

/** The start of the first cue of each scene, read from the WebVTT file. */
function cueStarts(vtt: string): number[] {
  return [...vtt.matchAll(/^(\d\d):(\d\d):(\d\d\.\d\d\d) -->/gm)].map(
    (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
  );
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync('content/offices.json', join(CONTENT, 'offices.json'));
  // ru: one recording per scene; the second is longer (6.5 s of speech) than its written 5 s.
  const ru = join(CONTENT, 'recordings', 'ru', SLUG);
  mkdirSync(ru, { recursive: true });
  record(join(ru, '01.m4a'), 0.7, 3.2, 0.6);
  record(join(ru, '02.m4a'), 0.5, 6.5, 0.5);
  record(join(ru, '03.m4a'), 0.9, 2.8, 0.8);
  writeVideo('ru', '', (i) => `    voice: 0${i + 1}.m4a\n`);
  // kk: the whole narration in one file, with a mark where each scene's part begins.
  const kk = join(CONTENT, 'recordings', 'kk', SLUG);
  mkdirSync(kk, { recursive: true });
  // The same three takes one after another: 4.5 s, 7.5 s, 4.5 s.
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    join(ru, '01.m4a'),
    '-i',
    join(ru, '02.m4a'),
    '-i',
    join(ru, '03.m4a'),
    '-filter_complex',
    '[0:a][1:a][2:a]concat=n=3:v=0:a=1',
    '-c:a',
    'aac',
    join(kk, 'whole.m4a'),
  ]);
  writeVideo('kk', 'voice:\n  file: whole.m4a\n  marks: [0, 4.5, "0:12"]\n', () => '');
  execFileSync(
    process.execPath,
    [
      'tools/run-ts.mjs',
      'src/video-maker/cli.ts',
      SLUG,
      '--lang',
      'ru',
      '--content',
      CONTENT,
      '--public',
      PUBLIC,
      '--manifest',
      MANIFEST,
    ],
    {
      stdio: 'inherit',
    },
  );
}, 600_000);

it('fits a video narrated in one file with scene marks (kk) as it fits one file per scene (ru)', () => {
  const kk = fitVoice(readScript(SLUG, 'kk', CONTENT))!;
  const ru = fitVoice(readScript(SLUG, 'ru', CONTENT))!;
  expect(kk.timing.map((t) => t.duration)).toEqual(ru.timing.map((t) => t.duration));
  // Each scene's speech is found inside its own part of the file, in the file's own time.
  expect(kk.clips.map((clip) => clip!.file.endsWith('whole.m4a'))).toEqual([true, true, true]);
  const parts = [
    [0, 4.5],
    [4.5, 12],
    [12, Infinity],
  ];
  kk.clips.forEach((clip, i) => {
    expect(clip!.from).toBeGreaterThanOrEqual(parts[i]![0]!);
    expect(clip!.to).toBeLessThanOrEqual(parts[i]![1]!);
    expect(Math.abs(clip!.speech - ru.clips[i]!.speech), `scene ${i + 1}`).toBeLessThan(0.1);
  });
});

describe.each(['ru'] as const)('a video narrated from recordings (%s)', (lang) => {
  const file = (kind: Parameters<typeof videoFilePath>[2]) => join(PUBLIC, videoFilePath(lang, SLUG, kind));
  const record = () => readManifest(MANIFEST)[manifestKey(lang, SLUG)]!;

  it('fits each scene to its voice: the long one grows, the others keep their length', () => {
    const timing = record().timing!;
    expect(timing.map((t) => t.duration)).toEqual([6, 8, 6]); // 0.3 + 6.5 + 0.8 = 7.6 → 8
    expect(timing[1]!.speech).toBeGreaterThan(6.2);
    expect(timing[1]!.speech).toBeLessThan(6.8);
  });

  it('normalises every file to its loudness target within ±1 LU (EBU R128, ebur128)', () => {
    const targets = {
      tv: LOUDNESS_TARGET.tv,
      short: LOUDNESS_TARGET.social,
      vertical: LOUDNESS_TARGET.social,
      video: LOUDNESS_TARGET.site,
      mp4: LOUDNESS_TARGET.site,
    } as const;
    for (const [kind, target] of Object.entries(targets)) {
      const lufs = integratedLoudness(file(kind as keyof typeof targets));
      expect(lufs, `${kind}: ${lufs} LUFS, target ${target}`).toBeDefined();
      expect(Math.abs(lufs! - target), `${kind}: ${lufs} LUFS, target ${target}`).toBeLessThanOrEqual(1);
    }
  });

  it('starts each scene’s captions within 0.2 s of its voice, in the site file and the TV master', () => {
    const vtt = readFileSync(file('captions'), 'utf8');
    // One cue per scene here (each text is short): the cue starts are the scenes' caption starts.
    const cues = cueStarts(vtt);
    expect(cues).toHaveLength(3);
    for (const kind of ['video', 'tv'] as const) {
      const onsets = voiceOnsets(file(kind), record().files[videoFilePath(lang, SLUG, kind)]!.seconds!);
      expect(onsets, `${kind}: ${onsets.join(', ')}`).toHaveLength(3);
      cues.forEach((cue, i) =>
        expect(
          Math.abs(cue - onsets[i]!),
          `${kind} scene ${i + 1}: cue ${cue}, voice ${onsets[i]}`,
        ).toBeLessThanOrEqual(0.2),
      );
    }
  });

  it('cuts the short to the key scenes and the end card', () => {
    expect(record().files[videoFilePath(lang, SLUG, 'short')]!.seconds).toBeCloseTo(6 + 6 + END_CARD_SECONDS, 0);
    expect(record().files[videoFilePath(lang, SLUG, 'tv')]).toMatchObject({
      width: 1920,
      height: 1080,
      fps: 25,
      audio: 'aac',
    });
  });

  it('is up to date until a recording changes', () => {
    const script = readScript(SLUG, lang, CONTENT);
    const check = () => staleReason(readScript(SLUG, lang, CONTENT), record(), (path) => publicFileHash(path, PUBLIC));
    expect(check()).toBeUndefined();
    const recording = script.recordings[0]!.file;
    const bytes = readFileSync(recording);
    writeFileSync(recording, Buffer.concat([bytes, Buffer.from([0])]));
    try {
      expect(check()).toMatch(/a recording/);
    } finally {
      writeFileSync(recording, bytes);
    }
  });
});
