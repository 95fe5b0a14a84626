import type { z } from 'astro/zod';
import { ruleMessage, type Rule } from '../lib/content-messages';
import { PROVISION_PATTERN } from '../schemas/fields';

/**
 * Field builders for the web editor's configuration (Decap CMS, see cms-config.ts). Limits and
 * messages come from the collection schemas and the content check, so the form refuses a bad
 * value with the words `npm run check` would print, before a pull request is even opened.
 */

/** A Decap CMS field, the subset this project writes (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  /** `true`: translated per language; `'duplicate'`: one value copied into both files. */
  i18n?: boolean | 'duplicate';
  hint?: string;
  /** [regular expression, message shown when it does not match]. */
  pattern?: [string, string];
  default?: unknown;
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  types?: Array<{ name: string; label: string; widget: 'object'; fields: CmsField[] }>;
  typeKey?: string;
  collapsed?: boolean;
  summary?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  format?: string;
  picker_utc?: boolean;
  modes?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
}

/** The check's message for a rule in both languages, as one line for the form. */
export function formMessage(rule: Rule, values: Record<string, string>): string {
  const { ru, kk } = ruleMessage(rule, values);
  return `${ru} / ${kk}`;
}

/** Unwraps `.optional()` and `.default()` to the schema that holds the checks. */
function inner(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { _zod: { def: { innerType?: z.ZodType } } };
  while (current._zod.def.innerType) current = current._zod.def.innerType as typeof current;
  return current;
}

/** The most characters a text field of a schema takes (its `text(max)`). */
export function maxLengthOf(schema: z.ZodType): number {
  const max = (inner(schema) as z.ZodString).maxLength;
  if (typeof max !== 'number') throw new Error('the schema field has no maximum length');
  return max;
}

/** Whether the schema field may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** A line or a paragraph of text limited to the schema's length, refused with the check's words. */
export function textField(
  name: string,
  label: string,
  schema: z.ZodType,
  options: { multiline?: boolean; i18n?: CmsField['i18n']; hint?: string; path?: string } = {},
): CmsField {
  const max = maxLengthOf(schema);
  return {
    name,
    label,
    widget: options.multiline ? 'text' : 'string',
    required: !isOptional(schema),
    i18n: options.i18n ?? true,
    ...(options.hint ? { hint: options.hint } : {}),
    pattern: [`^[\\s\\S]{0,${max}}$`, formMessage('field-too-long', { field: options.path ?? name, max: String(max) })],
  };
}

/** A choice from a vocabulary (topics, acts, icons, entries), refused with the check's list. */
export function selectField(
  name: string,
  label: string,
  options: Array<{ label: string; value: string }>,
  extra: Partial<CmsField> = {},
): CmsField {
  return { name, label, widget: 'select', options, i18n: 'duplicate', ...extra };
}

/** A date as YYYY-MM-DD, stored as that text (the schema reads both text and YAML dates). */
export function dateField(name: string, label: string, extra: Partial<CmsField> = {}): CmsField {
  return {
    name,
    label,
    widget: 'datetime',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    format: 'YYYY-MM-DD',
    picker_utc: true,
    i18n: 'duplicate',
    ...extra,
  };
}

/** An article, part or point number as printed in the act. */
export function provisionField(name: string, label: string, required: boolean, path: string): CmsField {
  return {
    name,
    label,
    widget: 'string',
    required,
    i18n: 'duplicate',
    pattern: [PROVISION_PATTERN.source, formMessage('field-provision', { field: path })],
  };
}
