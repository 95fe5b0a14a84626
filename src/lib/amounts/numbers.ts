import type { Locale } from '../locales';

/**
 * Numbers as people write them in Kazakhstan: groups of three digits joined by a no-break
 * space («25 950»), so a fine never breaks across two lines on a narrow screen.
 */
export function groupDigits(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/**
 * The word a Kazakh reader says last when reading the number aloud decides the suffix:
 * 25 950 is «…тоғыз жүз елу», so «25 950-ден». Only the last non-zero place matters.
 */
function lastSpokenWord(value: number): string {
  const n = Math.abs(Math.round(value));
  if (n === 0) return 'нөл';
  if (n % 1_000_000_000 === 0) return 'миллиард';
  if (n % 1_000_000 === 0) return 'миллион';
  if (n % 1000 === 0) return 'мың';
  if (n % 100 === 0) return 'жүз';
  const units = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
  const tens = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
  return n % 10 !== 0 ? units[n % 10]! : tens[Math.floor(n / 10) % 10]!;
}

/** Vowels that decide vowel harmony; у and и are left out, they follow the word's other vowels. */
const HARMONY_VOWELS = /[аәеоөұүыі]/;
const FRONT_VOWELS = /[әеөүі]/;
/** Letters after which an ending starts with д like after a vowel. */
const VOWEL_LIKE = /[аәеиоөұүыіуэюя]/;

/**
 * The ablative ending of a number written in digits, as Kazakh spelling attaches it with a
 * hyphen: 5-тен, 10-нан, 30-дан, 40-тан, 45-тен, 173 000-нан. Vowel harmony follows the last
 * word's vowels; the consonant follows its last sound.
 */
export function kazakhAblative(value: number): string {
  const word = lastSpokenWord(value);
  const vowels = [...word].filter((c) => HARMONY_VOWELS.test(c));
  const front = FRONT_VOWELS.test(vowels.at(-1) ?? 'а');
  const last = word.at(-1)!;
  const consonant = /[мнң]/.test(last) ? 'н' : VOWEL_LIKE.test(last) || /[лрйзж]/.test(last) ? 'д' : 'т';
  return `${consonant}${front ? 'ен' : 'ан'}`;
}

/** «6, 10 и 30» / «6, 10 және 30»: a list of numbers joined the way each language says it. */
export function joinNumbers(values: readonly string[], locale: Locale, or = false): string {
  if (values.length < 2) return values[0] ?? '';
  const word = locale === 'kk' ? (or ? 'немесе' : 'және') : or ? 'или' : 'и';
  return `${values.slice(0, -1).join(', ')} ${word} ${values.at(-1)}`;
}
