import { describe, expect, it } from 'vitest';
import { CAPTION_LINE_CHARS, captionCues, splitText, toWebVtt, vttTime, wrapLines } from '../../src/lib/video/captions';
import { graphicLines } from '../../src/lib/video/graphic-lines';
import {
  countWords,
  formatClock,
  minSceneSeconds,
  parseClock,
  sceneTimes,
  totalSeconds,
} from '../../src/lib/video/timeline';

describe('video timeline', () => {
  it('lays scenes end to end and sums them', () => {
    const scenes = [{ duration: 9 }, { duration: 11 }, { duration: 10 }];
    expect(sceneTimes(scenes)).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 20 },
      { start: 20, end: 30 },
    ]);
    expect(totalSeconds(scenes)).toBe(30);
  });
  it('writes and reads m:ss', () => {
    expect(formatClock(117)).toBe('1:57');
    expect(formatClock(60)).toBe('1:00');
    expect(formatClock(5)).toBe('0:05');
    expect(parseClock('1:57')).toBe(117);
  });
  it('asks 16 characters a second plus 2 seconds to look', () => {
    expect(minSceneSeconds('x'.repeat(160))).toBe(12);
    expect(minSceneSeconds('x'.repeat(161))).toBe(13);
  });
  it('counts words in Kazakh and Russian: a dash is not a word, «42-4-бап» is one', () => {
    expect(countWords('Сатушы наразылыққа 10 күн ішінде жауап береді — 42-4-бап.')).toBe(8);
    expect(countWords('Продавец обязан продавать по цене с ценника.')).toBe(7);
  });
});

describe('captions', () => {
  const text =
    'Продавец обязан продавать товар по цене, которая указана на ценнике. Это статья 24 Закона о защите прав потребителей, и кассир не может её отменить.';
  it('cuts at sentence ends first and keeps every cue within two lines', () => {
    const pieces = splitText(text);
    expect(pieces[0]).toBe('Продавец обязан продавать товар по цене, которая указана на ценнике.');
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(CAPTION_LINE_CHARS * 2);
    expect(pieces.join(' ')).toBe(text);
  });
  it('keeps a short text whole', () => {
    expect(splitText('  Коротко   и ясно. ')).toEqual(['Коротко и ясно.']);
  });
  it('wraps a cue into two balanced lines', () => {
    const lines = wrapLines('Продавец обязан продавать товар по цене, которая указана на ценнике.').split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(CAPTION_LINE_CHARS);
  });
  it('times cues inside their scene, in order, never across a cut', () => {
    const scenes = [
      { text, duration: 12 },
      { text: 'Второй шаг.', duration: 6 },
    ];
    const cues = captionCues(scenes);
    expect(cues.length).toBeGreaterThan(2);
    for (let i = 1; i < cues.length; i += 1) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.end - 1e-9);
    const first = cues.filter((cue) => cue.start < 12);
    expect(first[0]!.start).toBeCloseTo(0.3);
    expect(first.at(-1)!.end).toBeCloseTo(11.8);
    expect(cues.at(-1)).toMatchObject({ text: 'Второй шаг.' });
    expect(cues.at(-1)!.start).toBeCloseTo(12.3);
  });
  it('writes valid WebVTT with escaped text', () => {
    expect(vttTime(65.3)).toBe('00:01:05.300');
    const vtt = toWebVtt([{ start: 0.3, end: 2, text: 'A < B & C' }], 'kk');
    expect(vtt).toBe('WEBVTT\nLanguage: kk\n\n1\n00:00:00.300 --> 00:00:02.000\nA &lt; B &amp; C\n');
  });
});

describe('infographic lines in a scene', () => {
  it('shows step titles, at most six', () => {
    const steps = Array.from({ length: 7 }, (_, i) => ({ title: `Шаг ${i + 1}`, text: 'подробно' }));
    expect(graphicLines({ kind: 'steps', steps }).map((line) => line.text)).toEqual(
      steps.slice(0, 6).map((s) => s.title),
    );
  });
  it('puts three "do" beside three "don\'t"', () => {
    const lines = graphicLines({ kind: 'do-dont', do: ['a', 'b', 'c', 'd'], dont: ['x', 'y'] });
    expect(lines.map((line) => `${line.mark}:${line.text}`)).toEqual(['do:a', 'dont:x', 'do:b', 'dont:y', 'do:c']);
  });
});
