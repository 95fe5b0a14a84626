import type { ActId } from './acts';

/**
 * How sure the project's legal fact sheet (shared/reference/legal-facts-kz.md, checked up to
 * early 2026) is of each provision the content cites: [C] read in the article text itself,
 * [S] from an official or news source naming the article, [R] recalled, not confirmed. The
 * lawyer's review list (`npm run review`) shows, for every entry, the points below [C] that it
 * leans on, so the lawyer reads those first. Most specific match wins (article + part/point
 * before the article alone).
 */
export type Confidence = 'C' | 'S' | 'R';

export interface ProvisionConfidence {
  act: ActId;
  /** Article; absent when the fact sheet marks the act as a whole. Part or point narrow it when the sheet marks them apart. */
  article?: string;
  part?: string;
  point?: string;
  mark: Confidence;
  /** What the fact sheet says about it, in a few words, in Russian (the lawyer's worklist is in Russian). */
  note: string;
}

export const PROVISION_CONFIDENCE: readonly ProvisionConfidence[] = [
  { act: 'consumer-protection-law', article: '1', mark: 'C', note: 'технически сложные товары (пп. 14-1)' },
  {
    act: 'consumer-protection-law',
    article: '14',
    mark: 'S',
    note: 'обмен в 14 дней на другой размер, фасон, цвет; деньги, если замены нет',
  },
  {
    act: 'consumer-protection-law',
    article: '15',
    mark: 'R',
    note: 'что перечень требований при недостатках — в ст. 15, не подтверждено (сам перечень — [S])',
  },
  { act: 'consumer-protection-law', article: '16', mark: 'C', note: 'полное возмещение вреда из-за недостатков' },
  { act: 'consumer-protection-law', article: '17', mark: 'C', note: 'сроки предъявления требований о недостатках' },
  { act: 'consumer-protection-law', article: '21', mark: 'S', note: 'моральный вред' },
  {
    act: 'consumer-protection-law',
    article: '24',
    mark: 'S',
    note: 'информация на казахском и русском, продажа по цене ценника, документ о покупке',
  },
  {
    act: 'consumer-protection-law',
    article: '30',
    point: '1',
    mark: 'C',
    note: '14 дней для товара надлежащего качества; шесть исключений',
  },
  {
    act: 'consumer-protection-law',
    article: '30',
    point: '2',
    mark: 'S',
    note: 'сроки замены (сразу / 30 / 10 дней) не проверены; срок возврата денег и неустойка НЕ подтверждены',
  },
  {
    act: 'consumer-protection-law',
    article: '30',
    mark: 'C',
    note: 'обязанности продавца при товаре надлежащего и ненадлежащего качества',
  },
  {
    act: 'consumer-protection-law',
    article: '42-4',
    mark: 'C',
    note: 'претензия; мотивированный ответ в 10 календарных дней со дня получения',
  },
  { act: 'consumer-protection-law', article: '42-8', mark: 'S', note: 'органы досудебного урегулирования ([C/S])' },
  { act: 'administrative-code', article: '190', mark: 'C', note: 'ч. 1 и 5: суммы в МРП' },
  { act: 'administrative-code', article: '193', mark: 'C', note: 'ч. 1, 4, 5: суммы в МРП' },
  { act: 'administrative-code', article: '194', mark: 'C', note: 'отказ принять оплату картой' },
  { act: 'administrative-code', article: '195', mark: 'C', note: 'нет терминала' },
  {
    act: 'administrative-code',
    article: '203',
    mark: 'C',
    note: 'товар без документов или сведений на казахском и русском',
  },
  { act: 'administrative-code', article: '206', mark: 'C', note: 'отказ принять наличные тенге' },
  { act: 'civil-code', article: '178', mark: 'C', note: 'срок исковой давности 3 года' },
  { act: 'civil-code', article: '180', mark: 'C', note: 'срок течёт со дня, когда лицо узнало о нарушении' },
  { act: 'payments-law', article: '39', mark: 'S', note: 'кто обязан принимать карты; исключения' },
  { act: 'internal-trade-rules', mark: 'S', note: 'одна цена на ценнике с 11.10.2025' },
  { act: 'pretrial-settlement-order', mark: 'S', note: 'единая информационная система ([C/S])' },
  { act: 'labelling-regulation', mark: 'C', note: 'действует с 01.07.2021; типичный состав этикетки — [R]' },
  { act: 'remote-trade-rules', mark: 'S', note: 'продажа через интернет, соцсети и мессенджеры' },
  { act: 'languages-law', article: '21', mark: 'S', note: 'ценники и наглядная информация на государственном языке' },
  { act: 'supreme-court-moral-harm', mark: 'S', note: 'нормативное постановление № 7 от 27.11.2015' },
];

/** The fact sheet's mark for a cited provision: the most specific entry that matches; undefined when the sheet has none. */
export function confidenceOf(ref: {
  act: string;
  article: string;
  part?: string | undefined;
  point?: string | undefined;
}): ProvisionConfidence | undefined {
  const act = PROVISION_CONFIDENCE.filter((p) => p.act === ref.act);
  const article = act.filter((p) => p.article === ref.article);
  return (
    article.find(
      (p) => (p.point !== undefined && p.point === ref.point) || (p.part !== undefined && p.part === ref.part),
    ) ??
    article.find((p) => p.point === undefined && p.part === undefined) ??
    act.find((p) => p.article === undefined)
  );
}
