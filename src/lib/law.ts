import type { Locale } from './locales';

/** The parts of a citation below the act; each is a number such as "30" or "42-4". */
export interface LawPinpoint {
  article: string;
  part?: string | undefined;
  point?: string | undefined;
  subpoint?: string | undefined;
}

/**
 * Formats the pinpoint as lawyers write it in each language:
 * ru «ст. 30, п. 1, пп. 5»; kk «30-бап, 1-тармақ, 5-тармақша» (Kazakh puts the number first).
 */
export function formatPinpoint(ref: LawPinpoint, locale: Locale): string {
  const pieces: Array<[string | undefined, string, string]> = [
    [ref.article, 'ст.', 'бап'],
    [ref.part, 'ч.', 'бөлік'],
    [ref.point, 'п.', 'тармақ'],
    [ref.subpoint, 'пп.', 'тармақша'],
  ];
  return pieces
    .filter((piece): piece is [string, string, string] => Boolean(piece[0]))
    .map(([n, ru, kk]) => (locale === 'kk' ? `${n}-${kk}` : `${ru} ${n}`))
    .join(', ');
}
