import { MRP_BY_YEAR, type MrpYear } from '../data/mrp';
import { MRP_OVERRIDE, TODAY } from '../site.config';
import { amountsYear, type AmountsYear } from '../lib/amounts/fine';
import type { Locale } from '../lib/locales';
import type { TagContext } from '../lib/value-tags';

/** The МРП table with any override from the environment (see MRP_OVERRIDE in site.config.ts). */
export function mrpTable(): Record<number, MrpYear> {
  const table: Record<number, MrpYear> = { ...MRP_BY_YEAR };
  for (const [year, tenge] of Object.entries(MRP_OVERRIDE)) {
    table[Number(year)] = { tenge, source: 'MRP_OVERRIDE (environment)' };
  }
  return table;
}

/** The year whose МРП the site shows (the build's year in Kazakhstan), and its value if known. */
export function currentAmountsYear(): AmountsYear {
  return amountsYear(Number(TODAY.slice(0, 4)), mrpTable());
}

/** The amounts year for a date, e.g. a video's check date: recorded videos state the year they were made for. */
export function amountsYearOf(date: Date): AmountsYear {
  return amountsYear(date.getUTCFullYear(), mrpTable());
}

/**
 * How tags in a video's scene texts are filled: its check date for <AsOf />, and the МРП of
 * that date's year. A recorded video cannot follow the calendar, so it states amounts for the
 * year it was checked; rendering it again after a new check brings it up to date.
 */
export function videoTagContext(locale: Locale, checked: Date): TagContext {
  return { locale, checked, year: amountsYearOf(checked) };
}
