import { carouselPlan, type CarouselData } from '../content-access/carousel';
import { graphicSchema } from '../schemas/infographic';
import type { Locale } from '../lib/locales';
import { fieldLine } from './frontmatter';
import type { Problem } from './problem';

/**
 * An infographic's texts must fit its Instagram carousel: every slide at most 35 words, so its
 * type stays large (see src/lib/carousel.ts), and no more slides than Instagram takes. The
 * check says which step or line to shorten, before the build renders anything.
 */
export function checkCarousel(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
  locale: Locale,
): Problem[] {
  // A graphic the schema refuses is the schema's to report.
  if (typeof data.title !== 'string' || !graphicSchema.safeParse(data.graphic).success) return [];
  const source = {
    ...data,
    highlights: Array.isArray(data.highlights) ? data.highlights : [],
  } as unknown as CarouselData;
  const { problems } = carouselPlan(source, locale);
  return problems.map((problem) => {
    const line = fieldLine(yamlText, problem.path);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      field: problem.path.join('.'),
      rule: problem.kind === 'words' ? ('slide-too-many-words' as const) : ('carousel-too-many-slides' as const),
      values: { count: String(problem.count), limit: String(problem.limit) },
      severity: 'error' as const,
    };
  });
}
