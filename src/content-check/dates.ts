import type { Problem } from './problem';
import { fieldLine } from './frontmatter';
import { isIsoDate } from '../lib/claim/dates';

/**
 * Rules on an entry's dates that one field's schema cannot see: a `checked` or review date
 * after today (an editor typed next year, or the wrong month), and a lawyer's review older
 * than the last check of the text (the lawyer has not seen the text as it is now). Impossible
 * dates (2026-13-45, "2026-02-30") are refused by the schema, because the check reads the
 * frontmatter with dates left as written (see checkFrontmatter).
 */
/** A valid YYYY-MM-DD as written (or a Date YAML made), or undefined: the claim builder's calendar check. */
const day = (value: unknown): string | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
};

export function checkDates(file: string, yamlText: string, data: Record<string, unknown>, today: string): Problem[] {
  const problems: Problem[] = [];
  const checked = day(data['checked']);
  const review =
    data['legalReview'] && typeof data['legalReview'] === 'object'
      ? day((data['legalReview'] as Record<string, unknown>)['date'])
      : undefined;
  const at = (path: string[]) => ({
    file,
    field: path.join('.'),
    line: fieldLine(yamlText, path),
    severity: 'error' as const,
  });
  if (checked && checked > today)
    problems.push({ ...at(['checked']), rule: 'date-future', values: { field: 'checked', value: checked, today } });
  if (review && review > today)
    problems.push({
      ...at(['legalReview', 'date']),
      rule: 'date-future',
      values: { field: 'legalReview.date', value: review, today },
    });
  if (checked && review && review < checked) {
    problems.push({ ...at(['legalReview', 'date']), rule: 'review-before-checked', values: { review, checked } });
  }
  return problems;
}
