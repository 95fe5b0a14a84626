import { describe, expect, it } from 'vitest';
import { foldWord, latinToCyrillic, words } from '../../src/lib/search/fold';
import { stemKazakh } from '../../src/lib/search/kazakh-stem';
import { canonicalTerms, foldedWords, indexTerms, searchTerms } from '../../src/lib/search/normalize';
import { closestWord, correctWords, editDistance } from '../../src/lib/search/typo';

describe('folding', () => {
  it('meets Kazakh letters typed on a Russian keyboard', () => {
    expect(foldWord('қайтару')).toBe(foldWord('кайтару'));
    expect(foldWord('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
    expect(foldWord('тұтынушы')).toBe('тутынушы');
  });

  it('writes Kazakh Latin (2021 alphabet and informal) in Cyrillic', () => {
    expect(latinToCyrillic('tauardy')).toBe('тауарды');
    expect(foldWord('qaitaru')).toBe(foldWord('қайтару'));
    expect(foldWord('Qaıtarý')).not.toBe('');
    expect(foldWord('shagym')).toBe(foldWord('шағым'));
    expect(foldWord('aqsha')).toBe(foldWord('ақша'));
    expect(foldWord('tenge')).toBe(foldWord('теңге'));
    expect(foldWord('sizding')).toBe(foldWord('сіздің'));
    expect(latinToCyrillic('возврат')).toBe('возврат');
  });

  it('splits words, keeping article numbers like 42-4 whole', () => {
    expect(words('Ст. 42-4, «претензия»!')).toEqual(['ст', '42-4', 'претензия']);
  });
});

describe('Kazakh stemming', () => {
  it.each([
    ['тауарларды', 'тауар'],
    ['тауарға', 'тауар'],
    ['тауары', 'тауар'],
    ['тауардың', 'тауар'],
    ['сатушыға', stemKazakh(foldWord('сатушы'))],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakh(foldWord(word))).toBe(foldWord(stem));
  });

  it('never cuts a word below four letters', () => {
    expect(stemKazakh('акша')).toBe('акша');
    expect(stemKazakh('заны')).toBe('заны');
  });
});

describe('stop words and synonyms', () => {
  it('drops prepositions so they cannot decide the results', () => {
    expect(foldedWords('возврат в магазин на рынке', 'ru')).toEqual(['возврат', 'магазин', 'рынке']);
    expect(foldedWords('тауар үшін және', 'kk')).toEqual(['тауар']);
  });

  it('maps everyday words to one canonical word', () => {
    expect(searchTerms('вернуть деньги', 'ru')).toEqual(['возврат', 'деньги']);
    expect(searchTerms('сдать обратно', 'ru')).toEqual(['возврат', 'обратно']);
    expect(searchTerms('возврат товара', 'ru')).toEqual(['возврат', 'товара']);
    expect(searchTerms('ақаулы тауар', 'kk')).toEqual([foldWord('кемшілік'), 'тауар']);
    expect(searchTerms('тауарды кайтару', 'kk')).toEqual(searchTerms('тауарды қайтару', 'kk'));
    expect(searchTerms('tauardy qaitaru', 'kk')).toEqual(searchTerms('тауарды қайтару', 'kk'));
  });

  it('index and query produce the same terms for the same words', () => {
    const text = 'Тауарды 14 күн ішінде қайтаруға болады';
    for (const word of searchTerms('тауарды кайтару', 'kk')) expect(indexTerms(text, 'kk').split(' ')).toContain(word);
  });

  it('keeps words that are in no group', () => {
    expect(canonicalTerms(['магазин'], 'ru')).toEqual(['магазин']);
  });
});

describe('typo tolerance', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('возрат', 'возврат')).toBe(1);
    expect(editDistance('чек', 'чек')).toBe(0);
    expect(editDistance('ценик', 'ценник')).toBe(1);
    expect(editDistance('вовзрат', 'возврат')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  const vocabulary = { возврат: 12, товара: 9, ценник: 4, вред: 3, чек: 7 };
  it('corrects an unknown word to the closest known one', () => {
    expect(closestWord('возрат', vocabulary)).toBe('возврат');
    expect(correctWords(['возрат', 'товара'], vocabulary)).toEqual({ words: ['возврат', 'товара'], changed: true });
  });

  it('leaves known, short, numeric and hopeless words alone', () => {
    expect(closestWord('товара', vocabulary)).toBeUndefined();
    expect(closestWord('42-4', vocabulary)).toBeUndefined();
    expect(closestWord('вр', vocabulary)).toBeUndefined();
    expect(closestWord('самолет', vocabulary)).toBeUndefined();
  });
});
