/**
 * WebVTT captions from the scenes' narration. Each scene's text is cut into cues of at most two
 * short lines, at sentence ends first, then at commas, then between words; the scene's time is
 * shared among its cues by length, so a longer cue stays longer. Pure and unit-tested.
 */
import { sceneTimes, type Timed } from './timeline';

/** Characters per caption line; two lines per cue (the usual limit for phone-sized captions). */
export const CAPTION_LINE_CHARS = 42;
const CUE_CHARS = CAPTION_LINE_CHARS * 2;
/** Captions appear a moment after the scene cut and leave a moment before the next, so they never flash across a cut. */
export const CAPTION_LEAD_IN = 0.3;
const LEAD_OUT = 0.2;

export interface CaptionCue {
  start: number;
  end: number;
  /** One or two lines joined by "\n". */
  text: string;
}

/** Splits a text into pieces no longer than `max`, preferring sentence ends, then commas, then spaces. */
export function splitText(text: string, max = CUE_CHARS): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean ? [clean] : [];
  for (const boundary of [/(?<=[.!?…])\s+/u, /(?<=[,;:—])\s+/u, /\s+/u]) {
    const parts = clean.split(boundary);
    if (parts.length < 2) continue;
    const pieces: string[] = [];
    let current = '';
    for (const part of parts) {
      const joined = current ? `${current} ${part}` : part;
      if (joined.length <= max) current = joined;
      else {
        if (current) pieces.push(current);
        current = part;
      }
    }
    if (current) pieces.push(current);
    // A piece still too long (one very long sentence) is split again at the next kind of boundary.
    if (pieces.every((piece) => piece.length <= max)) return pieces;
    return pieces.flatMap((piece) => (piece.length <= max ? [piece] : splitText(piece, max)));
  }
  // One word longer than a cue: nothing to split at, keep it whole.
  return [clean];
}

/** Breaks one cue into at most two balanced lines. */
export function wrapLines(text: string, width = CAPTION_LINE_CHARS): string {
  if (text.length <= width) return text;
  const words = text.split(' ');
  let best = text;
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    const score = Math.max(first.length, second.length);
    if (score < bestScore) {
      bestScore = score;
      best = `${first}\n${second}`;
    }
  }
  return best;
}

/**
 * The cues of all scenes, timed within their scene. A voiced scene (`speech`: seconds of
 * recorded narration, placed CAPTION_LEAD_IN after the cut) shares out the speech's time
 * instead, so the captions run with the voice.
 */
export function captionCues(
  scenes: ReadonlyArray<Timed & { text: string; speech?: number | undefined }>,
): CaptionCue[] {
  const times = sceneTimes(scenes);
  return scenes.flatMap((scene, index) => {
    const { start, end } = times[index]!;
    const pieces = splitText(scene.text);
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const span = scene.speech ?? end - start - CAPTION_LEAD_IN - LEAD_OUT;
    let at = start + CAPTION_LEAD_IN;
    return pieces.map((piece) => {
      const cue = { start: at, end: at + (span * piece.length) / total, text: wrapLines(piece) };
      at = cue.end;
      return cue;
    });
  });
}

/** "00:01:05.300" */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT file; `<`, `>` and `&` in the text are escaped as WebVTT requires. */
export function toWebVtt(cues: readonly CaptionCue[], language: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = cues.map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${escape(cue.text)}`);
  return `WEBVTT\nLanguage: ${language}\n\n${body.join('\n\n')}\n`;
}
