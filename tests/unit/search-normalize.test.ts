import { describe, expect, it } from 'vitest';
import { foldWord, latinToCyrillic, words } from '../../src/lib/search/fold';
import { stemKazakh } from '../../src/lib/search/kazakh-stem';
import { analyze, foldedWords, indexTerms, isUnderstood, searchTerms } from '../../src/lib/search/normalize';
import { analyzerFor } from '../../src/lib/search/language-data';
import { stemRussian } from '../../src/lib/search/russian-stem';
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
    expect(foldedWords('возврат в магазин на рынке', analyzerFor('ru'))).toEqual(['возврат', 'магазин', 'рынке']);
    expect(foldedWords('тауар үшін және', analyzerFor('kk'))).toEqual(['тауар']);
  });

  it('maps everyday words to one canonical word', () => {
    expect(searchTerms('вернуть деньги', analyzerFor('ru'))).toEqual(['return', 'денг']);
    expect(searchTerms('сдать обратно', analyzerFor('ru'))).toEqual(['return', 'return']);
    expect(searchTerms('возврат товара', analyzerFor('ru'))).toEqual(['return', 'товар']);
    expect(searchTerms('ақаулы тауар', analyzerFor('kk'))).toEqual(
      searchTerms('кемшілігі бар тауар', analyzerFor('kk')),
    );
    expect(searchTerms('чека', analyzerFor('ru'))).toEqual(['чек']);
    expect(searchTerms('тауарды кайтару', analyzerFor('kk'))).toEqual(
      searchTerms('тауарды қайтару', analyzerFor('kk')),
    );
    expect(searchTerms('tauardy qaitaru', analyzerFor('kk'))).toEqual(
      searchTerms('тауарды қайтару', analyzerFor('kk')),
    );
  });

  it('index and query produce the same terms for the same words', () => {
    const text = 'Тауарды 14 күн ішінде қайтаруға болады';
    for (const word of searchTerms('тауарды кайтару', analyzerFor('kk')))
      expect(indexTerms(text, analyzerFor('kk')).split(' ')).toContain(word);
  });

  it('keeps words that are in no group, stemmed', () => {
    expect(searchTerms('магазин', analyzerFor('ru'))).toEqual(['магазин']);
    expect(searchTerms('магазина', analyzerFor('ru'))).toEqual(['магазин']);
  });

  it('reads phrases before dropping stop words: «не подошёл» is a situation, not «не» + a verb', () => {
    expect(analyze('не подошёл', analyzerFor('ru'))).toEqual([{ term: 'unfit', role: 'situation' }]);
    expect(searchTerms('истемей калды', analyzerFor('kk'))).toEqual(searchTerms('істемей қалды', analyzerFor('kk')));
  });

  it('turns a thing into its kind and keeps the thing itself', () => {
    expect(analyze('обувь', analyzerFor('ru'))).toEqual([
      { term: 'clothes', role: 'kind' },
      { term: 'обув', role: 'thing' },
    ]);
  });

  it('meets the same word typed in Latin, without soft signs', () => {
    expect(searchTerms('dengi', analyzerFor('ru'))).toEqual(searchTerms('деньги', analyzerFor('ru')));
    expect(searchTerms('ne prinimayut kartu', analyzerFor('ru'))).toEqual(
      searchTerms('не принимают карту', analyzerFor('ru')),
    );
  });
});

describe('Russian stemming', () => {
  it.each([
    ['товара', 'товар'],
    ['товаров', 'товар'],
    ['товаром', 'товар'],
    ['магазине', 'магазин'],
    ['сапоги', 'сапог'],
  ])('%s → %s', (word, stem) => {
    expect(stemRussian(foldWord(word))).toBe(stem);
  });

  it('never cuts below three letters and leaves numbers alone', () => {
    expect(stemRussian('чек')).toBe('чек');
    expect(stemRussian('42-4')).toBe('42-4');
  });
});

describe('what the analyser understands', () => {
  const known = new Set(['карточка', 'толе', 'бас', 'тарт']);
  it('knows a word whose stem, synonym or lexicon entry the site has, so it is never "corrected"', () => {
    expect(isUnderstood(foldWord('картамен'), analyzerFor('kk'), known)).toBe(true);
    expect(isUnderstood(foldWord('сынды'), analyzerFor('kk'), known)).toBe(true);
    expect(isUnderstood(foldWord('және'), analyzerFor('kk'), known)).toBe(true);
    expect(isUnderstood(foldWord('карынмен'), analyzerFor('kk'), known)).toBe(false);
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
    expect(correctWords(['возрат', 'товара'], vocabulary, (w) => w in vocabulary)).toEqual({
      words: ['возврат', 'товара'],
      changed: true,
    });
  });

  it('never rewrites a word the analyser understands, however close another word is', () => {
    expect(correctWords(['тарты'], { тарту: 5 }, () => true)).toEqual({ words: ['тарты'], changed: false });
  });

  it('leaves known, short, numeric and hopeless words alone', () => {
    expect(closestWord('товара', vocabulary)).toBeUndefined();
    expect(closestWord('42-4', vocabulary)).toBeUndefined();
    expect(closestWord('вр', vocabulary)).toBeUndefined();
    expect(closestWord('самолет', vocabulary)).toBeUndefined();
  });
});
