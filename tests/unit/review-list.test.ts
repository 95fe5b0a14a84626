import { describe, expect, it } from 'vitest';
import { reviewHtml, reviewRows, reviewText, type ReviewSource } from '../../src/lib/review-list';
import { confidenceOf } from '../../src/data/fact-confidence';
import { reviewList } from '../../src/content-access/review-list-fs';

const source = (entry: string, checked: string, extra: Partial<ReviewSource> = {}): ReviewSource => ({
  entry,
  title: entry,
  checked,
  citations: [],
  amounts: false,
  askLawyerLines: [],
  ...extra,
});

describe("the lawyer's worklist", () => {
  it('puts never-reviewed entries first, then the oldest review, then the oldest check', () => {
    const rows = reviewRows(
      [
        source('a', '2026-05-01', { review: { by: 'Юрист', date: '2026-06-01' } }),
        source('b', '2026-09-01'),
        source('c', '2026-03-01'),
        source('d', '2026-01-01', { review: { by: 'Юрист', date: '2026-02-01' } }),
      ],
      'МРП',
    );
    expect(rows.map((r) => r.entry)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('among entries of the same dates, puts the one with the most unconfirmed points first', () => {
    const rows = reviewRows(
      [
        source('a', '2026-11-25'),
        source('b', '2026-11-25', { askLawyerLines: [4, 9] }),
        source('c', '2026-11-25', { amounts: true }),
      ],
      'МРП',
    );
    expect(rows.map((r) => r.entry)).toEqual(['b', 'c', 'a']);
  });

  it('lists what an entry cites and the points below [C] it leans on', () => {
    const [row] = reviewRows(
      [
        source('x', '2026-11-25', {
          citations: [
            { act: 'consumer-protection-law', article: '30', point: '2' },
            { act: 'administrative-code', article: '193', part: '4' },
            { act: 'consumer-protection-law', article: '15' },
          ],
          amounts: true,
        }),
      ],
      'МРП 2026 = 4 325 ₸ [S]',
    );
    expect(row!.cites).toEqual(['Закон о ЗПП ст. 30, п. 2 [S]', 'КоАП ст. 193, ч. 4 [C]', 'Закон о ЗПП ст. 15 [R]']);
    expect(row!.leansOn).toHaveLength(3);
    expect(row!.leansOn.join(' ')).toMatch(/не подтвержден/i);
    expect(row!.leansOn.at(-1)).toBe('МРП 2026 = 4 325 ₸ [S]');
  });

  it('knows the fact sheet marks, most specific first', () => {
    expect(confidenceOf({ act: 'consumer-protection-law', article: '30', point: '1' })?.mark).toBe('C');
    expect(confidenceOf({ act: 'consumer-protection-law', article: '30', point: '2' })?.mark).toBe('S');
    expect(confidenceOf({ act: 'remote-trade-rules', article: '5' })?.mark).toBe('S');
    expect(confidenceOf({ act: 'consumer-protection-law', article: '99' })).toBeUndefined();
  });

  it('covers every real entry, with a mark for every provision the content cites', () => {
    const { rows, toConfirm } = reviewList('content');
    expect(rows.length).toBe(90);
    expect(rows.flatMap((r) => r.cites).filter((c) => c.endsWith('[?]'))).toEqual([]);
    expect(toConfirm.join(' ')).toMatch(/instagram/);
    const text = reviewText(rows, toConfirm);
    expect(text).toMatch(/^Лист проверки для юриста: 90 материалов/);
    const html = reviewHtml(rows, toConfirm, '2026-12-01', ':root{--color-ink:#1a1a1a}');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('<script');
  });
});
