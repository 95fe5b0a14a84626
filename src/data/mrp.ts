/**
 * The monthly calculation index (МРП / АЕК) in tenge, by calendar year. Fines in the КоАП are
 * set in МРП; the tenge figure changes every 1 January when the budget law sets a new МРП.
 * Content writes amounts in МРП only (`<Fine mrp={6} />`, `highlights: - { mrp: [6, 30] }`);
 * pages, pictures and PDFs compute tenge from this table for the year of the build.
 *
 * Each December: add the next year's row (value and source) before 1 January. Without it the
 * build warns and the pages show amounts in МРП with a note, never a tenge figure from the
 * wrong year.
 */
export interface MrpYear {
  /** 1 МРП in tenge. */
  tenge: number;
  /** Where the value comes from, with the fact sheet's confidence mark. */
  source: string;
}

export const MRP_BY_YEAR: Readonly<Record<number, MrpYear>> = {
  2026: {
    tenge: 4325,
    source: 'Закон РК о республиканском бюджете на 2026–2028 годы; legal-facts-kz.md: «MCI for 2026 = 4 325 tenge [S]»',
  },
};
