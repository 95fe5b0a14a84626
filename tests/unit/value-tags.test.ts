import { describe, expect, it } from 'vitest';
import {
  expandTags,
  fillBodyTags,
  findTags,
  numberExpression,
  readingText,
  stringTagErrors,
} from '../../src/lib/value-tags';
import { amountsYear } from '../../src/lib/amounts/fine';
import { MRP_BY_YEAR } from '../../src/data/mrp';
import { asOfText } from '../../src/lib/format';

const checked = new Date(Date.UTC(2026, 10, 25));
const context = { locale: 'ru' as const, checked, year: amountsYear(2026, MRP_BY_YEAR) };
const nb = (text: string) => text.replace(/\u00a0/g, ' ');

describe('value tags in frontmatter strings', () => {
  it('reads numbers and lists of numbers, and nothing that is code', () => {
    expect(numberExpression(' 6 ')).toBe(6);
    expect(numberExpression('[6, 10, 30]')).toEqual([6, 10, 30]);
    expect(numberExpression('alert(1)')).toBeUndefined();
    expect(numberExpression('[6, x]')).toBeUndefined();
  });

  it('finds tags with their attributes', () => {
    expect(findTags('штраф <Fine mrp={[6, 10, 30]} or /> и <AsOf />')).toEqual([
      { name: 'Fine', props: { mrp: [6, 10, 30], or: true }, code: [], source: '<Fine mrp={[6, 10, 30]} or />' },
      { name: 'AsOf', props: {}, code: [], source: '<AsOf />' },
    ]);
  });

  it('fills them in the way the MDX components do', () => {
    expect(nb(expandTags('Ценник <Price tenge={1500} />, штраф <Fine mrp={6} />. Порядок <AsOf />.', context))).toBe(
      'Ценник 1 500 тенге, штраф 6 МРП (в 2026 году — 25 950 ₸). Порядок по состоянию на 25 ноября 2026 года.',
    );
  });

  it('names what is wrong: unknown tags, code in braces, bad amounts, an unclosed tag', () => {
    expect(stringTagErrors('<Law act="x" />')[0]).toMatch(/only Fine, Price, AsOf/);
    expect(stringTagErrors('<Fine mrp={fetch(1)} />')[0]).toMatch(/number or a list of numbers/);
    expect(stringTagErrors('<Fine from={9} to={1} />')[0]).toMatch(/smaller/);
    expect(stringTagErrors('<Price tenge={1500}>')[0]).toMatch(/not complete/);
    expect(stringTagErrors('обычный текст, 6 МРП')).toEqual([]);
  });

  it("fills an MDX body's amount and date tags and leaves every other tag alone", () => {
    expect(
      nb(
        fillBodyTags(
          'Штраф <Fine mrp={2} /> <Law act="administrative-code" article="193" /> <Contact name="phone" />',
          context,
        ),
      ),
    ).toBe(
      'Штраф 2 МРП (в 2026 году — 8 650 ₸) <Law act="administrative-code" article="193" /> <Contact name="phone" />',
    );
  });

  it('times a scene by the filled-in text', () => {
    expect(readingText('Порядок <AsOf />.').length).toBeGreaterThan(
      'Порядок по состоянию на 25 ноября 2026 года.'.length - 1,
    );
  });
});

describe('as of a date', () => {
  it('is a whole phrase in each language, ending without an abbreviation', () => {
    expect(asOfText(checked, 'ru')).toBe('по состоянию на 25 ноября 2026 года');
    expect(asOfText(checked, 'kk')).toBe('2026 жылғы 25 қарашадағы жағдай бойынша');
    expect(asOfText(new Date(Date.UTC(2026, 3, 1)), 'kk')).toBe('2026 жылғы 1 сәуірдегі жағдай бойынша');
  });
});
