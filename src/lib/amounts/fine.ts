import type { Locale } from '../locales';
import type { MrpYear } from '../../data/mrp';
import { groupDigits, joinNumbers, kazakhAblative } from './numbers';

/**
 * A fine as the КоАП states it, in МРП: one amount or a list («6, 10 и 30 МРП» for small,
 * medium and large business), or a range («от 5 до 25 МРП»). Content writes only this; the
 * tenge figure is computed for a year from the МРП table (src/data/mrp.ts).
 */
export type FineSpec = { kind: 'list'; mrp: number[]; or: boolean } | { kind: 'range'; from: number; to: number };

/** What is known about the МРП for the year the reader sees: the year, and its value if the table has it. */
export interface AmountsYear {
  year: number;
  mrp: MrpYear | undefined;
}

export const amountsYear = (year: number, table: Readonly<Record<number, MrpYear>>): AmountsYear => ({
  year,
  mrp: table[year],
});

const UNIT: Record<Locale, string> = { ru: 'МРП', kk: 'АЕК' };
/** No-break space: a number never ends a line without its unit («30 МРП», «865 000 ₸»). */
const NB = '\u00a0';

const isAmount = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value > 0 &&
  value <= 10_000 &&
  Math.round(value * 10) === value * 10;

const AMOUNT_RULE = 'positive numbers of МРП, e.g. mrp={6}, mrp={[6, 10, 30]} or from={5} to={25}';

/**
 * Reads a Fine's attributes (from MDX props or from a tag inside a frontmatter string).
 * Returns the fine, or what is wrong in words an editor can act on.
 */
export function parseFine(props: Record<string, unknown>): FineSpec | { error: string } {
  const { mrp, from, to, or } = props;
  const unknown = Object.keys(props).filter((key) => !['mrp', 'from', 'to', 'or'].includes(key));
  if (unknown.length > 0) return { error: `unknown attribute ${unknown.join(', ')}; use ${AMOUNT_RULE}` };
  if (mrp !== undefined) {
    if (from !== undefined || to !== undefined) return { error: `give either mrp or from and to, not both` };
    const list = Array.isArray(mrp) ? mrp : [mrp];
    if (list.length === 0 || list.length > 6 || !list.every(isAmount)) return { error: `mrp must be ${AMOUNT_RULE}` };
    return { kind: 'list', mrp: list, or: or === true || or === '' };
  }
  if (!isAmount(from) || !isAmount(to)) return { error: `expected ${AMOUNT_RULE}` };
  if (from >= to) return { error: `from (${from}) must be smaller than to (${to})` };
  if (or !== undefined) return { error: `"or" is for a list of amounts (mrp={[6, 10, 30]} or), not for a range` };
  return { kind: 'range', from, to };
}

/** An МРП amount: whole numbers grouped, a fraction with a decimal comma («0,5»). */
const number = (value: number) =>
  Number.isInteger(value) ? groupDigits(value) : `${groupDigits(Math.trunc(value))},${String(value).split('.')[1]}`;

/** The amounts of a fine in МРП and, when the year's МРП is known, in tenge. */
function values(spec: FineSpec): number[] {
  return spec.kind === 'list' ? spec.mrp : [spec.from, spec.to];
}

/** «6, 10 и 30 МРП», «от 5 до 25 МРП» / «6, 10 және 30 АЕК», «5-тен 25 АЕК-ке дейін». */
export function fineInMrp(spec: FineSpec, locale: Locale): string {
  if (spec.kind === 'list') return `${joinNumbers(spec.mrp.map(number), locale, spec.or)}${NB}${UNIT[locale]}`;
  return locale === 'kk'
    ? `${number(spec.from)}-${kazakhAblative(spec.from)} ${number(spec.to)}${NB}${UNIT.kk}-ке дейін`
    : `от ${number(spec.from)} до ${number(spec.to)}${NB}${UNIT.ru}`;
}

/** «в 2026 году — 25 950 ₸» / «2026 жылы — 25 950 ₸»; undefined when the table lacks the year. */
export function fineInTenge(spec: FineSpec, locale: Locale, { year, mrp }: AmountsYear): string | undefined {
  if (!mrp) return undefined;
  const tenge = values(spec).map((v) => groupDigits(v * mrp.tenge));
  const amounts =
    spec.kind === 'list'
      ? joinNumbers(tenge, locale, spec.or)
      : locale === 'kk'
        ? `${tenge[0]}–${tenge[1]}`
        : `от ${tenge[0]} до ${tenge[1]}`;
  return locale === 'kk' ? `${year} жылы — ${amounts}${NB}₸` : `в ${year} году — ${amounts}${NB}₸`;
}

/** The whole fine as it reads in a sentence: «6 МРП (в 2026 году — 25 950 ₸)», or «6 МРП» in a year the table lacks. */
export function fineText(spec: FineSpec, locale: Locale, year: AmountsYear): string {
  const tenge = fineInTenge(spec, locale, year);
  return tenge ? `${fineInMrp(spec, locale)} (${tenge})` : fineInMrp(spec, locale);
}

/**
 * A key number on an infographic: «6–30 МРП» large, «в 2026 году — 25 950–129 750 ₸» small
 * under it. One value or a range of two.
 */
export function highlightFine(
  mrp: readonly number[],
  locale: Locale,
  year: AmountsYear,
): { value: string; tenge: string | undefined } {
  const value = `${mrp.map(number).join('–')}${NB}${UNIT[locale]}`;
  if (!year.mrp) return { value, tenge: undefined };
  const tenge = mrp.map((v) => groupDigits(v * year.mrp!.tenge)).join('–');
  return {
    value,
    tenge: locale === 'kk' ? `${year.year} жылы — ${tenge}${NB}₸` : `в ${year.year} году — ${tenge}${NB}₸`,
  };
}

/** An example price, not a fine: «1 200 тенге» / «1 200 теңге». */
export function priceText(tenge: number, locale: Locale): string {
  return `${groupDigits(tenge)}${NB}${locale === 'kk' ? 'теңге' : 'тенге'}`;
}

/** Reads a Price's attributes; tenge must be a whole positive number. */
export function parsePrice(props: Record<string, unknown>): number | { error: string } {
  const { tenge, ...rest } = props;
  if (Object.keys(rest).length > 0)
    return { error: `unknown attribute ${Object.keys(rest).join(', ')}; write <Price tenge={1200} />` };
  if (typeof tenge !== 'number' || !Number.isInteger(tenge) || tenge <= 0)
    return { error: `expected a whole number of tenge, e.g. tenge={1200}` };
  return tenge;
}
