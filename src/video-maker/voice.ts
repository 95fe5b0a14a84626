/**
 * Recorded narration: finds the speech in the organisation's phone recordings with ffmpeg's
 * `silencedetect`, fits each scene to its voice (src/lib/video/voice-fit.ts holds the rules),
 * lays the voices out on a cut's timeline and normalises the track with ffmpeg's `loudnorm`
 * (EBU R128, two passes: measure, then apply the measured gain linearly).
 *
 * Loudness targets, per file: −23 LUFS for the TV master (EBU R128, what broadcasters such as
 * ELNUR TV take), −14 LUFS for the files posted to Instagram and WhatsApp (what those apps play
 * at, so the voice is neither quieter than the next post nor turned down), −16 LUFS for the
 * site's player (the usual target for web and phone listening: loud enough on a cheap phone's
 * speaker, with room for peaks).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { CAPTION_LEAD_IN } from '../lib/video/captions';
import { fitDuration, speechSpan, VOICE_PRE_ROLL, type SceneTiming } from '../lib/video/voice-fit';
import type { SceneRecording, VideoScript } from './script';

/** Integrated loudness each file's sound is normalised to (LUFS). */
export const LOUDNESS_TARGET = { tv: -23, social: -14, site: -16 } as const;
/** The highest true peak loudnorm may leave (dBTP): EBU R128 asks ≤ −1. */
const TRUE_PEAK = -1.5;
/** Quieter than this for a quarter second is a pause, not speech: a phone's room noise sits well below. */
const SILENCE_FILTER = 'silencedetect=noise=-35dB:d=0.25';
export const SAMPLE_RATE = 48000;

/** Runs ffmpeg and returns what it printed on stderr (where its filters report). */
function ffmpegLog(args: string[]): string {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-y', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    throw new Error(
      `ffmpeg ${args.join(' ')}: ${(result.stderr || String(result.error)).trim().split('\n').slice(-4).join(' ')}`,
    );
  }
  return result.stderr;
}

/** A recording's length in seconds (ffprobe). */
export function recordingSeconds(file: string): number {
  const result = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], {
    encoding: 'utf8',
  });
  const seconds = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isFinite(seconds)) throw new Error(`${file}: not a sound file ffmpeg can read`);
  return seconds;
}

/** The part of a recording a scene plays: from just before the first word to the last. */
export interface VoiceClip {
  file: string;
  from: number;
  to: number;
  /** Seconds from the clip's start to the first word (the pre-roll). */
  lead: number;
  /** Seconds of speech. */
  speech: number;
}

/** Finds the speech in a scene's recording; throws naming the file when it is silent. */
export function findSpeech(recording: SceneRecording): VoiceClip {
  const end = recording.to ?? recordingSeconds(recording.file);
  const log = ffmpegLog([
    '-i',
    recording.file,
    '-af',
    `atrim=start=${recording.from}:end=${end},${SILENCE_FILTER}`,
    '-f',
    'null',
    '-',
  ]);
  const span = speechSpan(log, recording.from, end);
  if (!span) {
    throw new Error(
      `${recording.file}: no speech found between ${recording.from.toFixed(1)} s and ${end.toFixed(1)} s; check the recording or its marks`,
    );
  }
  const from = Math.max(recording.from, span.from - VOICE_PRE_ROLL);
  return { file: recording.file, from, to: span.to, lead: span.from - from, speech: span.to - span.from };
}

export interface VoiceFit {
  /** Per scene: the fitted length and the speech's length. */
  timing: SceneTiming[];
  clips: Array<VoiceClip | undefined>;
}

/** Fits every voiced scene to its recording; undefined when the video has no recordings. */
export function fitVoice(script: VideoScript): VoiceFit | undefined {
  if (script.recordings.every((recording) => recording === undefined)) return undefined;
  const clips = script.recordings.map((recording) => recording && findSpeech(recording));
  const timing = script.scenes.map((scene, i): SceneTiming => {
    const clip = clips[i];
    return clip
      ? { duration: fitDuration(scene.duration, clip.speech), speech: clip.speech }
      : { duration: scene.duration };
  });
  return { timing, clips };
}

