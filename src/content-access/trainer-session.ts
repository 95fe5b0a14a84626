import { localizedEntries, localizedEntry, type LocalizedEntry } from './entries';
import { carouselSlides, slideAlt } from './carousel';
import { slideReach } from './slide-reach';
import type { TopicQuiz } from './quizzes';
import { citation } from '../lib/law';
import { infographicSlidePath } from '../lib/routes';
import { useTranslations } from '../i18n';

/**
 * A topic's 45-minute session, as the trainer's page and the printed plan show it: six steps
 * with their minutes (pre-test, story, rule, slides, post-test, what to do next), the texts
 * from the quiz file's `session`, the slides of its infographics, and the flyers to hand out.
 */
export interface SessionStep {
  id: 'pretest' | 'story' | 'rule' | 'slides' | 'posttest' | 'next';
  minutes: number;
  title: string;
  /** What the trainer does. */
  text: string;
  /** What the trainer reads out (the story, the rule). */
  quote?: string | undefined;
  /** The questions to discuss after the slides. */
  list?: string[] | undefined;
}

export interface Slide {
  src: string;
  alt: string;
  /** The infographic's language: its own on a fallback. */
  lang: string;
}

export interface TrainerSession {
  steps: SessionStep[];
  slides: Slide[];
  infographics: LocalizedEntry<'infographics'>[];
  flyers: LocalizedEntry<'flyers'>[];
  /** The rule's citation as printed: «ст. 30, п. 1, Закон РК …». */
  law: string;
}

/** Minutes per step: together a school lesson of 45. */
export const SESSION_MINUTES = { pretest: 5, story: 5, rule: 5, slides: 15, posttest: 10, next: 5 } as const;

export async function trainerSession(quiz: TopicQuiz): Promise<TrainerSession> {
  const { locale, topic } = quiz;
  const t = useTranslations(locale);
  const { session } = quiz.entry.data;
  const file = `content/quizzes/${locale}/${topic}.mdx`;
  const infographics = await Promise.all(
    session.infographics.map(async (slug) => {
      const found = await localizedEntry('infographics', slug, locale);
      if (!found) throw new Error(`${file}: session.infographics: "${slug}" does not exist`);
      return found;
    }),
  );
  const slides: Slide[] = [];
  for (const item of infographics) {
    const language = item.contentLocale;
    const reach = await slideReach(language);
    carouselSlides(item.entry.data, language, reach).forEach((view, i) =>
      slides.push({ src: infographicSlidePath(language, item.slug, i + 1), alt: slideAlt(view), lang: language }),
    );
  }
  const allFlyers = await localizedEntries('flyers', locale);
  const onTopic = allFlyers.filter((item) => (item.entry.data.topics as string[]).includes(topic));
  const ruleLaw = citation(session.law, locale);
  const law = `${ruleLaw.pinpoint}, ${ruleLaw.act}`;
  const step = (id: SessionStep['id'], extra: Partial<SessionStep> = {}, values: Record<string, unknown> = {}) => ({
    id,
    minutes: SESSION_MINUTES[id],
    title: t(`trainers.step.${id}`),
    text: t(`trainers.step.${id}Text`, values),
    ...extra,
  });
  return {
    steps: [
      step('pretest'),
      step('story', { quote: session.story }),
      step('rule', { quote: `${session.rule} (${law})` }),
      step('slides', { list: session.discuss }, { count: slides.length }),
      step('posttest'),
      step('next'),
    ],
    slides,
    infographics,
    flyers: onTopic.length > 0 ? onTopic : allFlyers,
    law,
  };
}
