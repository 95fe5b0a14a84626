import { z } from 'astro/zod';
import { ICON_IDS } from '../data/icons';
import { entryBaseSchema, withRequiredLaw } from './entry';
import { text } from './fields';

/** An icon name from the curated list in `src/data/icons.ts`. */
const icon = z.enum(ICON_IDS, {
  error: (issue) =>
    `unknown icon ${JSON.stringify(issue.input)}; use one of the names in src/data/icons.ts, e.g. receipt, calendar, store`,
});

const step = z.object({
  /** The step or stage in a few words. */
  title: text(80),
  /** One or two short sentences under the title. */
  text: text(240).optional(),
  /** A picture for the step (optional; the number is shown when absent). */
  icon: icon.optional(),
});

/** A checklist line: plain text, or `{ text, icon }` to give it its own picture. */
const item = z.union([text(160), z.object({ text: text(160), icon })], {
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
    z.object({ kind: z.literal('steps'), steps: z.array(step).min(2).max(7) }),
    /** A list of things to check or to have. */
    z.object({ kind: z.literal('checklist'), items: z.array(item).min(2).max(10) }),
    /** What to do and what not to do, side by side. */
    z.object({
      kind: z.literal('do-dont'),
      do: z.array(text(160)).min(1).max(6),
      dont: z.array(text(160)).min(1).max(6),
    }),
    /** Stages one above the other, each used when the one before did not help. */
    z.object({ kind: z.literal('ladder'), stages: z.array(step).min(2).max(5) }),
  ],
  { error: 'expected one of steps, checklist, do-dont, ladder' },
);

/** A key number shown large above the graphic, e.g. «14» «дней на возврат». */
const highlightSchema = z.object({
  /** The number or very short value, e.g. "14", "10", "6–30". */
  value: text(12),
  /** What the number means, in a few words. */
  label: text(60),
});

/** A schematic infographic: title, the graphic as data, and a short text in the MDX body. */
export const infographicSchema = withRequiredLaw(entryBaseSchema).extend({
  /** The infographic's main picture, shown in its header and on the shared image. */
  icon,
  /** Up to three key numbers shown large at the top (optional). */
  highlights: z.array(highlightSchema).max(3).default([]),
  /** The structured picture. */
  graphic: graphicSchema,
});

export type Graphic = z.infer<typeof graphicSchema>;
export type GraphicItem = z.infer<typeof item>;
export type Highlight = z.infer<typeof highlightSchema>;
