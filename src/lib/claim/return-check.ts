import { addDays, daysBetween } from './dates';

/**
 * "Can I return it?": the decision behind the checker, as data in, answer out. Sources: Law
 * «О защите прав потребителей» Art. 30 p.1 (non-food goods of proper quality: 14 calendar days;
 * the six kinds of goods that cannot be returned; proof other than a receipt), Art. 14
 * (exchange, money back when there is nothing to exchange for), Art. 30 (defective goods).
 * Counting: the 14 days start the day after the purchase, so a purchase on the 1st can be
 * returned up to and including the 15th — day 14 is in time, day 15 is not.
 */
export const GOODS_KINDS = ['food', 'non-food'] as const;
export const QUALITIES = ['proper', 'defective'] as const;
/** Art. 30 p.1 subpoints 1–6, then "none of these". */
export const CATEGORIES = [
  'medicines',
  'underwear',
  'hosiery',
  'animals-plants',
  'by-length',
  'phones',
  'other',
] as const;
export const PROOFS = ['receipt', 'other-proof', 'none'] as const;

export const RETURN_DAYS = 14;

export interface ReturnAnswers {
  goods?: (typeof GOODS_KINDS)[number] | undefined;
  quality?: (typeof QUALITIES)[number] | undefined;
  category?: (typeof CATEGORIES)[number] | undefined;
  /** Purchase date, YYYY-MM-DD. */
  bought?: string | undefined;
  proof?: (typeof PROOFS)[number] | undefined;
}

export type Question = 'goods' | 'quality' | 'category' | 'bought' | 'proof';

export type Verdict =
  /** Defective goods: the seller answers for defects; write a claim. */
  | 'defect'
  /** Food of proper quality: the 14-day rule is for non-food goods. */
  | 'food'
  /** One of the six kinds in Art. 30 p.1. */
  | 'excluded'
  /** More than 14 days ago. */
  | 'late'
  /** Bought in the future: a typo in the date. */
  | 'future'
  /** In time, with a receipt or other proof. */
  | 'yes'
  /** In time, but nothing proves the purchase yet. */
  | 'yes-prove-purchase';

export interface Outcome {
  verdict: Verdict;
  /** Days since the purchase, when the date was asked. */
  days?: number;
  /** Last day to return (inclusive), when the date was asked. */
  lastDay?: string;
  /** The articles behind the answer. */
  law: Array<{ article: string; point?: string; subpoint?: string }>;
  /** What the claim builder should be prefilled with, when a claim is the next step. */
  claim?: { demand: 'refund' | 'return-14-days'; bought?: string | undefined };
}

export type Step = { ask: Question } | { outcome: Outcome };

/** The next question to ask, or the answer once enough is known. `today` is YYYY-MM-DD. */
export function checkReturn(answers: ReturnAnswers, today: string): Step {
  if (!answers.goods) return { ask: 'goods' };
  if (!answers.quality) return { ask: 'quality' };
  if (answers.quality === 'defective') {
    return {
      outcome: {
        verdict: 'defect',
        law: [{ article: '30' }, { article: '42-4' }],
        claim: { demand: 'refund', bought: answers.bought },
      },
    };
  }
  if (answers.goods === 'food') return { outcome: { verdict: 'food', law: [{ article: '30', point: '1' }] } };
  if (!answers.category) return { ask: 'category' };
  if (answers.category !== 'other') {
    const subpoint = String(CATEGORIES.indexOf(answers.category) + 1);
    return { outcome: { verdict: 'excluded', law: [{ article: '30', point: '1', subpoint }] } };
  }
  if (!answers.bought) return { ask: 'bought' };
  const days = daysBetween(answers.bought, today);
  const lastDay = addDays(answers.bought, RETURN_DAYS);
  const law = [{ article: '30', point: '1' }, { article: '14' }];
  if (days < 0) return { outcome: { verdict: 'future', days, law } };
  if (days > RETURN_DAYS) return { outcome: { verdict: 'late', days, lastDay, law } };
  if (!answers.proof) return { ask: 'proof' };
  const claim = { demand: 'return-14-days' as const, bought: answers.bought };
  return {
    outcome: {
      verdict: answers.proof === 'none' ? 'yes-prove-purchase' : 'yes',
      days,
      lastDay,
      law: [...law, { article: '42-4' }],
      claim,
    },
  };
}

/**
 * The questions to show, in order: those already answered on the current path and the one
 * asked next. Changing an early answer (food → non-food) changes the path, so questions that
 * no longer apply disappear and their answers are ignored.
 */
export function visibleQuestions(answers: ReturnAnswers, today: string): { questions: Question[]; outcome?: Outcome } {
  const questions: Question[] = [];
  const known: ReturnAnswers = {};
  for (;;) {
    const step = checkReturn(known, today);
    if ('outcome' in step) return { questions, outcome: step.outcome };
    questions.push(step.ask);
    const answer = answers[step.ask];
    if (answer === undefined) return { questions };
    (known as Record<Question, string>)[step.ask] = answer;
  }
}
