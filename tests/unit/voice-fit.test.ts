import { describe, expect, it } from 'vitest';
import { captionCues } from '../../src/lib/video/captions';
import { keyScenes } from '../../src/lib/video/timeline';
import { fitDuration, speechSpan, withTiming } from '../../src/lib/video/voice-fit';

/** What ffmpeg's silencedetect prints on stderr (the lines these rules read). */
const log = (...lines: string[]) => lines.map((line) => `[silencedetect @ 0x55] ${line}`).join('\n');

describe('speech in a recording', () => {
  it('drops leading and trailing silence and keeps pauses inside the speech', () => {
    const found = speechSpan(
      log(
        'silence_start: 0',
        'silence_end: 0.62 | silence_duration: 0.62',
        'silence_start: 1.8',
        'silence_end: 2.3 | silence_duration: 0.5',
        'silence_start: 4.1',
      ),
      0,
      5,
    );
    expect(found).toEqual({ from: 0.62, to: 4.1 });
  });
  it('reads a part of a longer recording (scene marks) in the recording’s own time', () => {
    expect(
      speechSpan(log('silence_start: 10', 'silence_end: 10.4', 'silence_start: 18.2', 'silence_end: 20'), 10, 20),
    ).toEqual({
      from: 10.4,
      to: 18.2,
    });
  });
  it('takes a clip that starts speaking at once as speech from its start', () => {
    expect(speechSpan(log('silence_start: 3.5'), 0, 4)).toEqual({ from: 0, to: 3.5 });
    expect(speechSpan('', 0, 4)).toEqual({ from: 0, to: 4 });
  });
  it('finds no speech in a silent clip', () => {
    expect(speechSpan(log('silence_start: 0'), 0, 4)).toBeUndefined();
  });
});

describe('fitting a scene to its voice', () => {
  it('keeps the written length when the voice fits and lengthens it when it does not', () => {
    expect(fitDuration(10, 6)).toBe(10);
    expect(fitDuration(10, 9.5)).toBe(11); // 0.3 lead-in + 9.5 + 0.8 tail = 10.6 → 11
  });
  it('times a voiced scene’s captions over its speech, from the moment the voice starts', () => {
    const scenes = withTiming(
      [
        { duration: 5, text: 'Первая сцена. Короткая.' },
        { duration: 5, text: 'Вторая сцена без голоса.' },
      ],
      [{ duration: 6, speech: 4 }, { duration: 5 }],
    );
    const cues = captionCues(scenes);
    expect(cues[0]!.start).toBeCloseTo(0.3);
    expect(cues.at(0)!.end).toBeCloseTo(4.3);
    expect(cues[1]!.start).toBeCloseTo(6.3); // the second scene starts after the fitted 6 s
    expect(cues[1]!.end).toBeCloseTo(6 + 5 - 0.2);
  });
  it('ignores a timing that does not match the scenes (the script changed since)', () => {
    expect(withTiming([{ duration: 5 }], [{ duration: 6 }, { duration: 6 }])).toEqual([{ duration: 5 }]);
  });
  it('picks the key scenes in order', () => {
    expect(
      keyScenes([{ duration: 1, key: true }, { duration: 2 }, { duration: 3, key: true }]).map((s) => s.duration),
    ).toEqual([1, 3]);
  });
});
