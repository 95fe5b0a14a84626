import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/content-path';
import { confidenceOf } from '../data/fact-confidence';
import { isoDate, ruleParams, text } from './fields';
import { lawReferenceSchema, type LawReference } from './law-reference';

/**
 * A self-check quiz, one per topic: `content/quizzes/<lang>/<topic>.mdx`, the file name being
 * the topic id. The frontmatter holds everything; the body is not shown. The same file gives
 * the trainer's session plan and the printed pre- and post-test.
 */

/** How many questions a quiz has: enough to cover a topic, few enough for five minutes on a phone. */
export const QUIZ_QUESTIONS = { min: 5, max: 8 } as const;
/** How many answers a question offers. */
export const QUIZ_ANSWERS = { min: 2, max: 4 } as const;

/** One answer a person can pick. */
export const quizAnswerSchema = z.object({
  /** The answer as the person reads it, at most 120 characters. */
  text: text(120),
  /** `true` on the one right answer of the question; left out on the others. */
  right: z.boolean({ error: 'expected true or false' }).default(false),
  /** One sentence shown when this answer is picked: why it is right or wrong, citing the act and article. */
  explanation: text(240),
});

/** One question: a situation from life and its answers. */
export const quizQuestionSchema = z.object({
  /** Latin words joined by hyphens, unique in the quiz and the same in both languages (the twins are matched by it). */
  id: z.string({ error: 'expected a name such as jacket-after-ten-days' }).regex(SLUG_PATTERN, {
    error: 'Latin lowercase words joined by hyphens, e.g. jacket-after-ten-days',
    ...ruleParams('quiz-question-id'),
  }),
  /** The situation and the question, as the question's legend, at most 300 characters. */
  situation: text(300),
  /** The provision the right answer rests on; the fact sheet must not mark it [R]. */
  law: lawReferenceSchema,
  /** The guide that explains the answer: a file name from content/lifehacks/<lang>/. */
  guide: z.string({ error: 'expected a guide file name' }).regex(SLUG_PATTERN, {
    error: 'a guide file name, e.g. return-within-14-days',
    ...ruleParams('quiz-guide-name'),
  }),
  /** The answers, in the order shown; exactly one has `right: true`. */
  answers: z
    .array(quizAnswerSchema, { error: 'expected a list of answers' })
    .min(QUIZ_ANSWERS.min)
    .max(QUIZ_ANSWERS.max),
});

/** The trainer's 45-minute session on the quiz's topic. */
export const quizSessionSchema = z.object({
  /** A story from life to open the session, two to four sentences. */
  story: text(500),
  /** The main rule in one or two plain sentences. */
  rule: text(300),
  /** The provision behind the rule. */
  law: lawReferenceSchema,
  /** Infographics (file names from content/infographics/<lang>/) whose slides the trainer shows, in order. */
  infographics: z
    .array(z.string().regex(SLUG_PATTERN, { error: 'an infographic file name, e.g. return-and-exchange' }))
    .min(1)
    .max(3),
  /** Questions the trainer puts to the group after the slides. */
  discuss: z.array(text(160)).min(1).max(3),
});

/** Whether the fact sheet marks a provision as recalled, not confirmed ([R]). */
export function unconfirmed(law: LawReference): boolean {
  return confidenceOf(law)?.mark === 'R';
}

export const quizSchema = z
  .object({
    /** The topic, written by the web editor into a new quiz's Russian file; must equal the file's name. */
    slug: z.string().regex(SLUG_PATTERN).optional(),
    /** The page title, e.g. «Проверьте себя: возврат и обмен». */
    title: text(90),
    /** One or two sentences for search results and link previews. */
    description: text(220),
    /** When the legal facts of the questions were last checked (YYYY-MM-DD). */
    checked: isoDate(),
    /** The session plan for trainers. */
    session: quizSessionSchema,
    /** The questions, in the order the page and the pre-test show them. */
    questions: z
      .array(quizQuestionSchema, { error: 'expected a list of questions' })
      .min(QUIZ_QUESTIONS.min)
      .max(QUIZ_QUESTIONS.max),
    /** A draft is validated but not published. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, q) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', q, 'id'],
          message: `question id "${question.id}" is used twice`,
          ...ruleParams('quiz-id-twice', { id: question.id }),
        });
      }
      seen.add(question.id);
      const right = question.answers.filter((answer) => answer.right).length;
      if (right !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', q, 'answers'],
          message: `exactly one answer must have right: true (found ${right})`,
          ...ruleParams('quiz-one-right', { found: right }),
        });
      }
      if (unconfirmed(question.law)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', q, 'law'],
          message: 'the fact sheet marks this provision [R] (not confirmed): it cannot carry a right answer',
          ...ruleParams('quiz-unconfirmed', { article: question.law.article }),
        });
      }
    });
    if (unconfirmed(quiz.session.law)) {
      ctx.addIssue({
        code: 'custom',
        path: ['session', 'law'],
        message: 'the fact sheet marks this provision [R] (not confirmed): it cannot carry the session rule',
        ...ruleParams('quiz-unconfirmed', { article: quiz.session.law.article }),
      });
    }
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
