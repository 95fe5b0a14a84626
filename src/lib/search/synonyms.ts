import type { Locale } from '../locales';

/**
 * Reviewed synonym groups of topics: the everyday and colloquial words people type, each group
 * mapped to one canonical word at index and at query time, so «претензия» finds «рекламация»
 * and «арыз» finds «шағым». Things bought and situations are in lexicon.ts, with their roles.
 * A trailing * matches any ending (Russian and Kazakh are inflected). Written in normal
 * spelling; folded before use. Reviewed against the guides' own keywords.
 */
export interface SynonymGroup {
  /** The group's word, written as in the text; every word of the group becomes it. */
  canonical: string;
  /** The words, as people type them; `*` at the end matches any ending. */
  words: string[];
}

export const SYNONYMS: Record<Locale, SynonymGroup[]> = {
  ru: [
    { canonical: 'претензия', words: ['претензи*', 'рекламаци*'] },
    { canonical: 'жалоба', words: ['жалоб*', 'пожаловаться', 'жаловаться', 'обжалова*'] },
    { canonical: 'чек', words: ['чек', 'чека', 'чеке', 'чеку', 'чеком', 'чеки', 'чеков', 'квитанц*'] },
    { canonical: 'ценник', words: ['ценник*', 'ценнике'] },
    {
      canonical: 'цена',
      words: ['цена', 'цены', 'цене', 'цену', 'ценой', 'стоимост*', 'дороже', 'переплат*', 'обсчит*', 'обсчёт*'],
    },
    {
      canonical: 'карта',
      words: ['карт', 'карта', 'карты', 'карте', 'карту', 'картой', 'карточк*', 'терминал*', 'безнал*', 'каспи'],
    },
    { canonical: 'интернет', words: ['интернет*', 'онлайн*', 'сайт*', 'доставк*', 'посылк*'] },
    // Shops in social networks and marketplaces have a guide of their own: not just «интернет».
    {
      canonical: 'instagram',
      words: ['инстаграм*', 'instagram', 'инста', 'маркетплейс*', 'вайлдберриз*', 'wildberries', 'озон'],
    },
    { canonical: 'юрист', words: ['юрист*', 'адвокат*', 'консультац*', 'юридическ*'] },
    { canonical: 'штраф', words: ['штраф*'] },
    { canonical: 'моральный', words: ['моральн*', 'морального'] },
    { canonical: 'акция', words: ['акци*', 'скидк*', 'распродаж*', 'уценк*', 'уценён*'] },
    { canonical: 'whatsapp', words: ['whatsapp', 'ватсап*', 'вацап*', 'уатсап*', 'вотсап*'] },
    { canonical: 'гарантия', words: ['гаранти*', 'гарантийн*'] },
  ],
  kk: [
    { canonical: 'наразылық', words: ['наразылы*', 'претензи*'] },
    { canonical: 'шағым', words: ['шағым*', 'арыз*'] },
    { canonical: 'чек', words: ['чек', 'чекті', 'чекке', 'чекте', 'чексіз', 'чегі*', 'түбіртек*'] },
    { canonical: 'баға', words: ['баға*', 'бағас*', 'бағаны', 'қымбат*', 'артық ақша'] },
    { canonical: 'карточка', words: ['карточка*', 'карта', 'картамен', 'картаға', 'терминал*', 'каспи', 'қолма-қол*'] },
    { canonical: 'интернет', words: ['интернет*', 'онлайн*', 'сайт*', 'жеткізу*', 'сәлемдеме*'] },
    // Shops in social networks and marketplaces have a guide of their own: not just «интернет».
    {
      canonical: 'instagram',
      words: ['инстаграм*', 'instagram', 'инста', 'маркетплейс*', 'вайлдберриз*', 'wildberries', 'озон'],
    },
    { canonical: 'заңгер', words: ['заңгер*', 'юрист*', 'адвокат*', 'кеңес*'] },
    { canonical: 'айыппұл', words: ['айыппұл*', 'штраф*'] },
    { canonical: 'моральдық', words: ['моральдық*', 'моральды*'] },
    { canonical: 'акция', words: ['акция*', 'акциял*', 'жеңілдік*', 'скидка*', 'арзандат*', 'бағасы түсірілген*'] },
    { canonical: 'whatsapp', words: ['whatsapp', 'ватсап*', 'ватсаб*', 'вацап*', 'уатсап*', 'вотсап*'] },
    { canonical: 'кепілдік', words: ['кепілдік*', 'гарантия*'] },
  ],
};
