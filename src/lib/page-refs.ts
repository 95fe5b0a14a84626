import type { Locale } from './locales';
import {
  canIReturnPath,
  claimPath,
  entryPath,
  isEntryCollection,
  officesPath,
  pagePath,
  quizIndexPath,
  quizPath,
  topicPath,
  trainerTopicPath,
  trainersPath,
} from './routes';

/**
 * How editors name a page in the search files (content/search/<lang>/*.yaml): the tools by
 * name (`claim`, `can-i-return`, `offices`), an entry as in `related` (`lifehacks/<slug>`), a
 * standalone page (`pages/<slug>`), a topic (`topics/<id>`), the quizzes (`quiz`, `quiz/<topic>`) or
 * the trainers' kit (`trainers`, `trainers/<topic>`). Returns the page's path, or
 * undefined when the name has none of these shapes (the check then names the line).
 */
export const TOOL_PAGES = {
  claim: claimPath,
  'can-i-return': canIReturnPath,
  offices: officesPath,
  quiz: quizIndexPath,
  trainers: trainersPath,
} as const satisfies Record<string, (locale: Locale) => string>;
export type ToolPage = keyof typeof TOOL_PAGES;

export const isToolPage = (ref: string): ref is ToolPage => ref in TOOL_PAGES;

export function pageRefPath(locale: Locale, ref: string): string | undefined {
  if (isToolPage(ref)) return TOOL_PAGES[ref](locale);
  const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(ref);
  if (!match) return undefined;
  const [, section, slug] = match as unknown as [string, string, string];
  if (section === 'pages') return pagePath(locale, slug);
  if (section === 'topics') return topicPath(locale, slug);
  if (section === 'quiz') return quizPath(locale, slug);
  if (section === 'trainers') return trainerTopicPath(locale, slug);
  if (isEntryCollection(section)) return entryPath(locale, section, slug);
  return undefined;
}
