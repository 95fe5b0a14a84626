import { entryBaseSchema, withRequiredLaw } from './entry';
import { ruleParams, text } from './fields';
import { MAX_ANSWER_WORDS, countWords } from '../lib/answer';

/** A short practical guide ("lifehack"): the answer first, then steps in the MDX body. */
export const lifehackSchema = withRequiredLaw(entryBaseSchema).extend({
  /** The whole answer in one plain sentence, at most 25 words with its citation: it must fit the first screen of a phone. */
  answer: text(280).superRefine((answer, ctx) => {
    const words = countWords(answer);
    if (words <= MAX_ANSWER_WORDS) return;
    ctx.addIssue({
      code: 'custom',
      message: `at most ${MAX_ANSWER_WORDS} words, so it fits a phone's first screen (now ${words}); keep the yes/no, the first step and the article, move the rest to the text`,
      ...ruleParams('answer-too-long', { max: MAX_ANSWER_WORDS, words }),
    });
  }),
});
