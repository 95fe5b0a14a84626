import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchSource } from '../../src/lib/search/search-index';
import { bestBetKey } from '../../src/lib/search/best-bets';
import { readyIndex, runQuery } from '../../src/lib/search/query';
import {
  idf,
  prepareIndex,
  scorePages,
  titlePrecision,
  weightedTerms,
  OTHER_THING,
  ROLE_WEIGHT,
} from '../../src/lib/search/score';
import { analyze, searchTerms } from '../../src/lib/search/normalize';
import { analyzerFor } from '../../src/lib/search/language-data';
import { markExcerpt } from '../../src/lib/search/excerpt';

/** A small site: the pipeline is pure, so relevance rules can be tested on pages written for the test. */
const page = (slug: string, fields: Partial<SearchSource>): SearchSource => ({
  url: `/ru/rights/lifehacks/${slug}/`,
  title: slug,
  type: 'Совет',
  kind: 'lifehacks',
  excerpt: fields.answer ?? '',
  keywords: [],
  answer: '',
  body: '',
  ...fields,
});

const ru: SearchSource[] = [
  page('return', {
    title: 'Возврат товара в течение 14 дней, если он не подошёл',
    answer: 'Вещь без брака можно вернуть за 14 дней.',
    body: 'Купили куртку, а она мала.',
  }),
  page('online', {
    title: 'Как безопасно покупать в интернете',
    answer: 'Проверьте продавца.',
    body: 'Если пришла не та обувь, можно вернуть деньги. Заказ, доставка, предоплата.',
  }),
  page('jacket', {
    title: 'Как выбрать пуховик',
    answer: 'Смотрите ярлык.',
    body: 'Пуховик можно вернуть за 14 дней.',
  }),
  page('card', {
    title: 'Не принимают карту',
    answer: 'Магазин обязан принять карту.',
    keywords: ['оплата картой', 'терминал не работает'],
  }),
  page('defect', {
    title: 'Товар сломался: что требовать',
    answer: 'Ремонт, замена или деньги.',
    keywords: ['пылесос не работает'],
  }),
  {
    ...page('claim', { title: 'Составить претензию продавцу', answer: 'Готовая претензия со сроком ответа.' }),
    url: '/ru/rights/claim/',
    kind: 'tool' as const,
    type: 'Инструмент',
  },
];
const index = readyIndex(buildSearchIndex('ru', ru, [{ query: 'образец претензии', url: '/ru/rights/claim/' }]));
const slugs = (q: string, type?: string) =>
  runQuery(index, q, { type }).pages.map((p) => p.url.split('/').filter(Boolean).pop());

describe('ranking: how well a page answers, not whether it has every word', () => {
  it('a page with the situation in its title beats one that has every word in passing', () => {
    // «online» mentions both «вернуть» and «обувь»; «return» never says shoes.
    expect(slugs('можно ли вернуть обувь')[0]).toBe('return');
  });

  it('a thing the query names counts, but a title about another thing steps back', () => {
    expect(slugs('куртка не подошла')[0]).toBe('return');
    expect(slugs('пуховик')[0]).toBe('jacket');
  });

  it('keywords count: the lexicon maps «терминал не работает» to the card page, not to the defect page', () => {
    expect(slugs('терминал не работает')[0]).toBe('card');
  });

  it('returns pages matching only some of the words, instead of nothing', () => {
    expect(slugs('пылесос сломался вчера вечером')[0]).toBe('defect');
  });

  it('filters by type after ranking', () => {
    expect(slugs('претензия', 'Инструмент')).toEqual(['claim']);
  });
});

describe('best bets', () => {
  it("pins the editors' page first whatever the word forms and order", () => {
    expect(slugs('претензия образец')[0]).toBe('claim');
    expect(slugs('образцы претензий')[0]).toBe('claim');
  });
  it('are keyed by terms, not by spelling', () => {
    expect(bestBetKey(searchTerms('образец претензии', analyzerFor('ru')))).toBe(
      bestBetKey(searchTerms('претензия образец', analyzerFor('ru'))),
    );
  });
  it('refuse a page the index does not have', () => {
    expect(() => buildSearchIndex('ru', ru, [{ query: 'x y', url: '/ru/rights/nowhere/' }])).toThrow(
      /no page \/ru\/rights\/nowhere\//,
    );
  });
});

