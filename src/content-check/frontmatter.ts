import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problem';
import { splitFrontmatter } from '../lib/frontmatter';
import { FIELD_DATE } from '../schemas/fields';

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

/** Turns a schema issue into a problem with a message editors can act on. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function toProblem(file: string, frontmatter: string, data: unknown, issue: Issue): Problem {
  const field = issue.path.map(String).join('.');
  const base = { file, field, line: fieldLine(frontmatter, issue.path), severity: 'error' as const };
  const input = valueAt(data, issue.path);
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
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { ...base, rule: 'field-too-long', values: { field, max: String(issue.maximum) } };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return { ...base, rule: 'field-unknown-value', values: { field, value: JSON.stringify(input ?? ''), allowed } };
  }
  return { ...base, rule: 'field-invalid', values: { field, detail: issue.message } };
}

/**
 * Parses and validates the frontmatter; problems name the field and its line. `more` adds
 * rules that look at several fields or at the text as written (dates, amounts).
 */
export function checkFrontmatter(
  file: string,
  source: string,
  schema: z.ZodType,
  more: (data: Record<string, unknown>, yamlText: string) => Problem[] = () => [],
): Problem[] {
  const parts = splitFrontmatter(source);
  if (!parts) return [{ file, line: 1, rule: 'no-frontmatter', severity: 'error' }];
  let data: unknown;
  try {
    // CORE_SCHEMA leaves dates as the text the editor typed: the default schema would turn an
    // unquoted 2026-13-45 into 14 February 2027 and the mistake would pass unseen.
    data = yaml.load(parts.yaml, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return [
      {
        file,
        line: mark ? mark.line + 2 : 2,
        rule: 'yaml',
        values: { detail: (error as Error).message.split('\n')[0]! },
        severity: 'error',
      },
    ];
  }
  const result = schema.safeParse(data ?? {});
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => toProblem(file, parts.yaml, data, issue));
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return [...schemaProblems, ...more(fields, parts.yaml)];
}
