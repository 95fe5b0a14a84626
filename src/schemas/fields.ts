import { z } from 'astro/zod';

/**
 * Small field builders shared by the collection schemas. Every message tells an editor
 * what was expected, so a failed build reads as an instruction, not a stack trace. Messages
 * do not repeat the field name: Astro prints the field's path in front of each one.
 */

/** The rule a date issue carries in `params.rule` (see src/content-check/frontmatter.ts). */
export const FIELD_DATE = 'field-date';

/**
 * A rule of this project's own, for `.refine()` and `ctx.addIssue()`: the content check maps
 * `params.rule` (a key of src/lib/content-messages.ts) and the other params to its bilingual
 * message. The English `error` is for Astro's own output only.
 */
export const ruleParams = (rule: string, values: Record<string, string | number> = {}) => ({
  params: { rule, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) },
});

/** A required line of text, trimmed. */
export const text = (max = 300) =>
  z
    .string({ error: `expected text in quotes` })
    .trim()
    .min(1, { error: `must not be empty` })
    .max(max, { error: `at most ${max} characters` });

/**
 * A calendar date written as YYYY-MM-DD. YAML turns an unquoted `2026-01-15` into a Date,
 * a quoted one stays a string: both are accepted, anything else is rejected with an example.
 */
export const isoDate = () =>
  z.unknown().transform((value, ctx) => {
    const typed = typeof value === 'string' || value instanceof Date;
    const date = value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`);
    // Round-trip check: JavaScript rolls 2026-02-30 over to March; an editor meant a typo.
    const valid =
      typed &&
      !Number.isNaN(date.getTime()) &&
      (value instanceof Date || (/^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString().startsWith(value)));
    if (!valid) {
      // `params.rule` is what the content check maps to its bilingual message; the English
      // message is for Astro's own output, never parsed back.
      ctx.addIssue({
        code: 'custom',
        message: typed
          ? `"${String(value)}" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-15`
          : 'expected a date as YYYY-MM-DD, e.g. 2026-01-15',
        params: { rule: FIELD_DATE },
      });
      return z.NEVER;
    }
    return date;
  });

/** Digits with one optional hyphen: how the acts number articles, parts and points. */
export const PROVISION_PATTERN = /^\d+(?:-\d+)?$/;

/** An article, part or point number as printed in the act: "30", "42-4". */
export const provisionNumber = () =>
  z
    .union([z.string(), z.number()], { error: `expected a number such as 30 or "42-4"` })
    .transform((value) => String(value).trim())
    .refine((value) => PROVISION_PATTERN.test(value), {
      error: `expected a number such as 30 or "42-4" (digits, one optional hyphen)`,
      ...ruleParams('field-provision'),
    });

/**
 * A collection schema that reads a field left empty (`related:` with nothing after it, or the
 * `null` the web editor writes for an unset one-value-for-both field) as a field left out, so
 * its default applies instead of an error about a value nobody typed.
 */
export const withoutEmptyFields = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (data) =>
      data && typeof data === 'object' && !Array.isArray(data)
        ? Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null))
        : data,
    schema,
  );
