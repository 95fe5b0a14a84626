import { z } from 'astro/zod';
import { ruleParams, text } from './fields';

/**
 * The editors' search files, one pair per language under content/search/<lang>/. Page names
 * follow src/lib/page-refs.ts: `claim`, `can-i-return`, `offices`, `lifehacks/<slug>`,
 * `pages/<slug>`, `topics/<id>`.
 */

/** A page name as editors write it; whether the page exists is checked against the content. */
export const pageRef = () =>
  text(80).refine((name) => /^[a-z0-9/-]+$/.test(name), {
    error: 'expected a page name such as "claim" or "lifehacks/keep-your-receipt"',
    ...ruleParams('page-name'),
  });

/** One pin of best-bets.yaml. */
export const bestBetSchema = z.object({
  /** The query as people type it; word order and word forms do not matter. */
  query: text(100),
  /** The page it must land on. */
  page: pageRef(),
});

/** best-bets.yaml: queries that must always land on one page, first. */
export const bestBetsSchema = z.array(bestBetSchema, { error: 'expected a list of "- query: … / page: …" items' });

/** pages.yaml: what people call the pages that are not articles (tools, topics, standalone pages). */
export const pageKeywordsSchema = z.record(
  pageRef(),
  z.array(text(60)).min(1, { error: 'give at least one keyword' }),
  {
    error: 'expected page names, each with a list of keywords',
  },
);

export type BestBets = z.infer<typeof bestBetsSchema>;
export type PageKeywords = z.infer<typeof pageKeywordsSchema>;
