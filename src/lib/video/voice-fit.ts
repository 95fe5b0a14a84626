/**
 * Fitting a scene to its recorded narration. The organisation records the narration on a
 * phone; ffmpeg's `silencedetect` tells where the speech in a recording starts and ends (see
 * src/video-maker/voice.ts), and these pure rules turn that into the scene's length and the
 * place of its voice and captions. Unit-tested without ffmpeg.
 */
import { CAPTION_LEAD_IN } from './captions';

/** Silence kept after the last word before the cut, so a sentence is not clipped. */
export const VOICE_TAIL_SECONDS = 0.8;
/** A recording is cut this much before its first sound, so a soft first consonant stays. */
export const VOICE_PRE_ROLL = 0.1;

/** Where the speech is inside a recording (seconds from the recording's start). */
export interface SpeechSpan {
  from: number;
  to: number;
}

/**
 * The speech span of a clip from silencedetect's log (`silence_start: 1.2`, `silence_end: 3.4`),
 * between `start` and `end` of the clip. Silence that touches the clip's start or end is leading
 * or trailing; silence in between is a pause inside the speech. Undefined when the clip is silent.
 */
export function speechSpan(log: string, start: number, end: number): SpeechSpan | undefined {
  const events = [...log.matchAll(/silence_(start|end): (-?[\d.]+)/g)].map((m) => ({
    kind: m[1] as 'start' | 'end',
    at: Number(m[2]),
  }));
  // Pair starts with ends; a silence still open at the end of the input ends at the clip's end.
  const silences: SpeechSpan[] = [];
  let open: number | undefined;
  for (const event of events) {
    if (event.kind === 'start') open = event.at;
    else {
      silences.push({ from: open ?? start, to: event.at });
      open = undefined;
    }
  }
  if (open !== undefined) silences.push({ from: open, to: end });
  const near = 0.05;
  let from = start;
  let to = end;
  for (const silence of silences) {
    if (silence.from <= from + near) from = Math.max(from, silence.to);
    if (silence.to >= to - near) to = Math.min(to, silence.from);
  }
  return to - from > near ? { from, to } : undefined;
}

/**
 * A voiced scene's length in whole seconds: the written duration, or longer when the
 * narration needs it (the captions' lead-in, the speech, a tail of silence).
 */
export function fitDuration(written: number, speechSeconds: number): number {
  return Math.max(written, Math.ceil(CAPTION_LEAD_IN + speechSeconds + VOICE_TAIL_SECONDS));
}

/** The timing a voiced video was made with, per scene: its length and how long its speech lasts. */
export interface SceneTiming {
  duration: number;
  /** Seconds of speech, starting CAPTION_LEAD_IN after the scene's cut; absent for a silent scene. */
  speech?: number | undefined;
}

/** The scenes with the lengths and speech the video was made with (the written ones when silent). */
export function withTiming<T extends { duration: number }>(
  scenes: readonly T[],
  timing: readonly SceneTiming[] | undefined,
): Array<T & { speech?: number | undefined }> {
  if (!timing || timing.length !== scenes.length) return scenes.map((scene) => ({ ...scene }));
  return scenes.map((scene, i) => ({ ...scene, duration: timing[i]!.duration, speech: timing[i]!.speech }));
}