describe('typo correction', () => {
  it('corrects only words the site does not understand, and says so', () => {
    const result = runQuery(index, 'возрат товара');
    expect(result.corrected).toBe('возврат товара');
    expect(result.pages[0]?.url).toBe('/ru/rights/lifehacks/return/');
  });
  it('leaves correctly spelt words alone', () => {
    expect(runQuery(index, 'вернуть пуховик').corrected).toBeUndefined();
  });
  it('restores the written spelling in "Did you mean" (ё, й, Kazakh letters)', () => {
    const kk = readyIndex(
      buildSearchIndex(
        'kk',
        [
          page('kk', {
            url: '/kk/rights/lifehacks/kk/',
            title: 'Тауарды қайтару уақыты',
            answer: 'Уақытында қайтарыңыз.',
          }),
        ],
        [],
      ),
    );
    expect(runQuery(kk, 'тауарды кайтару уакты').corrected).toBe('тауарды қайтару уақыты');
  });
});

describe('scoring parts', () => {
  it('idf is soft: a word on every page still counts', () => {
    expect(idf(10, 10)).toBeGreaterThan(0.6);
    expect(idf(1, 10)).toBeGreaterThan(idf(5, 10));
  });
  it('title precision: the share of the title the query asked for', () => {
    const terms = weightedTerms(analyze('вернуть товар', analyzerFor('ru')));
    expect(titlePrecision(new Set(['return', 'товар']), terms)).toBe(1);
    expect(titlePrecision(new Set(['return', 'лекарство', '14']), terms)).toBe(0.5);
  });
  it('situation words weigh more than things', () => {
    const weights = weightedTerms(analyze('вернуть обувь', analyzerFor('ru')));
    expect(weights.get('return')).toBeGreaterThan(weights.get('clothes')!);
  });
  it('a kind the law treats apart (medicines) decides like a situation: the medicines page beats «не подошёл»', () => {
    const medicine = page('medicine', {
      title: 'Можно ли вернуть лекарство в аптеку',
      answer: 'Лекарства надлежащего качества не возвращают.',
    });
    const withMedicine = readyIndex(buildSearchIndex('ru', [...ru, medicine], []));
    expect(runQuery(withMedicine, 'сироп не подошёл').pages[0]?.url).toBe('/ru/rights/lifehacks/medicine/');
    // Without the kind, the same situation goes to the general guide.
    expect(runQuery(withMedicine, 'куртка не подошла').pages[0]?.url).toBe('/ru/rights/lifehacks/return/');
    expect(weightedTerms(analyze('сироп', analyzerFor('ru'))).get('medical')).toBe(ROLE_WEIGHT.apart);
  });

  it('with a defect the exception no longer decides: a broken medicine is a defect question', () => {
    const weights = weightedTerms(analyze('сломался тонометр', analyzerFor('ru')));
    expect(weights.get('medical')).toBe(ROLE_WEIGHT.kind);
    expect(weights.get('defect')).toBe(ROLE_WEIGHT.situation);
  });

  it('a page naming another thing in its title scores less than the same page without it', () => {
    const pages = buildSearchIndex(
      'ru',
      [page('a', { title: 'Вернуть пуховик' }), page('b', { title: 'Вернуть вещь' })],
      [],
    ).pages;
    const [first, second] = scorePages(prepareIndex(pages), weightedTerms(analyze('вернуть', analyzerFor('ru'))));
    expect(first?.page).toBe(1);
    expect(second!.score / first!.score).toBeLessThanOrEqual(OTHER_THING + 0.01);
  });
});

describe('excerpts', () => {
  it('marks the words that match the query, leaving the text whole', () => {
    const segments = markExcerpt(
      'Вещь можно вернуть за 14 дней.',
      new Set(searchTerms('возврат', analyzerFor('ru'))),
      analyzerFor('ru'),
    );
    expect(segments.map((s) => s.text).join('')).toBe('Вещь можно вернуть за 14 дней.');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['вернуть']);
  });
});
