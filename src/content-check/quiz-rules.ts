import { otherLocale, type Locale } from '../lib/locales';
import { TOPIC_IDS } from '../data/topics';
import { fieldLine } from './frontmatter';
import type { Problem } from './problem';

/**
 * The quiz rules that look beyond one file: the file is named after a topic, its guides and
 * infographics exist in its language, and its twin in the other language asks the same questions
 * (by id) in the same order, with the same provision, guide and right answer. The rules inside
 * one file (one right answer, no [R] provision) are the schema's (src/schemas/quiz.ts).
 */

/** The parts of a quiz's frontmatter these rules compare, read loosely: the schema reports malformed ones. */
interface LooseQuestion {
  id?: unknown;
  guide?: unknown;
  law?: { act?: unknown; article?: unknown; part?: unknown; point?: unknown; subpoint?: unknown };
  answers?: Array<{ right?: unknown }>;
}

function questionsOf(data: Record<string, unknown> | undefined): LooseQuestion[] {
  return Array.isArray(data?.['questions']) ? (data['questions'] as LooseQuestion[]) : [];
}

const lawText = (law: LooseQuestion['law']): string =>
  [law?.act, law?.article, law?.part, law?.point, law?.subpoint].map((v) => String(v ?? '')).join('/');
const rightAt = (q: LooseQuestion): number => (Array.isArray(q.answers) ? q.answers.findIndex((a) => a?.right) : -1);

export interface QuizFile {
  /** Path shown to editors, e.g. content/quizzes/ru/prices.mdx. */
  file: string;
  locale: Locale;
  slug: string;
  yaml: string;
  data: Record<string, unknown>;
}

/**
 * @param quiz the file being checked
 * @param twin the same quiz in the other language, or undefined when it is missing
 * @param exists whether `<collection>/<lang>/<slug>.mdx` is among the content files
 */
export function checkQuiz(
  quiz: QuizFile,
  twin: QuizFile | undefined,
  exists: (collection: string, locale: Locale, slug: string) => boolean,
  displayDir = 'content',
): Problem[] {
  const { file, yaml, data, locale } = quiz;
  const at = (path: PropertyKey[]) => {
    const line = fieldLine(yaml, path);
    return line === undefined ? {} : { line };
  };
  const problems: Problem[] = [];
  if (!(TOPIC_IDS as readonly string[]).includes(quiz.slug)) {
    problems.push({
      file,
      rule: 'quiz-topic-name',
      values: { name: quiz.slug, allowed: TOPIC_IDS.join(', ') },
      severity: 'error',
    });
  }
  const questions = questionsOf(data);
  questions.forEach((question, q) => {
    // A guide not yet translated still opens, in the other language (as `related` does).
    const guideFound = (slug: string) =>
      exists('lifehacks', locale, slug) || exists('lifehacks', otherLocale(locale), slug);
    if (typeof question?.guide === 'string' && !guideFound(question.guide)) {
      problems.push({
        file,
        ...at(['questions', q]),
        field: `questions.${q}.guide`,
        rule: 'quiz-unknown-guide',
        values: {
          field: `questions.${q}.guide`,
          slug: question.guide,
          path: `${displayDir}/lifehacks/${locale}/${question.guide}.mdx`,
        },
        severity: 'error',
      });
    }
  });
  const session = data['session'] as { infographics?: unknown } | undefined;
  const infographics = Array.isArray(session?.infographics) ? session.infographics : [];
  infographics.forEach((slug, i) => {
    if (
      typeof slug === 'string' &&
      !exists('infographics', locale, slug) &&
      !exists('infographics', otherLocale(locale), slug)
    ) {
      problems.push({
        file,
        ...at(['session', 'infographics']),
        field: `session.infographics.${i}`,
        rule: 'unknown-infographic',
        values: { field: `session.infographics.${i}`, slug },
        severity: 'error',
      });
    }
  });

  const twinFile = `${displayDir}/quizzes/${otherLocale(locale)}/${quiz.slug}.mdx`;
  if (!twin) {
    if (data['draft'] !== true) {
      problems.push({ file, rule: 'quiz-missing-twin', values: { twin: twinFile }, severity: 'error' });
    }
    return problems;
  }
  const ids = questions.map((q) => String(q?.id ?? '?'));
  const twinQuestions = questionsOf(twin.data);
  const twinIds = twinQuestions.map((q) => String(q?.id ?? '?'));
  if (ids.join(',') !== twinIds.join(',')) {
    problems.push({
      file,
      ...at(['questions']),
      field: 'questions',
      rule: 'quiz-twin-order',
      values: { twin: twinFile, here: ids.join(', '), there: twinIds.join(', ') },
      severity: 'error',
    });
    return problems;
  }
  questions.forEach((question, q) => {
    const other = twinQuestions[q]!;
    const differences = [
      lawText(question.law) !== lawText(other.law) ? `law ${lawText(question.law)} ≠ ${lawText(other.law)}` : '',
      question.guide !== other.guide ? `guide ${String(question.guide)} ≠ ${String(other.guide)}` : '',
      (question.answers?.length ?? 0) !== (other.answers?.length ?? 0)
        ? `answers ${question.answers?.length ?? 0} ≠ ${other.answers?.length ?? 0}`
        : '',
      rightAt(question) !== rightAt(other) ? `right: true ${rightAt(question) + 1} ≠ ${rightAt(other) + 1}` : '',
    ].filter(Boolean);
    if (differences.length > 0) {
      problems.push({
        file,
        ...at(['questions', q]),
        field: `questions.${q}`,
        rule: 'quiz-twin-differs',
        values: { id: String(question.id), twin: twinFile, what: differences.join('; ') },
        severity: 'error',
      });
    }
  });
  return problems;
}