/** Where a voice goes on a cut's timeline: its first word lands CAPTION_LEAD_IN after the scene's cut, with its caption. */
export function placeClip(clip: VoiceClip, sceneStart: number): { clip: VoiceClip; at: number } {
  return { clip, at: sceneStart + CAPTION_LEAD_IN - clip.lead };
}

interface LoudnormReport {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  target_offset: string;
  output_i: string;
  normalization_type: string;
}
const loudnormReport = (log: string): LoudnormReport => {
  const json = log.slice(log.lastIndexOf('{'), log.lastIndexOf('}') + 1);
  return JSON.parse(json) as LoudnormReport;
};

/**
 * Writes a cut's voice track as a 48 kHz mono WAV: the clips at their places, silence
 * between, `seconds` long, normalised to `lufs`. Returns loudnorm's own report.
 */
export function voiceTrack(
  placed: ReadonlyArray<{ clip: VoiceClip; at: number }>,
  seconds: number,
  lufs: number,
  output: string,
): { lufs: number; mode: string } {
  const files = [...new Set(placed.map((p) => p.clip.file))];
  const parts = placed.map(({ clip, at }, k) => {
    const input = files.indexOf(clip.file);
    const delay = Math.max(0, Math.round(at * 1000));
    return (
      `[${input}:a]atrim=start=${clip.from}:end=${clip.to},asetpts=PTS-STARTPTS,` +
      `aformat=sample_fmts=fltp:sample_rates=${SAMPLE_RATE}:channel_layouts=mono,adelay=delays=${delay}:all=1[c${k}]`
    );
  });
  const mix =
    `${placed.map((_, k) => `[c${k}]`).join('')}amix=inputs=${placed.length}:normalize=0:duration=longest,` +
    `apad=whole_dur=${seconds},atrim=end=${seconds}`;
  const raw = `${output}.raw.wav`;
  ffmpegLog([
    ...files.flatMap((file) => ['-i', file]),
    '-filter_complex',
    `${parts.join(';')};${mix}[mix]`,
    '-map',
    '[mix]',
    '-c:a',
    'pcm_f32le',
    raw,
  ]);
  // Pass 1 measures; pass 2 applies one gain (linear) so the voice keeps its own dynamics.
  const target = `I=${lufs}:TP=${TRUE_PEAK}:LRA=20`;
  const measured = loudnormReport(
    ffmpegLog(['-i', raw, '-af', `loudnorm=${target}:print_format=json`, '-f', 'null', '-']),
  );
  const applied = loudnormReport(
    ffmpegLog([
      '-i',
      raw,
      '-af',
      `loudnorm=${target}:measured_I=${measured.input_i}:measured_TP=${measured.input_tp}:measured_LRA=${measured.input_lra}:` +
        `measured_thresh=${measured.input_thresh}:offset=${measured.target_offset}:linear=true:print_format=json`,
      '-ar',
      String(SAMPLE_RATE),
      '-c:a',
      'pcm_s16le',
      output,
    ]),
  );
  rmSync(raw, { force: true });
  return { lufs: Number(applied.output_i), mode: applied.normalization_type };
}

/** A file's integrated loudness (LUFS) as ffmpeg's EBU R128 meter reads it; undefined when it has no sound. */
export function integratedLoudness(file: string): number | undefined {
  const log = ffmpegLog(['-i', file, '-map', '0:a:0?', '-af', 'ebur128', '-f', 'null', '-']);
  const summary = log.slice(log.lastIndexOf('Summary:'));
  const match = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  if (!match || match[1] === '-inf' || log.lastIndexOf('Summary:') < 0) return undefined;
  return Number(match[1]);
}
