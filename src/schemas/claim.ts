import { z } from 'astro/zod';
import { REGIONS } from '../lib/claim/claim';
import { isoDate, ruleParams, text } from './fields';

/**
 * Where the claim builder sends a reader whose seller did not answer or refused
 * (content/claim/<lang>/authorities.yaml): the regional Department of Trade and Consumer
 * Protection. Only what is confirmed: a contact the fact sheet does not confirm is not written
 * here; `howToReach` says where to find it instead.
 */
export const authoritySchema = z.object({
  /** The region it serves: turkestan or shymkent. */
  region: z.enum(REGIONS, { error: `expected one of: ${REGIONS.join(', ')}` }),
  /** Its name, e.g. «Департамент торговли и защиты прав потребителей Туркестанской области». */
  name: text(160),
  /** The complaint's first line, as the language addresses it: «В Департамент …» / «… департаментіне». */
  addressee: text(200),
  /** How to reach it when its own address or phone is not confirmed: eOtinish, eGov, gov.kz. */
  howToReach: text(400),
  /** When these lines were last checked (YYYY-MM-DD). */
  checked: isoDate(),
});

/** One entry per region, each region once. */
export const authoritiesSchema = z
  .array(authoritySchema, {
    error: 'expected a list of "- region: … / name: … / addressee: … / howToReach: … / checked: …" items',
  })
  .min(1, { error: 'list at least one authority' })
  .refine((list) => new Set(list.map((a) => a.region)).size === list.length, {
    error: 'each region once',
    ...ruleParams('region-twice'),
  });

export type AuthorityEntry = z.infer<typeof authoritySchema>;
