import type { Locale } from '../lib/locales';

/**
 * The legal acts a law reference may cite. `adilet` is the document code on adilet.zan.kz,
 * the official legal database; the link opens the act in the reader's language.
 * An act without a confirmed code is cited as text, without a link.
 */
export interface Act {
  /** Short name in running text, per language. */
  name: Record<Locale, string>;
  /** Document code on adilet.zan.kz, e.g. `Z100000274_`. */
  adilet?: string;
}

export const ACTS = {
  'consumer-protection-law': {
    name: {
      kk: '«Тұтынушылардың құқықтарын қорғау туралы» ҚР Заңы',
      ru: 'Закон РК «О защите прав потребителей»',
    },
    adilet: 'Z100000274_',
  },
  'administrative-code': {
    name: {
      kk: 'Әкімшілік құқық бұзушылық туралы ҚР Кодексі',
      ru: 'Кодекс РК об административных правонарушениях',
    },
    adilet: 'K1400000235',
  },
  'civil-code': {
    name: { kk: 'ҚР Азаматтық кодексі (Жалпы бөлім)', ru: 'Гражданский кодекс РК (Общая часть)' },
    adilet: 'K940001000_',
  },
  'payments-law': {
    name: {
      kk: '«Төлемдер және төлем жүйелері туралы» ҚР Заңы',
      ru: 'Закон РК «О платежах и платежных системах»',
    },
    adilet: 'Z1600000011',
  },
  'internal-trade-rules': {
    name: { kk: 'Ішкі сауда қағидалары (№ 264 бұйрық)', ru: 'Правила внутренней торговли (приказ № 264)' },
    adilet: 'V1500011148',
  },
  'pretrial-settlement-order': {
    name: {
      kk: 'Бірыңғай ақпараттық жүйе арқылы сотқа дейін реттеу тәртібі (№ 293-НҚ бұйрық)',
      ru: 'Порядок досудебного урегулирования через единую информационную систему (приказ № 293-НҚ)',
    },
    adilet: 'V2000021800',
  },
  'labelling-regulation': {
    name: {
      kk: '«Өнімді таңбалауға қойылатын талаптар» техникалық регламенті',
      ru: 'Технический регламент «Требования к маркировке продукции»',
    },
    adilet: 'V2100022836',
  },
  'remote-trade-rules': {
    name: {
      kk: 'Сауда орындарынан тыс бөлшек сауда қағидалары (№ 136-НҚ бұйрық, 11.03.2022)',
      ru: 'Правила розничной торговли вне торговых мест (приказ № 136-НҚ от 11.03.2022)',
    },
  },
  'languages-law': {
    name: { kk: '«Қазақстан Республикасындағы тіл туралы» ҚР Заңы', ru: 'Закон РК «О языках в Республике Казахстан»' },
    adilet: 'Z970000151_',
  },
  'supreme-court-moral-harm': {
    name: {
      kk: 'ҚР Жоғарғы Сотының 2015 жылғы 27 қарашадағы № 7 нормативтік қаулысы (моральдық зиян)',
      ru: 'Нормативное постановление Верховного Суда РК от 27.11.2015 № 7 (моральный вред)',
    },
  },
} as const satisfies Record<string, Act>;

export type ActId = keyof typeof ACTS;
export const ACT_IDS = Object.keys(ACTS) as [ActId, ...ActId[]];

/** Link to the act's official text in the reader's language, or undefined when the code is unknown. */
export function actUrl(act: ActId, locale: Locale): string | undefined {
  const code: string | undefined = (ACTS[act] as Act).adilet;
  if (!code) return undefined;
  return `https://adilet.zan.kz/${locale === 'kk' ? 'kaz' : 'rus'}/docs/${code}`;
}
