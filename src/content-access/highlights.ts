import type { Highlight } from '../schemas/infographic';
import { highlightFine } from '../lib/amounts/fine';
import type { Locale } from '../lib/locales';
import { currentAmountsYear } from './amounts-year';

/** A key number as it is printed: the value («14», «6–30 МРП»), its label and, for a fine, the tenge of the build's year. */
export interface ShownHighlight {
  value: string;
  label: string;
  tenge: string | undefined;
}

/**
 * The key numbers of an infographic or flyer as the page, the picture, the slides and the
 * printed flyer show them. A fine is given in МРП; its tenge is computed for the build's year.
 */
export function shownHighlights(highlights: readonly Highlight[], locale: Locale): ShownHighlight[] {
  const year = currentAmountsYear();
  return highlights.map((h) =>
    h.mrp
      ? { ...highlightFine(h.mrp, locale, year), label: h.label }
      : { value: h.value ?? '', tenge: undefined, label: h.label },
  );
}
