import { z } from 'astro/zod';
import { entryBaseSchema } from './entry';
import { text } from './fields';
import { highlightSchema, iconSchema } from './infographic';

/** A right printed on the front of the flyer, written as `{ text, icon }` (the web editor writes this form). */
export const flyerRightSchema = z.object({
  /** The right in one short line, with its article. */
  text: text(200),
  /** Its picture on the printed flyer; a check mark when absent. */
  icon: iconSchema.optional(),
});

/** A right: plain text, or `{ text, icon }` to give it its own picture; pages always get `{ text, icon? }`. */
const right = z
  .union([text(200), flyerRightSchema], {
    error: 'expected a text or { text: "…", icon: receipt }',
  })
  .transform((r) => (typeof r === 'string' ? { text: r } : r));

/** A printed flyer: its web version is the MDX body; print files come from the same source. */
export const flyerSchema = entryBaseSchema.extend({
  /** Up to three key numbers printed large on the front, e.g. «14» «дней на возврат» (optional). */
  highlights: z.array(highlightSchema).max(3).default([]),
  /** Headline rights printed on the front of the A5 flyer, each one short line with its article. */
  rights: z.array(right).min(1, { error: 'list at least one right' }).max(8),
});

export type FlyerRight = z.output<typeof right>;
