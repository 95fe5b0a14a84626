import type { Locale } from './locales';
import { ACTS, ACT_IDS, actUrl, type ActId } from '../data/acts';

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

/** A citation ready to print: the pinpoint («ст. 30, п. 1»), the act's name and its official link. */
export interface Citation {
  pinpoint: string;
  act: string;
  href: string | undefined;
}

export function citation(ref: LawPinpoint & { act: ActId }, locale: Locale): Citation {
  return { pinpoint: formatPinpoint(ref, locale), act: ACTS[ref.act].name[locale], href: actUrl(ref.act, locale) };
}

/** Narrows an act id written by hand in MDX; the error names the allowed ids. */
export function assertActId(value: string, where: string): asserts value is ActId {
  if (!(ACT_IDS as readonly string[]).includes(value)) {
    throw new Error(`${where}: unknown act "${value}"; use one of: ${ACT_IDS.join(', ')}`);
  }
}

/** Attributes of a citation written by hand in MDX (`<Law act="…" article="30" point="1" />`). */
export interface CitationAttributes {
  act: string;
  article: string | number;
  part?: string | number;
  point?: string | number;
  subpoint?: string | number;
}
