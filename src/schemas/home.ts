import { z } from 'astro/zod';
import { text } from './fields';
import { pageRef } from './search';

/** One situation on the section home's first screen (content/home/<lang>/situations.yaml). */
export const situationSchema = z.object({
  /** What happened, in the reader's words: «Вещь не подошла». Short: it is a large button. */
  label: text(60),
  /** Where it leads, named as in the search files: lifehacks/<slug>, claim, offices, … */
  page: pageRef(),
});

/** The situations, in screen order: six to eight fit the first screen of a phone. */
export const situationsSchema = z
  .array(situationSchema, { error: 'expected a list of "- label: … / page: …" items' })
  .min(1, { error: 'list at least one situation' })
  .max(8, { error: 'at most 8 situations: more do not fit the first screen of a phone' });
