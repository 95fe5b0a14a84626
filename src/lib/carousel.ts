/**
 * Plans an infographic's Instagram carousel: which text goes on which 1080×1350 slide. One
 * idea per slide, at most `SLIDE_WORDS` words, so the type can be large (40 px body, 64 px
 * headings). Pure: the render page draws the plan (src/components/render/CarouselSlides.astro),
 * the infographic page lists the files, and the content check reports what cannot fit.
 */

/** Words a slide may carry, counting every visible word: heading, number, label and text. */
export const SLIDE_WORDS = 35;
/** Instagram takes up to 20 pictures in one post. */
export const MAX_SLIDES = 20;

/** A word: a run of non-spaces with at least one letter or digit («ст.», «30», «WhatsApp»; not «—» or «·»). */
export const countWords = (text: string): number =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/**
 * Splits a text into sentences: after «.», «!», «?» or «…» followed by a space and a capital
 * letter (or an opening quote or bracket before one). «ст. 30 п. 1» stays whole, because a
 * digit or a small letter follows each of its full stops.
 */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+(?=[«"(]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The pieces a step's text may be split into for slides of `budget` words: its sentences, and a
 * sentence longer than that at its semicolons («…бизнеса; за повтор…»).
 */
export const textPieces = (text: string, budget: number): string[] =>
  sentences(text).flatMap((sentence) =>
    countWords(sentence) > budget ? sentence.split(/(?<=;)\s+/).filter(Boolean) : [sentence],
  );

/** The shape of an infographic the plan reads (the schema's `graphic`, loosely typed). */
export interface CarouselSource {
  title: string;
  highlights: ReadonlyArray<unknown>;
  graphic:
    | { kind: 'steps'; steps: ReadonlyArray<{ title: string; text?: string | undefined }> }
    | { kind: 'ladder'; stages: ReadonlyArray<{ title: string; text?: string | undefined }> }
    | { kind: 'checklist'; items: ReadonlyArray<string | { text: string }> }
    | { kind: 'do-dont'; do: ReadonlyArray<string>; dont: ReadonlyArray<string> };
}

/** The words a slide adds around the content, in the slide's language. */
export interface SlideLabels {
  /** The label over a ladder's stage, e.g. «Ступень 2». */
  stage: (n: number) => string;
  /** Headings of the do and don't slides. */
  do: string;
  dont: string;
}

export type Slide =
  /** Brand, title, icon and the first key number. */
  | { kind: 'cover' }
  /** The other key numbers (the second and third highlight). */
  | { kind: 'numbers' }
  /** One step or stage (index `step`), or part of its text when it is long: the sentences shown. */
  | { kind: 'step'; step: number; sentences: string[]; part: number; parts: number }
  /** Checklist lines or do/don't lines, by index, under one heading. */
  | { kind: 'items'; group: 'check' | 'do' | 'dont'; items: number[] }
  /** The free lawyer's phone and WhatsApp, and the section's address. */
  | { kind: 'contact' };

/** Something that cannot go on a slide: the frontmatter path of the text, what is counted, the count and the limit. */
export interface SlideProblem {
  path: Array<string | number>;
  /** `words`: one text with its heading is longer than a slide; `slides`: more slides than Instagram takes. */
  kind: 'words' | 'slides';
  count: number;
  limit: number;
}

export interface CarouselPlan {
  slides: Slide[];
  problems: SlideProblem[];
}

/** A checklist line's text, whether written as text or as `{ text, icon }`. */
export const itemText = (item: string | { text: string }): string => (typeof item === 'string' ? item : item.text);

/**
 * Packs texts in order into groups of at most `budget` words; a text longer than the budget
 * alone is reported through `tooLong` and still gets its own group.
 */
function pack<T>(texts: T[], words: (t: T) => number, budget: number, tooLong: (t: T, n: number) => void): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const text of texts) {
    const n = words(text);
    if (n > budget) tooLong(text, n);
    if (current.length > 0 && used + n > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(text);
    used += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The slides of one infographic in one language. */
export function planCarousel(source: CarouselSource, labels: SlideLabels): CarouselPlan {
  const problems: SlideProblem[] = [];
  const slides: Slide[] = [{ kind: 'cover' }];
  if (source.highlights.length > 1) slides.push({ kind: 'numbers' });
  const { graphic } = source;

  if (graphic.kind === 'steps' || graphic.kind === 'ladder') {
    const field = graphic.kind === 'steps' ? 'steps' : 'stages';
    const steps = graphic.kind === 'steps' ? graphic.steps : graphic.stages;
    steps.forEach((step, index) => {
      // The big number counts as a word, and so does a ladder's «Ступень N».
      const chrome = 1 + countWords(step.title) + (graphic.kind === 'ladder' ? countWords(labels.stage(index + 1)) : 0);
      const budget = SLIDE_WORDS - chrome;
      const parts = pack(textPieces(step.text ?? '', budget), countWords, budget, (_, words) =>
        problems.push({
          path: ['graphic', field, index, 'text'],
          kind: 'words',
          count: words + chrome,
          limit: SLIDE_WORDS,
        }),
      );
      if (parts.length === 0) parts.push([]);
      parts.forEach((part, i) =>
        slides.push({ kind: 'step', step: index, sentences: part, part: i + 1, parts: parts.length }),
      );
    });
  } else {
    const groups: Array<{ group: 'check' | 'do' | 'dont'; heading: string; texts: string[]; field: string[] }> =
      graphic.kind === 'checklist'
        ? [{ group: 'check', heading: source.title, texts: graphic.items.map(itemText), field: ['items'] }]
        : [
            { group: 'do', heading: labels.do, texts: [...graphic.do], field: ['do'] },
            { group: 'dont', heading: labels.dont, texts: [...graphic.dont], field: ['dont'] },
          ];
    for (const { group, heading, texts, field } of groups) {
      const budget = SLIDE_WORDS - countWords(heading);
      const indexed = texts.map((text, index) => ({ text, index }));
      for (const part of pack(
        indexed,
        (t) => countWords(t.text),
        budget,
        (t, words) =>
          problems.push({
            path: ['graphic', ...field, t.index],
            kind: 'words',
            count: words + SLIDE_WORDS - budget,
            limit: SLIDE_WORDS,
          }),
      )) {
        slides.push({ kind: 'items', group, items: part.map((t) => t.index) });
      }
    }
  }

  slides.push({ kind: 'contact' });
  if (slides.length > MAX_SLIDES) {
    problems.push({ path: ['graphic'], kind: 'slides', count: slides.length, limit: MAX_SLIDES });
  }
  return { slides, problems };
}
