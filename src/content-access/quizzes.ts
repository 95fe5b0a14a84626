import { getCollection, type CollectionEntry } from 'astro:content';
import { splitEntryId } from '../lib/content-path';
import { LOCALES, type Locale } from '../lib/locales';
import { TOPIC_IDS, type TopicId } from '../data/topics';

/**
 * The published quizzes of one language, one per topic, in the topics' order. The content
 * check makes sure each has its twin, so both languages list the same topics; a draft is
 * shown only in `astro dev`.
 */
export interface TopicQuiz {
  topic: TopicId;
  locale: Locale;
  entry: CollectionEntry<'quizzes'>;
}

const published = (entry: CollectionEntry<'quizzes'>): boolean => import.meta.env.DEV || !entry.data.draft;

export async function quizzesFor(locale: Locale): Promise<TopicQuiz[]> {
  const entries = await getCollection('quizzes', published);
  return entries
    .map((entry) => ({ ...splitEntryId(entry.id), entry }))
    .filter((quiz) => quiz.locale === locale && (TOPIC_IDS as readonly string[]).includes(quiz.slug))
    .map((quiz) => ({ topic: quiz.slug as TopicId, locale, entry: quiz.entry }))
    .sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic));
}

/** The quiz of a topic in one language, or undefined when the topic has none. */
export async function quizFor(locale: Locale, topic: string): Promise<TopicQuiz | undefined> {
  return (await quizzesFor(locale)).find((quiz) => quiz.topic === topic);
}

/** `getStaticPaths` of the pages made per quiz (the trainer's page, the slides): one per language and topic. */
export async function quizPagePaths() {
  const paths = [];
  for (const locale of LOCALES) {
    for (const quiz of await quizzesFor(locale))
      paths.push({ params: { lang: locale, topic: quiz.topic }, props: { quiz } });
  }
  return paths;
}
