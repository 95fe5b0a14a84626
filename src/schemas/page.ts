import { z } from 'astro/zod';
import { isoDate, text } from './fields';
import { SLUG_PATTERN } from '../lib/content-path';

/** A standalone page of the section (about the project, disclaimer): no topics or law required. */
export const pageSchema = z.object({
  /** The file name, written by the web editor into a new page's Russian file; must equal the file's name. */
  slug: z.string().regex(SLUG_PATTERN).optional(),
  /** Page title in the page's language. */
  title: text(90),
  /** One or two sentences for search results and link previews. */
  description: text(220),
  /** When the text was last checked (YYYY-MM-DD). */
  checked: isoDate(),
  /** Show a highlighted link to this page at the top of the section home (e.g. "Your rights in 60 seconds"). */
  homeCard: z.boolean({ error: 'expected true or false' }).default(false),
  /** A draft is validated but not published. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});
