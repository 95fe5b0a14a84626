import type { CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import {
  ENTRY_COLLECTIONS,
  entryPath,
  pagePath,
  quizPath,
  topicPath,
  trainerTopicPath,
  type EntryCollection,
} from '../lib/routes';
import type { Locale } from '../lib/locales';
import { TOOL_PAGES, pageRefPath, type ToolPage } from '../lib/page-refs';
import type { BestBetSource, SearchSource } from '../lib/search/search-index';
import { TOPIC_IDS, topicLabel } from '../data/topics';
import { useTranslations } from '../i18n';
import { bestBetsSchema, pageKeywordsSchema } from '../schemas/search';
import { CONTENT_DIR } from '../site.config';
import { localizedEntries } from './entries';
import { withTopic } from './sections';
import { quizzesFor } from './quizzes';
import { readDataFile, type DataFile } from './data-files-fs';
import { currentAmountsYear, videoTagContext } from './amounts-year';
import { expandTags, fillBodyTags } from '../lib/value-tags';

/**
 * Every page a citizen could want, described to the search index in typed fields: the four
 * collections' entries, the standalone pages, the tools (claim builder, "Can I return it?",
 * the free lawyer) and the topic pages. Text comes from typed fields (titles, steps, items,
 * scenes, the MDX body without markup), never from serialised data.
 */

/** The MDX body as words: tags and link targets removed, link texts kept. */
const plainBody = (body: string | undefined) => (body ?? '').replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');

/** What an entry says beyond its title, answer and keywords, from its own typed fields. */
const MRP_WORD: Record<Locale, string> = { ru: 'МРП', kk: 'АЕК' };

function entryBody(entry: CollectionEntry<EntryCollection>, locale: Locale): string[] {
  const parts = [entry.data.description];
  if (entry.collection === 'flyers') parts.push(...entry.data.rights.map((right) => right.text));
  if (entry.collection === 'infographics') {
    const { graphic, highlights } = entry.data;
    parts.push(...highlights.map((h) => `${h.value ?? `${h.mrp!.join('–')} ${MRP_WORD[locale]}`} ${h.label}`));
    if (graphic.kind === 'steps') parts.push(...graphic.steps.flatMap((s) => [s.title, s.text ?? '']));
    if (graphic.kind === 'ladder') parts.push(...graphic.stages.flatMap((s) => [s.title, s.text ?? '']));
    if (graphic.kind === 'checklist') parts.push(...graphic.items.map((i) => (typeof i === 'string' ? i : i.text)));
    if (graphic.kind === 'do-dont') parts.push(...graphic.do, ...graphic.dont);
  }
  if (entry.collection === 'videos') {
    const tags = videoTagContext(locale, entry.data.checked);
    parts.push(...(entry.data.scenes ?? []).flatMap((s) => [s.heading, expandTags(s.text, tags)]));
  }
  // The body as it reads on the page: fines with their tenge, dates written out.
  parts.push(
    plainBody(fillBodyTags(entry.body ?? '', { locale, checked: entry.data.checked, year: currentAmountsYear() })),
  );
  return parts;
}

/** An editors' YAML file, validated; a broken one stops the build naming the file (npm run check names the line). */
export function dataFile<T>(
  locale: Locale,
  file: DataFile,
  parse: (
    data: unknown,
  ) =>
    { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
  empty: T,
): T {
  const raw = readDataFile(CONTENT_DIR, locale, file);
  if (raw.data === undefined) return empty;
  const result = parse(raw.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AstroError(
      `content/${raw.path}: ${issue.path.map(String).join('.') || 'file'}: ${issue.message}`,
      'Run `npm run check`: it names the line to fix, in Russian and Kazakh.',
    );
  }
  return result.data;
}

export const bestBetSources = (locale: Locale): BestBetSource[] =>
  dataFile(locale, 'best-bets', (d) => bestBetsSchema.safeParse(d), []).map(({ query, page }) => {
    const url = pageRefPath(locale, page);
    if (!url)
      throw new AstroError(
        `content/search/${locale}/best-bets.yaml: «${query}»: unknown page "${page}"`,
        'Run `npm run check`.',
      );
    return { query, url };
  });

export async function searchSources(locale: Locale): Promise<SearchSource[]> {
  const t = useTranslations(locale);
  const keywords = dataFile(locale, 'pages', (d) => pageKeywordsSchema.safeParse(d), {});
  const sources: SearchSource[] = [];
  const entries = (await Promise.all(ENTRY_COLLECTIONS.map((c) => localizedEntries(c, locale))))
    .flat()
    .filter((item) => !item.isFallback);
  for (const item of entries) {
    const { data } = item.entry;
    const answer = item.entry.collection === 'lifehacks' ? item.entry.data.answer : data.description;
    sources.push({
      url: entryPath(locale, item.collection, item.slug),
      title: data.title,
      type: t(`collection.${item.collection}.type`),
      kind: item.collection,
      excerpt: answer,
      keywords: data.keywords,
      answer,
      body: entryBody(item.entry, item.contentLocale).join(' \n '),
    });
  }
  for (const item of (await localizedEntries('pages', locale)).filter((page) => !page.isFallback)) {
    sources.push({
      url: pagePath(locale, item.slug),
      title: item.entry.data.title,
      type: t('search.kind.page'),
      kind: 'page',
      excerpt: item.entry.data.description,
      keywords: keywords[`pages/${item.slug}`] ?? [],
      answer: item.entry.data.description,
      body: plainBody(item.entry.body),
    });
  }
  const tools: Record<ToolPage, { title: string; description: string }> = {
    claim: { title: t('claim.title'), description: t('claim.description') },
    'can-i-return': { title: t('check.title'), description: t('check.description') },
    offices: { title: t('offices.title'), description: t('offices.intro') },
    quiz: { title: t('quiz.section'), description: t('quiz.sectionLead') },
    trainers: { title: t('trainers.title'), description: t('trainers.description') },
  };
  const kindOf = (tool: ToolPage) =>
    tool === 'offices'
      ? ({ type: t('search.kind.lawyer'), kind: 'tool' } as const)
      : tool === 'quiz' || tool === 'trainers'
        ? ({ type: t('search.kind.learn'), kind: 'learn' } as const)
        : ({ type: t('search.kind.tool'), kind: 'tool' } as const);
  for (const [tool, { title, description }] of Object.entries(tools) as Array<
    [ToolPage, { title: string; description: string }]
  >) {
    sources.push({
      url: TOOL_PAGES[tool](locale),
      title,
      ...kindOf(tool),
      excerpt: description,
      keywords: keywords[tool] ?? [],
      answer: description,
      body: '',
    });
  }
  for (const topic of TOPIC_IDS) {
    const items = withTopic(entries, topic);
    if (items.length === 0) continue;
    const label = topicLabel(topic, locale);
    sources.push({
      url: topicPath(locale, topic),
      title: label,
      type: t('search.kind.topic'),
      kind: 'topic',
      excerpt: items
        .map((item) => item.entry.data.title)
        .slice(0, 3)
        .join(' · '),
      keywords: keywords[`topics/${topic}`] ?? [],
      answer: label,
      body: items.map((item) => item.entry.data.title).join(' \n '),
    });
  }
  // A topic's quiz and its trainer's session: found by their titles and the topic's name. They do
  // not carry the questions' situations nor the words of «тест» / «тренинг»: a person who describes
  // a broken kettle needs the guide, and one who asks for «тест» or «тренинг» gets the list first.
  for (const { topic, entry } of await quizzesFor(locale)) {
    const { title, description } = entry.data;
    const label = topicLabel(topic, locale);
    sources.push({
      url: quizPath(locale, topic),
      title,
      type: t('search.kind.learn'),
      kind: 'learn',
      excerpt: description,
      keywords: [...(keywords[`quiz/${topic}`] ?? []), label],
      answer: description,
      body: '',
    });
    sources.push({
      url: trainerTopicPath(locale, topic),
      title: t('trainers.topicTitle', { topic: label }),
      type: t('search.kind.learn'),
      kind: 'learn',
      excerpt: t('trainers.description'),
      keywords: [...(keywords[`trainers/${topic}`] ?? []), label],
      // The kit's general description stays on the list page: here it would outrank the tools.
      answer: '',
      body: '',
    });
  }
  return sources;
}
