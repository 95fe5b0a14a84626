import type { z } from 'astro/zod';
import type { Problem } from './problem';
import type { ParsedFrontmatter } from '../lib/frontmatter';
import { FIELD_DATE } from '../schemas/fields';
import { isRule, type Rule } from '../lib/content-messages';

/**
 * The line of a field in the frontmatter (2 = the line after the opening ---), following list
 * items for `field.N` and nested keys for `field.key` (`legalReview.date`).
 */
export function fieldLine(frontmatter: string, path: readonly PropertyKey[]): number | undefined {
  const lines = frontmatter.split('\n');
  const key = String(path[0] ?? '');
  let line = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (line < 0) return undefined;
  const nested = typeof path[1] === 'string' ? path[1] : undefined;
  if (nested !== undefined) {
    // A block object: the indented `key:` line below; an inline { … } object stays on the key's line.
    for (let i = line + 1; i < lines.length && /^\s/.test(lines[i]!); i += 1) {
      if (new RegExp(`^\\s+${nested}:`).test(lines[i]!)) return i + 2;
    }
    return line + 2;
  }
  const index = typeof path[1] === 'number' ? path[1] : undefined;
  if (index !== undefined) {
    // Block lists: the index-th "- " line below the key; inline lists stay on the key's line.
    let seen = -1;
    for (let i = line + 1; i < lines.length && /^\s/.test(lines[i]!); i += 1) {
      if (/^\s*- /.test(lines[i]!) && /^\s{0,4}- /.test(lines[i]!)) seen += 1;
      if (seen === index) {
        line = i;
        break;
      }
    }
  }
  return line + 2;
}

type Issue = z.core.$ZodIssue;

/** The kind of value a field expects, in both languages, for the `field-type` message. */
const EXPECTED: Record<string, { ru: string; kk: string }> = {
  string: { ru: 'текст в кавычках', kk: 'тырнақшадағы мәтін' },
  number: { ru: 'число', kk: 'сан' },
  int: { ru: 'целое число, например 9', kk: 'бүтін сан, мысалы 9' },
  boolean: { ru: 'true или false', kk: 'true не false' },
  array: { ru: 'список, например [return-exchange]', kk: 'тізім, мысалы [return-exchange]' },
  object: { ru: 'поля с отступом (ключ: значение)', kk: 'шегіністі өрістер (кілт: мән)' },
};
function expectedWords(expected: string): { expectedRu: string; expectedKk: string } {
  const words = EXPECTED[expected] ?? { ru: expected, kk: expected };
  return { expectedRu: words.ru, expectedKk: words.kk };
}

/** The value at a path of the parsed frontmatter (what the editor wrote there). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** A frontmatter schema issue as a problem, at the field's line. */
function toProblem(file: string, frontmatter: string, data: unknown, issue: Issue): Problem {
  return issueProblem(issue, {
    file,
    field: issue.path.map(String).join('.'),
    line: fieldLine(frontmatter, issue.path),
    input: valueAt(data, issue.path),
  });
}

/**
 * Turns a schema issue into a problem with a message editors can act on: by its code, never its
 * wording. Shared by the MDX frontmatter, offices.json and the search files.
 * @param where the file, the field as the editor sees it, its line, and the value written there
 */
export function issueProblem(
  issue: Issue,
  where: { file: string; field: string; line: number | undefined; input: unknown },
): Problem {
  const { field, input } = where;
  const base = { file: where.file, field, line: where.line, severity: 'error' as const };
  if (issue.code === 'invalid_type' && input === undefined) {
    return { ...base, rule: 'field-missing', values: { field } };
  }
  // Structured codes, never the English wording: a date issue says so in params.rule, an
  // unknown topic, act or icon is zod's invalid_value with the allowed values.
  if (issue.code === 'custom' && issue.params?.['rule'] === FIELD_DATE) {
    return {
      ...base,
      rule: 'field-date',
      values: {
        field,
        value: JSON.stringify(input instanceof Date ? input.toISOString().slice(0, 10) : (input ?? '')),
      },
    };
  }
  // This project's own rules: the schema names the rule and its values in params.
  const own = issue.code === 'custom' ? issue.params : undefined;
  if (own && isRule(own['rule'])) {
    const { rule, ...values } = own as Record<string, string>;
    return { ...base, rule: rule as Rule, values: { field, value: JSON.stringify(input ?? ''), ...values } };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { ...base, rule: 'field-too-long', values: { field, max: String(issue.maximum) } };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return { ...base, rule: 'field-unknown-value', values: { field, value: JSON.stringify(input ?? ''), allowed } };
  }
  if (issue.code === 'invalid_type') {
    return { ...base, rule: 'field-type', values: { field, ...expectedWords(issue.expected) } };
  }
  if (issue.code === 'too_small' && issue.origin === 'string')
    return { ...base, rule: 'field-empty', values: { field } };
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { ...base, rule: 'field-too-few', values: { field, min: String(issue.minimum) } };
  }
  if (issue.code === 'too_small' && (issue.origin === 'number' || issue.origin === 'int')) {
    return { ...base, rule: 'field-number-min', values: { field, min: String(issue.minimum) } };
  }
  if (issue.code === 'too_big' && (issue.origin === 'number' || issue.origin === 'int')) {
    return { ...base, rule: 'field-number-max', values: { field, max: String(issue.maximum) } };
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return { ...base, rule: 'field-too-many', values: { field, max: String(issue.maximum) } };
  }
  if (issue.code === 'invalid_format' && field.startsWith('related')) {
    return { ...base, rule: 'related-format', values: { field, value: JSON.stringify(input ?? '') } };
  }
  // Anything not mapped above still says what is wrong, in the schema's own words.
  return { ...base, rule: 'field-invalid', values: { field, detail: issue.message } };
}

/**
 * Parses and validates the frontmatter; problems name the field and its line. `more` adds
 * rules that look at several fields or at the text as written (dates, amounts).
 */
export function checkFrontmatter(
  file: string,
  parsed: ParsedFrontmatter | undefined,
  schema: z.ZodType,
  more: (data: Record<string, unknown>, yamlText: string) => Problem[] = () => [],
): Problem[] {
  if (!parsed) return [{ file, line: 1, rule: 'no-frontmatter', severity: 'error' }];
  if ('error' in parsed) {
    return [
      { file, line: parsed.error.line, rule: 'yaml', values: { detail: parsed.error.detail }, severity: 'error' },
    ];
  }
  const { data } = parsed;
  const result = schema.safeParse(data ?? {});
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => toProblem(file, parsed.yaml, data, issue));
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return [...schemaProblems, ...more(fields, parsed.yaml)];
}
