import { z } from 'astro/zod';
import { ICON_IDS } from '../data/icons';
import { entryBaseSchema, withRequiredLaw } from './entry';
import { ruleParams, text } from './fields';
import type { GraphicShape } from '../lib/video/graphic-lines';

/** An icon name from the curated list in `src/data/icons.ts`. */
export const iconSchema = z.enum(ICON_IDS, {
  error: (issue) =>
    `unknown icon ${JSON.stringify(issue.input)}; use one of the names in src/data/icons.ts, e.g. receipt, calendar, store`,
});

export const graphicStepSchema = z.object({
  /** The step or stage in a few words. */
  title: text(80),
  /** One or two short sentences under the title. */
  text: text(240).optional(),
  /** A picture for the step (optional; the number is shown when absent). */
  icon: iconSchema.optional(),
});

/** A checklist line written as `{ text, icon }` (the web editor writes this form; icon optional). */
export const checklistItemSchema = z.object({
  /** The line. */
  text: text(160),
  /** Its own picture; the checklist's mark when absent. */
  icon: iconSchema.optional(),
});

/** A checklist line: plain text, or `{ text, icon }` to give it its own picture. */
const item = z.union([text(160), checklistItemSchema], {
  error: 'expected a text or { text: "…", icon: receipt }',
});

/**
 * The picture as data, so it renders as real text (searchable, translatable, readable by
 * screen readers) instead of an image of text. `kind` picks the layout.
 */
export const graphicSchema = z.discriminatedUnion(
  'kind',
  [
    /** Numbered steps, read top to bottom. */
    z.object({ kind: z.literal('steps'), steps: z.array(graphicStepSchema).min(2).max(7) }),
    /** A list of things to check or to have. */
    z.object({ kind: z.literal('checklist'), items: z.array(item).min(2).max(10) }),
    /** What to do and what not to do, side by side. */
    z.object({
      kind: z.literal('do-dont'),
      do: z.array(text(160)).min(1).max(6),
      dont: z.array(text(160)).min(1).max(6),
    }),
    /** Stages one above the other, each used when the one before did not help. */
    z.object({ kind: z.literal('ladder'), stages: z.array(graphicStepSchema).min(2).max(5) }),
  ],
  { error: 'expected one of steps, checklist, do-dont, ladder' },
);

/** An amount in МРП: a list of one value or two (a range), e.g. [2] or [6, 30]. */
const mrpAmount = z
  .array(
    z
      .number({ error: 'expected numbers of МРП, e.g. [6, 30]' })
      .positive({ error: 'expected a positive number of МРП' }),
    {
      error: 'expected a list of one or two numbers of МРП, e.g. [6, 30]',
    },
  )
  .min(1, { error: 'give one amount, e.g. [2], or a range, e.g. [6, 30]' })
  .max(2, { error: 'give one amount, e.g. [2], or a range, e.g. [6, 30]' });

/**
 * A key number shown large above the graphic, e.g. «14» «дней на возврат». A fine is given
 * in МРП (`mrp: [6, 30]`): the site prints «6–30 МРП» and the tenge for the year of the build.
 */
export const highlightSchema = z
  .object({
    /** The number or very short value, e.g. "14", "10"; not an amount of money. */
    value: text(12).optional(),
    /** A fine in МРП instead of a value: one amount or a range, e.g. [6, 30]. */
    mrp: mrpAmount.optional(),
    /** What the number means, in a few words. */
    label: text(60),
  })
  .refine((h) => (h.value === undefined) !== (h.mrp === undefined), {
    error: 'give either value (e.g. value: "14") or mrp (e.g. mrp: [6, 30]), not both',
    path: ['value'],
    ...ruleParams('highlight-value-or-mrp'),
  });

/** A schematic infographic: title, the graphic as data, and a short text in the MDX body. */
export const infographicSchema = withRequiredLaw(entryBaseSchema).extend({
  /** The infographic's main picture, shown in its header and on the shared image. */
  icon: iconSchema,
  /** Up to three key numbers shown large at the top (optional). */
  highlights: z.array(highlightSchema).max(3).default([]),
  /** The structured picture. */
  graphic: graphicSchema,
});

export type Graphic = z.infer<typeof graphicSchema>;
/** Compile-time check: the video's infographic lines (src/lib/video/graphic-lines.ts) read this shape. */
export type GraphicFitsLines = Graphic extends GraphicShape ? true : never;
const graphicFitsLines: GraphicFitsLines = true;
void graphicFitsLines;
export type GraphicItem = z.infer<typeof item>;
export type Highlight = z.infer<typeof highlightSchema>;
