import { z } from 'astro/zod';
import { entryBaseSchema, withRequiredLaw } from './entry';
import { text } from './fields';

const step = z.object({
  /** The step or stage in a few words. */
  title: text(80),
  /** One or two short sentences under the title. */
  text: text(240).optional(),
});

/**
 * The picture as data, so it renders as real text (searchable, translatable, readable by
 * screen readers) instead of an image of text. `kind` picks the layout.
 */
export const graphicSchema = z.discriminatedUnion(
  'kind',
  [
    /** Numbered steps, read top to bottom. */
    z.object({ kind: z.literal('steps'), steps: z.array(step).min(2).max(8) }),
    /** A list of things to check or to have. */
    z.object({ kind: z.literal('checklist'), items: z.array(text(160)).min(2).max(12) }),
    /** What to do and what not to do, side by side. */
    z.object({
      kind: z.literal('do-dont'),
      do: z.array(text(160)).min(1).max(8),
      dont: z.array(text(160)).min(1).max(8),
    }),
    /** Stages one above the other, each used when the one before did not help. */
    z.object({ kind: z.literal('ladder'), stages: z.array(step).min(2).max(5) }),
  ],
  { error: 'expected one of steps, checklist, do-dont, ladder' },
);

/** A schematic infographic: title, the graphic as data, and a short text in the MDX body. */
export const infographicSchema = withRequiredLaw(entryBaseSchema).extend({
  /** The structured picture. */
  graphic: graphicSchema,
});

export type Graphic = z.infer<typeof graphicSchema>;
