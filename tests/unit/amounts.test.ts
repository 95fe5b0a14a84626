import { describe, expect, it } from 'vitest';
import { groupDigits, joinNumbers, kazakhAblative } from '../../src/lib/amounts/numbers';
import {
  amountsYear,
  fineInTenge,
  fineText,
  highlightFine,
  parseFine,
  parsePrice,
  priceText,
  type FineSpec,
} from '../../src/lib/amounts/fine';
import { MRP_BY_YEAR } from '../../src/data/mrp';

const nb = (text: string) => text.replace(/\u00a0/g, ' ');
const y2026 = amountsYear(2026, MRP_BY_YEAR);
const y2027 = amountsYear(2027, MRP_BY_YEAR);
const fine = (props: Record<string, unknown>) => parseFine(props) as FineSpec;

describe('numbers', () => {
  it('keeps a number on the line of its unit', () => {
    expect(fineText(fine({ mrp: 200 }), 'ru', y2026)).toBe('200\u00a0МРП (в 2026 году — 865\u00a0000\u00a0₸)');
  });

  it('groups thousands with a no-break space', () => {
    expect(groupDigits(1297500)).toBe('1\u00a0297\u00a0500');
    expect(groupDigits(950)).toBe('950');
  });

  it('gives the Kazakh ablative ending the number takes when read aloud', () => {
    const cases: Array<[number, string]> = [
      [1, 'ден'],
      [2, 'ден'],
      [3, 'тен'],
      [4, 'тен'],
      [5, 'тен'],
      [6, 'дан'],
      [7, 'ден'],
      [8, 'ден'],
      [9, 'дан'],
      [10, 'нан'],
      [20, 'дан'],
      [30, 'дан'],
      [40, 'тан'],
      [45, 'тен'],
      [50, 'ден'],
      [60, 'тан'],
      [70, 'тен'],
      [80, 'нен'],
      [90, 'нан'],
      [100, 'ден'],
      [21625, 'тен'],
      [43250, 'ден'],
      [173000, 'нан'],
      [1_000_000, 'нан'],
    ];
    for (const [n, ending] of cases) expect(`${n}-${kazakhAblative(n)}`).toBe(`${n}-${ending}`);
  });

  it('joins a list with the word each language uses', () => {
    expect(joinNumbers(['6', '10', '30'], 'ru')).toBe('6, 10 и 30');
    expect(joinNumbers(['6', '10', '30'], 'kk', true)).toBe('6, 10 немесе 30');
  });
});

describe('fines', () => {
  it('one amount, a list and a range, in both languages, with the year', () => {
    expect(nb(fineText(fine({ mrp: 6 }), 'ru', y2026))).toBe('6 МРП (в 2026 году — 25 950 ₸)');
    expect(nb(fineText(fine({ mrp: [6, 10, 30] }), 'kk', y2026))).toBe(
      '6, 10 және 30 АЕК (2026 жылы — 25 950, 43 250 және 129 750 ₸)',
    );
    expect(nb(fineText(fine({ mrp: [6, 10, 30], or: true }), 'ru', y2026))).toBe(
      '6, 10 или 30 МРП (в 2026 году — 25 950, 43 250 или 129 750 ₸)',
    );
    expect(nb(fineText(fine({ from: 5, to: 25 }), 'ru', y2026))).toBe(
      'от 5 до 25 МРП (в 2026 году — от 21 625 до 108 125 ₸)',
    );
    expect(nb(fineText(fine({ from: 45, to: 150 }), 'kk', y2026))).toBe(
      '45-тен 150 АЕК-ке дейін (2026 жылы — 194 625–648 750 ₸)',
    );
  });

  it('in a year the table lacks: МРП only, never a tenge figure from another year', () => {
    expect(nb(fineText(fine({ mrp: 6 }), 'ru', y2027))).toBe('6 МРП');
    expect(fineInTenge(fine({ mrp: 6 }), 'kk', y2027)).toBeUndefined();
    expect(highlightFine([6, 30], 'ru', y2027)).toEqual({ value: '6–30\u00a0МРП', tenge: undefined });
  });

  it('a key number: the range large, the tenge of the year under it', () => {
    const { value, tenge } = highlightFine([6, 30], 'kk', y2026);
    expect(nb(value)).toBe('6–30 АЕК');
    expect(nb(tenge!)).toBe('2026 жылы — 25 950–129 750 ₸');
  });

  it('a fraction of an МРП keeps its decimal comma', () => {
    expect(nb(fineText(fine({ mrp: 0.5 }), 'ru', y2026))).toBe('0,5 МРП (в 2026 году — 2 163 ₸)');
  });

  it('refuses attributes an editor may get wrong, saying what to write', () => {
    expect(parseFine({})).toHaveProperty('error');
    expect(parseFine({ mrp: -6 })).toHaveProperty('error');
    expect(parseFine({ mrp: '6' })).toHaveProperty('error');
    expect(parseFine({ from: 25, to: 5 })).toHaveProperty('error');
    expect(parseFine({ mrp: 6, from: 1, to: 2 })).toHaveProperty('error');
    expect(parseFine({ mrp: 6, tenge: 25950 })).toHaveProperty('error');
    expect(parseFine({ from: 5, to: 25, or: true })).toHaveProperty('error');
  });
});

describe('example prices', () => {
  it('prints the tenge word of each language and refuses anything but a whole number', () => {
    expect(nb(priceText(1200, 'ru'))).toBe('1 200 тенге');
    expect(nb(priceText(1200, 'kk'))).toBe('1 200 теңге');
    expect(parsePrice({ tenge: 12.5 })).toHaveProperty('error');
    expect(parsePrice({ tenge: 1200, mrp: 1 })).toHaveProperty('error');
  });
});

describe('the МРП table', () => {
  it('has 2026 = 4 325 ₸, as the fact sheet gives it [S], with its source', () => {
    expect(MRP_BY_YEAR[2026]!.tenge).toBe(4325);
    expect(MRP_BY_YEAR[2026]!.source).toMatch(/\[S\]/);
  });
});
