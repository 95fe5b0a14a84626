import type { Locale } from './locales';

const MONTHS: Record<Locale, readonly string[]> = {
  // Genitive, as in «25 ноября».
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
};

/**
 * A date as people write it in each language, e.g. «25 ноября 2026 года» / «2026 жылғы 25 қараша».
 * Written out, not abbreviated («г.», «ж.»): a sentence ending in a date then ends in one full
 * stop, never «2026 г..».
 * Written out here rather than with Intl: browsers built with reduced ICU data (Debian's
 * Chromium, some Android WebViews) print Kazakh months as «M11», and the claim builder formats
 * dates in the browser.
 */
export function formatDate(date: Date, locale: Locale): string {
  const day = date.getUTCDate();
  const month = MONTHS[locale][date.getUTCMonth()]!;
  const year = date.getUTCFullYear();
  return locale === 'kk' ? `${year} жылғы ${day} ${month}` : `${day} ${month} ${year} года`;
}

/** Kazakh months with the locative-attributive ending -дағы/-дегі/-тағы/-тегі: «25 қарашадағы». */
const KK_MONTHS_AT = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

/**
 * "As of" a date, as a whole phrase: «по состоянию на 25 ноября 2026 года» / «2026 жылғы
 * 25 қарашадағы жағдай бойынша». Written out («года», not «г.») so a sentence can end after it
 * with one full stop.
 */
export function asOfText(date: Date, locale: Locale): string {
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return locale === 'kk'
    ? `${year} жылғы ${day} ${KK_MONTHS_AT[date.getUTCMonth()]} жағдай бойынша`
    : `по состоянию на ${day} ${MONTHS.ru[date.getUTCMonth()]} ${year} года`;
}

/** Machine-readable date for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * +77029235050 → «+7 702 923 50 50», the grouping printed on the organisation's flyers,
 * joined by no-break spaces so a narrow screen never splits the number across lines.
 */
export function formatPhone(e164: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return match ? [`+7`, match[1], match[2], match[3], match[4]].join('\u00a0') : e164;
}

/**
 * WhatsApp "click to chat" link with a prefilled message. Nothing is sent until the reader
 * presses send in WhatsApp; the link itself makes no request from our page.
 */
export function whatsappLink(e164: string, message: string): string {
  const chat = `https://wa.me/${e164.replace(/^\+/, '')}`;
  return message ? `${chat}?text=${encodeURIComponent(message)}` : chat;
}
