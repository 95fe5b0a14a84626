/**
 * `npm run search:eval`: the relevance suite (tests/search/queries.json) against the built
 * search indexes in dist/, in Node, in about a second: the same pure pipeline the search page
 * runs (src/lib/search/query.ts), so editors and developers can see what a change does before
 * the browser suite (tests/e2e/search-relevance.spec.ts) confirms it. Prints precision@1 and
 * recall@3 per language and per set (tuned on / held out) and every miss.
 * `--verbose` prints the top three for every query.
 */
import { readFileSync } from 'node:fs';
import { readyIndex, runQuery } from '../src/lib/search/query';
import type { SearchIndex } from '../src/lib/search/search-index';
import { LOCALES } from '../src/lib/locales';
import { searchIndexPath } from '../src/lib/routes';
import { evaluate, type RelevanceQuery } from '../src/lib/search/relevance';

const verbose = process.argv.includes('--verbose');
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: RelevanceQuery[] };
let failed = false;
for (const locale of LOCALES) {
  const index = readyIndex(JSON.parse(readFileSync(`dist${searchIndexPath(locale)}`, 'utf8')) as SearchIndex);
  const slugs = (q: string) => runQuery(index, q).pages.map((page) => page.url.split('/').filter(Boolean).pop()!);
  const report = evaluate(
    queries.filter((q) => q.lang === locale),
    slugs,
  );
  for (const line of report.lines) console.log(line);
  if (verbose)
    for (const q of queries.filter((x) => x.lang === locale))
      console.log(`  ${locale} «${q.q}» → ${slugs(q.q).slice(0, 3).join(', ')}`);
  failed ||= !report.passed;
}
process.exitCode = failed ? 1 : 0;

/** `--explain kk "query"`: the query's terms and the top five pages with the fields each term matched. */
const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const locale = process.argv[explain + 1] as (typeof LOCALES)[number];
  const q = process.argv[explain + 2] ?? '';
  const source = JSON.parse(readFileSync(`dist${searchIndexPath(locale)}`, 'utf8')) as SearchIndex;
  const index = readyIndex(source);
  const result = runQuery(index, q);
  console.log(
    `«${q}» → terms ${[...result.terms].join(' ')}${result.corrected ? ` (corrected: ${result.corrected})` : ''}`,
  );
  for (const page of result.pages.slice(0, 5)) {
    const fields = (['t', 'k', 'a', 'b'] as const).map(
      (f) => `${f}:${[...result.terms].filter((t) => page[f].split(' ').includes(t)).join(',')}`,
    );
    console.log(`  ${page.url}  ${fields.join('  ')}`);
  }
}
