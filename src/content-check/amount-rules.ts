import { findTags, stringTagErrors } from '../lib/value-tags';
import type { Problem } from './problem';
import { fieldLine } from './frontmatter';

/**
 * Amounts stay true only if nobody types them: a tenge figure written by hand is right for one
 * year at most, and a fine in МРП in a text without its tenge leaves the reader to do the sum.
 * So content gives fines as <Fine>, example prices as <Price>, and the site computes the rest.
 */

/** «25 950 тенге», «8 650 теңге», «4 325 ₸», «1500тг»: a number followed by the currency. */
const TENGE = /\d(?:[\d\s\u00a0\u202f.,]*\d)?\s*(?:тенге|теңге|тңг|тг\b|₸|KZT)/giu;
/** «6 МРП», «5-тен 25 АЕК» in a text: an amount in МРП typed by hand. */
const MRP = /\d(?:[\d\s\u00a0.,–-]*\d)?(?:-[а-яәғқңөұүһі]+)?\s*(?:МРП|АЕК)/gu;

/** Where each match starts, as a 1-based line of `text` plus `firstLine - 1`. */
function matches(text: string, pattern: RegExp, firstLine: number): Array<{ amount: string; line: number }> {
  return [...text.matchAll(pattern)].map((m) => ({
    amount: m[0].trim(),
    line: firstLine + text.slice(0, m.index).split('\n').length - 1,
  }));
}

/** The MDX body with the value tags blanked out (kept line for line, so line numbers stay right). */
const withoutTags = (body: string) =>
  body.replace(/<(Fine|Price|AsOf|Contact)\b[^>]*\/>/g, (tag) => tag.replace(/[^\n]/g, ' '));

export function checkBodyAmounts(file: string, body: string, firstLine: number): Problem[] {
  const text = withoutTags(body);
  return [
    ...matches(text, TENGE, firstLine).map((m) => ({
      file,
      line: m.line,
      rule: 'tenge-by-hand' as const,
      values: { amount: m.amount },
      severity: 'error' as const,
    })),
    ...matches(text, MRP, firstLine).map((m) => ({
      file,
      line: m.line,
      rule: 'mrp-by-hand' as const,
      values: { amount: m.amount },
      severity: 'error' as const,
    })),
  ];
}

/** Fields whose text is filled in by the site (tags expanded): a video's narration. */
const TAG_FIELDS = /^scenes\.\d+\.text$/;

/**
 * Frontmatter strings: no tenge typed by hand anywhere (МРП may stay in the short texts of a
 * picture, which have no room for the tenge); tags only where they are filled in, and right.
 */
export function checkFrontmatterAmounts(file: string, data: Record<string, unknown>, yamlText: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      const field = path.join('.');
      const line = fieldLine(yamlText, path);
      const text = value.replace(/<(Fine|Price|AsOf)\b[^>]*\/>/g, ' ');
      for (const m of matches(text, TENGE, 1))
        problems.push({ file, field, line, rule: 'tenge-by-hand', values: { amount: m.amount }, severity: 'error' });
      if (TAG_FIELDS.test(field)) {
        for (const detail of stringTagErrors(value))
          problems.push({ file, field, line, rule: 'string-tag', values: { field, detail }, severity: 'error' });
      } else if (findTags(value).length > 0 || /<[A-Z]/.test(value)) {
        problems.push({ file, field, line, rule: 'tag-not-here', values: { field }, severity: 'error' });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return problems;
}
