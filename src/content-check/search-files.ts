import type { z } from 'astro/zod';
import { LOCALES } from '../lib/locales';
import { pageRefPath } from '../lib/page-refs';
import { searchTerms } from '../lib/search/normalize';
import { analyzerFor } from '../lib/search/language-data';
import { bestBetKey } from '../lib/search/best-bets';
import { readDataFile, DATA_FILES, type DataFile, type RawDataFile } from '../content-access/data-files-fs';
import { bestBetSchema, pageKeywordsSchema } from '../schemas/search';
import { situationSchema } from '../schemas/home';
import { authoritiesSchema, authoritySchema } from '../schemas/claim';
import { checkDates } from './dates';
import type { Problem } from './problem';
import type { Rule } from '../lib/content-messages';
import { issueProblem, valueAt } from './frontmatter';

/**
 * The editors' search files (content/search/<lang>/best-bets.yaml and pages.yaml): YAML that
 * reads, the shape of the schema, pages that exist, pins that mean something and do not
 * contradict each other. Each problem names the file and the line.
 */

/** A problem with the whole file's shape (not one field): reported on its first line. */
function wholeFile(file: string, rule: Rule, values: Record<string, string>): Problem {
  return { file, line: 1, field: 'file', rule, values, severity: 'error' };
}

/** 1-based line of the n-th line matching `pattern`, if there is one. */
function nthLine(text: string, pattern: RegExp, n: number): number | undefined {
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i]!) && ++seen === n) return i + 1;
  return undefined;
}

export function checkSearchFiles(
  contentDir: string,
  displayDir: string,
  known: ReadonlySet<string>,
  today: string,
): { problems: Problem[]; files: number } {
  const problems: Problem[] = [];
  let files = 0;
  for (const locale of LOCALES) {
    for (const name of Object.keys(DATA_FILES) as DataFile[]) {
      let raw: RawDataFile;
      const file = `${displayDir}/${DATA_FILES[name]}/${locale}/${name}.yaml`;
      try {
        raw = readDataFile(contentDir, locale, name);
      } catch (error) {
        const mark = (error as { mark?: { line: number } }).mark;
        const detail = ((error as { reason?: string }).reason ?? String(error)).split('\n')[0]!;
        problems.push({
          file,
          line: mark ? mark.line + 1 : undefined,
          rule: 'yaml-file',
          values: { detail },
          severity: 'error',
        });
        files++;
        continue;
      }
      if (raw.data === undefined) continue;
      files++;
      /** Each list item through its schema: problems for the invalid ones (at the item's line), `valid` for the rest. */
      const eachValid = <T>(items: unknown[], schema: z.ZodType<T>, valid: (item: T, i: number) => void) =>
        items.forEach((item, i) => {
          const result = schema.safeParse(item);
          if (result.success) return valid(result.data, i);
          for (const issue of result.error.issues) {
            problems.push(
              issueProblem(issue, {
                file,
                field: [i, ...issue.path].map(String).join('.'),
                line: nthLine(raw.text, /^\s*-\s/, i),
                input: valueAt(item, issue.path),
              }),
            );
          }
        });
      const unknownPage = (page: string, line: number | undefined, field: string) => {
        const path = pageRefPath(locale, page);
        if (!path || !known.has(path))
          problems.push({ file, line, field, rule: 'search-unknown-page', values: { page }, severity: 'error' });
      };
      if (name === 'authorities') {
        const items: unknown[] = Array.isArray(raw.data) ? raw.data : [];
        const list = authoritiesSchema.safeParse(raw.data);
        if (
          !list.success &&
          (!Array.isArray(raw.data) || items.length === 0 || list.error.issues.some((issue) => issue.path.length === 0))
        ) {
          const twice = list.error.issues.some((issue) => issue.path.length === 0 && issue.code === 'custom');
          problems.push(
            twice
              ? wholeFile(file, 'region-twice', {})
              : wholeFile(file, 'data-list', {
                  example: '- region: … / name: … / addressee: … / howToReach: … / checked: …',
                }),
          );
        }
        eachValid(items, authoritySchema, () => undefined);
        items.forEach((item, i) => {
          // The same date rules as an entry's `checked`: as typed, not after today.
          const line = nthLine(raw.text, /^\s*-?\s*checked\s*:/, i);
          for (const problem of checkDates(file, '', (item ?? {}) as Record<string, unknown>, today))
            problems.push({ ...problem, line, field: `${i}.checked` });
        });
      } else if (name === 'situations') {
        const items: unknown[] = Array.isArray(raw.data) ? raw.data : [];
        if (!Array.isArray(raw.data) || items.length === 0 || items.length > 8) {
          problems.push(wholeFile(file, 'situations-count', { max: '8', example: '- label: … / page: …' }));
        }
        eachValid(items, situationSchema, ({ page }, i) =>
          unknownPage(page, nthLine(raw.text, /^\s*-?\s*page\s*:/, i), `${i}.page`),
        );
      } else if (name === 'best-bets') {
        if (!Array.isArray(raw.data)) {
          problems.push(wholeFile(file, 'data-list', { example: '- query: … / page: …' }));
          continue;
        }
        const seen = new Map<string, string>();
        eachValid(raw.data, bestBetSchema, ({ query, page }, i) => {
          const line = nthLine(raw.text, /^\s*-?\s*page\s*:/, i);
          unknownPage(page, line, `${i}.page`);
          const key = bestBetKey(searchTerms(query, analyzerFor(locale)));
          if (key === '') {
            problems.push({
              file,
              line: nthLine(raw.text, /^\s*-?\s*query\s*:/, i),
              field: `${i}.query`,
              rule: 'search-empty-query',
              values: { query },
              severity: 'error',
            });
          } else if (seen.has(key) && seen.get(key) !== page) {
            problems.push({
              file,
              line,
              field: `${i}.page`,
              rule: 'search-conflicting-bet',
              values: { query, page, other: seen.get(key)! },
              severity: 'error',
            });
          }
          seen.set(key, page);
        });
      } else {
        const result = pageKeywordsSchema.safeParse(raw.data);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const field = issue.path.map(String).join('.');
            const key = String(issue.path[0] ?? '');
            const line = nthLine(raw.text, new RegExp(`^["']?${key.replace(/[/-]/g, '\\$&')}["']?\\s*:`), 0);
            const input = valueAt(raw.data, issue.path);
            problems.push(issueProblem(issue, { file, field, line, input }));
          }
          continue;
        }
        for (const page of Object.keys(result.data)) {
          unknownPage(page, nthLine(raw.text, new RegExp(`^["']?${page.replace(/[/-]/g, '\\$&')}["']?\\s*:`), 0), page);
        }
      }
    }
  }
  return { problems, files };
}
