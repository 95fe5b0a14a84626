import { z } from 'astro/zod';
import { ACT_IDS } from '../data/acts';
import { provisionNumber } from './fields';

/** One citation of the law: the act, then article and optionally part, point and subpoint. */
export const lawReferenceSchema = z.object({
  /** Which act, by id from `src/data/acts.ts` (e.g. `consumer-protection-law`). */
  act: z.enum(ACT_IDS, {
    error: (issue) =>
      `unknown act ${JSON.stringify(issue.input)}; use one of: ${ACT_IDS.join(', ')} (or add it to src/data/acts.ts)`,
  }),
  /** Article number as in the act: 30, "42-4". */
  article: provisionNumber(),
  /** Part of the article ("часть" / "бөлік"), used by the codes. */
  part: provisionNumber().optional(),
  /** Point of the article ("пункт" / "тармақ"). */
  point: provisionNumber().optional(),
  /** Subpoint ("подпункт" / "тармақша"). */
  subpoint: provisionNumber().optional(),
});

export type LawReference = z.infer<typeof lawReferenceSchema>;
