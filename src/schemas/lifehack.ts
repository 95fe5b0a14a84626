import { entryBaseSchema, withRequiredLaw } from './entry';
import { text } from './fields';

/** A short practical guide ("lifehack"): the answer first, then steps in the MDX body. */
export const lifehackSchema = withRequiredLaw(entryBaseSchema).extend({
  /** The whole answer in one plain sentence, shown first in a highlighted box. */
  answer: text(280),
});
