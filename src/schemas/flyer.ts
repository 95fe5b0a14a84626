import { z } from 'astro/zod';
import { entryBaseSchema } from './entry';
import { text } from './fields';

/** A printed flyer: its web version is the MDX body; print files come from the same source. */
export const flyerSchema = entryBaseSchema.extend({
  /** Headline rights printed on the front of the A5 flyer, each one short line with its article. */
  rights: z.array(text(200)).min(1, { error: 'list at least one right' }).max(8),
});
