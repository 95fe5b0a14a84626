import { z } from 'astro/zod';
import { TOPIC_IDS } from '../data/topics';
import { RELATED_PATTERN } from '../lib/routes';
import { SLUG_PATTERN } from '../lib/content-path';
import { isoDate, text } from './fields';
import { lawReferenceSchema } from './law-reference';

/** Who checked the legal content and when; shown on the page only when present. */
export const legalReviewSchema = z.object({
  /** Name and role of the reviewer, e.g. "Е. Маликов, юрист". */
  by: text(120),
  /** When the review was done (YYYY-MM-DD). */
  date: isoDate(),
});

/**
 * Fields every published entry has, whatever its collection. The language is not here:
 * it is the entry's folder (`content/<collection>/<lang>/`).
 */
export const entryBaseSchema = z.object({
  /** The file name, written by the web editor into a new entry's Russian file; must equal the file's name. */
  slug: z.string().regex(SLUG_PATTERN).optional(),
  /** Page title in the entry's language: a question or a plain statement, at most 90 characters. */
  title: text(90),
  /** One or two sentences for search results, link previews and the list cards. */
  description: text(220),
  /** Topic ids from `src/data/topics.ts`; at least one. */
  topics: z
    .array(
      z.enum(TOPIC_IDS, {
        error: (issue) => `unknown topic ${JSON.stringify(issue.input)}; use one of: ${TOPIC_IDS.join(', ')}`,
      }),
      { error: 'expected a list, e.g. [return-exchange]' },
    )
    .min(1, { error: `add at least one of: ${TOPIC_IDS.join(', ')}` }),
  /** Citations of the law behind the entry's legal statements. */
  lawReferences: z.array(lawReferenceSchema, { error: 'expected a list of {act, article}' }).default([]),
  /** When the legal facts were last checked against the acts (YYYY-MM-DD). */
  checked: isoDate(),
  /** Optional record of a lawyer's review. */
  legalReview: legalReviewSchema.optional(),
  /** Everyday words people type when looking for this (e.g. «вернуть деньги», «ақша қайтару»). */
  keywords: z.array(text(60)).default([]),
  /** A draft is validated but not published. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  /** Related entries as `<collection>/<slug>`, e.g. `infographics/return-and-exchange`. */
  related: z
    .array(
      z.string().regex(RELATED_PATTERN, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} should look like "lifehacks/some-slug" (collection/file name)`,
      }),
    )
    .default([]),
});

const REQUIRED_LAW =
  'required for this collection; cite at least one provision, e.g. lawReferences: [{ act: consumer-protection-law, article: 30, point: 1 }]';

/** Entries that state the law (guides, infographics) must cite at least one provision. */
export const withRequiredLaw = <T extends typeof entryBaseSchema>(schema: T) =>
  schema.extend({
    /** Citations of the law; at least one for this collection. */
    lawReferences: z.array(lawReferenceSchema, { error: REQUIRED_LAW }).min(1, { error: REQUIRED_LAW }),
  });
