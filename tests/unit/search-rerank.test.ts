import { describe, expect, it } from 'vitest';
import { coverage, precision, rerank, rerankScore } from '../../src/lib/search/rerank';

const page = (kind: string, titleterms: string, score = 1, keywordterms = '') => ({ score, meta: { kind, titleterms, keywordterms } });

describe('rerank', () => {
  it('measures how much of the query a title covers, tolerating Russian endings', () => {
    expect(coverage(['возврат', 'товара'], 'возврат обмен товар')).toBe(1);
    expect(coverage(['возврат', 'телефон'], 'возврат обмен товар')).toBe(0.5);
    expect(coverage([], 'x')).toBe(0);
  });

  it('prefers a title that is all query over one that mentions it in passing, ignoring numbers', () => {
    expect(precision(['возврат', 'товар'], 'возврат обмен товара течение 14 днеи')).toBeCloseTo(2 / 5);
    expect(precision(['возврат'], undefined)).toBe(0);
  });

  it('puts a guide before an infographic with the same score and title match', () => {
    const ranked = rerank([page('infographics', 'возврат товар'), page('lifehacks', 'возврат товар')], ['возврат', 'товар']);
    expect(ranked.map((p) => p.meta.kind)).toEqual(['lifehacks', 'infographics']);
  });

  it('lets a title match beat a passing mention with a higher body score', () => {
    const title = page('lifehacks', 'моральныи вред', 1);
    const mention = page('lifehacks', 'жалоба магазин', 1.8);
    expect(rerankScore(title, ['моральныи', 'вред'])).toBeGreaterThan(rerankScore(mention, ['моральныи', 'вред']));
  });

  it('counts keywords, less than the title', () => {
    const viaKeywords = page('lifehacks', 'другое', 1, 'возврат');
    const viaTitle = page('lifehacks', 'возврат', 1);
    const none = page('lifehacks', 'другое', 1);
    expect(rerankScore(viaTitle, ['возврат'])).toBeGreaterThan(rerankScore(viaKeywords, ['возврат']));
    expect(rerankScore(viaKeywords, ['возврат'])).toBeGreaterThan(rerankScore(none, ['возврат']));
  });
});
