/**
 * Timing of a video made from scenes: where each scene starts, how long the whole video is,
 * and how long a text must stay on screen to be read. Pure, so the schema, the video tool,
 * the page and the tests all count the same way.
 */

/** Characters an average reader takes in per second of captions (a 12-year-old reads a bit slower than an adult's 17). */
export const READING_CHARS_PER_SECOND = 16;
/** Extra seconds per scene to take in the heading and the picture before the caption. */
export const SCENE_LOOK_SECONDS = 2;
/** A generated video lasts this long at least and at most (seconds). */
export const VIDEO_MIN_SECONDS = 30;
export const VIDEO_MAX_SECONDS = 120;

/** The least time (whole seconds) a scene with this narration needs on screen. */
export function minSceneSeconds(text: string): number {
  return Math.ceil(text.length / READING_CHARS_PER_SECOND) + SCENE_LOOK_SECONDS;
}

export interface Timed {
  /** Seconds on screen. */
  duration: number;
}

/** Start and end (seconds from the start of the video) of every scene, in order. */
export function sceneTimes(scenes: readonly Timed[]): Array<{ start: number; end: number }> {
  let start = 0;
  return scenes.map((scene) => {
    const span = { start, end: start + scene.duration };
    start = span.end;
    return span;
  });
}

/** The whole video's length in seconds. */
export const totalSeconds = (scenes: readonly Timed[]): number =>
  scenes.reduce((sum, scene) => sum + scene.duration, 0);

/** "1:52" for 112 seconds: how the length is written on the page and in the schema. */
export function formatClock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds in a "m:ss" length. */
export function parseClock(clock: string): number {
  const [minutes, seconds] = clock.split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** Words in a text as a reader counts them: runs of letters or digits (dashes and «» are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The closing card of the TV master and the short cut: the title and how to reach the free lawyer (seconds). */
export const END_CARD_SECONDS = 5;
/** WhatsApp Status plays at most 60 s of a video; the short cut, end card included, fits that. */
export const SHORT_MAX_SECONDS = 60;
/** A short cut of one scene says nothing: it needs the question and at least one answer. */
export const SHORT_MIN_KEY_SCENES = 2;

/** The scenes marked `key: true`, in order: what the short cut shows before its end card. */
export function keyScenes<T extends Timed & { key?: boolean | undefined }>(scenes: readonly T[]): T[] {
  return scenes.filter((scene) => scene.key === true);
}
