import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { LOCALES, otherLocale } from '../lib/locales';
import { ContentPathError, parseContentPath } from '../lib/content-path';
import { TOPIC_IDS } from '../data/topics';
import {
  FLYER_FORMATS,
  canIReturnPath,
  chooserPath,
  claimPath,
  collectionPath,
  collectionTopicPath,
  entryPath,
  flyerFilePath,
  homePath,
  infographicImagePath,
  infographicPdfPath,
  infographicSlidesZipPath,
  isEntryCollection,
  officesPath,
  offlinePath,
  pagePath,
  quizIndexPath,
  quizPath,
  RELATED_PATTERN,
  searchPath,
  slideshowPath,
  TRAINER_FILES,
  trainerPdfPath,
  trainersPath,
  trainerTopicPath,
  topicPath,
} from '../lib/routes';
import { contentInventory } from '../node/content-inventory-fs';
import { lifehackSchema } from '../schemas/lifehack';
import { infographicSchema } from '../schemas/infographic';
import { videoSchema } from '../schemas/video';
import { flyerSchema } from '../schemas/flyer';
import { pageSchema } from '../schemas/page';
import { officeSchema } from '../schemas/office';
import { quizSchema } from '../schemas/quiz';
import { withoutEmptyFields } from '../schemas/fields';
import { checkCarousel } from './carousel-rules';
import { checkFrontmatter, fieldLine, issueProblem, valueAt } from './frontmatter';
import { checkMdxBody } from './mdx-rules';
import type { Problem } from './problem';
import { checkSearchFiles } from './search-files';
import { checkDates } from './dates';
import { checkVideoFiles } from './video-files';
import { checkQuiz, type QuizFile } from './quiz-rules';
import { checkBodyAmounts, checkFrontmatterAmounts } from './amount-rules';
import { TODAY } from '../site.config';

/**
 * Every rule over every content file, without building the site: frontmatter against the
 * collection's schema, the MDX body against the safety rules, internal links against the pages
 * the content produces, and twins (a missing translation is a warning). Used by
 * `npm run check` and, with the same rules, by the build (src/integrations/content-check.ts).
 */
const SCHEMAS: Record<string, z.ZodType> = {
  lifehacks: withoutEmptyFields(lifehackSchema),
  infographics: withoutEmptyFields(infographicSchema),
  videos: withoutEmptyFields(videoSchema),
  flyers: withoutEmptyFields(flyerSchema),
  pages: withoutEmptyFields(pageSchema),
  quizzes: withoutEmptyFields(quizSchema),
};

/** The site paths the content produces (pages and the rendered files), for link checks. */
export function knownPaths(files: Array<{ path: string }>): Set<string> {
  const paths = new Set<string>(['/', chooserPath()]);
  for (const locale of LOCALES) {
    for (const path of [
      homePath(locale),
      officesPath(locale),
      searchPath(locale),
      claimPath(locale),
      canIReturnPath(locale),
      offlinePath(locale),
      quizIndexPath(locale),
      trainersPath(locale),
    ]) {
      paths.add(path);
    }
    for (const topic of TOPIC_IDS) paths.add(topicPath(locale, topic));
  }
  for (const { path } of files) {
    const [collection, , file] = path.split('/');
    const slug = (file ?? '').replace(/\.mdx$/, '');
    for (const locale of LOCALES) {
      if (collection === 'pages') paths.add(pagePath(locale, slug));
      if (collection === 'quizzes') {
        paths.add(quizPath(locale, slug)).add(trainerTopicPath(locale, slug)).add(slideshowPath(locale, slug));
        for (const file of TRAINER_FILES) paths.add(trainerPdfPath(locale, slug, file));
      }
      if (!isEntryCollection(collection)) continue;
      paths.add(collectionPath(locale, collection));
      paths.add(entryPath(locale, collection, slug));
      for (const topic of TOPIC_IDS) paths.add(collectionTopicPath(locale, collection, topic));
      if (collection === 'infographics')
        paths
          .add(infographicImagePath(locale, slug))
          .add(infographicPdfPath(locale, slug))
          .add(infographicSlidesZipPath(locale, slug));
      if (collection === 'flyers') for (const format of FLYER_FORMATS) paths.add(flyerFilePath(locale, slug, format));
    }
  }
  return paths;
}

/**
 * `related` entries that exist in neither language. Read from the parsed YAML, so every form an
 * editor may write counts: a flow list with double or single quotes or none, or a block list of
 * `- lifehacks/x` lines. A malformed item is the schema's to report, not this rule's.
 */
function brokenRelated(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
  present: ReadonlySet<string>,
): Problem[] {
  const related = Array.isArray(data.related) ? data.related : [];
  return related.flatMap((ref, index) => {
    if (typeof ref !== 'string' || !RELATED_PATTERN.test(ref)) return [];
    const [collection, slug] = ref.split('/');
    if (LOCALES.some((locale) => present.has(`${collection}/${locale}/${slug}.mdx`))) return [];
    const line = fieldLine(yamlText, ['related', index]);
    return [
      {
        file,
        ...(line === undefined ? {} : { line }),
        field: `related.${index}`,
        rule: 'broken-related' as const,
        values: { ref },
        severity: 'error' as const,
      },
    ];
  });
}

/** A `slug` written by the web editor must be the file's own name (the page's address comes from the name). */
function slugMismatch(file: string, yamlText: string, data: Record<string, unknown>, name: string): Problem[] {
  if (typeof data.slug !== 'string' || data.slug === name) return [];
  const line = fieldLine(yamlText, ['slug']);
  return [
    {
      file,
      ...(line === undefined ? {} : { line }),
      field: 'slug',
      rule: 'slug-mismatch',
      values: { slug: data.slug, name },
      severity: 'error',
    },
  ];
}

export interface CheckResult {
  files: number;
  errors: Problem[];
  warnings: Problem[];
}

export function checkContent(contentDir: string, displayDir = 'content', today = TODAY): CheckResult {
  const files = contentInventory(contentDir);
  const officesFile = join(contentDir, 'offices.json');
  const officeList = existsSync(officesFile) ? (JSON.parse(readFileSync(officesFile, 'utf8')) as unknown[]) : [];
  const officeIds = officeList.flatMap((o) =>
    o && typeof o === 'object' && typeof (o as { id?: unknown }).id === 'string' ? [(o as { id: string }).id] : [],
  );
  const known = knownPaths(files);
  const present = new Set(files.map((f) => f.path));
  const problems: Problem[] = [];
  const quizzes = new Map<string, QuizFile>();

  for (const { path, frontmatter } of files) {
    const file = `${displayDir}/${path}`;
    const [collection, ...rest] = path.split('/');
    const schema = SCHEMAS[collection ?? ''];
    let locale;
    try {
      if (!schema || rest.length !== 2) throw new ContentPathError(file, 'not <collection>/<lang>/<slug>.mdx');
      locale = parseContentPath(rest.join('/'), file).locale;
    } catch {
      const [folder = '', name = ''] = rest;
      if (schema && rest.length === 2 && !(LOCALES as readonly string[]).includes(folder)) {
        problems.push({ file, rule: 'bad-folder', values: { folder }, severity: 'error' });
      } else if (schema && rest.length === 2) {
        problems.push({ file, rule: 'bad-name', values: { name }, severity: 'error' });
      } else {
        problems.push({ file, rule: 'bad-path', severity: 'error' });
      }
      continue;
    }
    problems.push(
      ...checkFrontmatter(file, frontmatter, schema, (data, yamlText) => [
        ...checkDates(file, yamlText, data, today),
        ...checkFrontmatterAmounts(file, data, yamlText),
        ...(collection === 'videos'
          ? checkVideoFiles(file, yamlText, data, contentDir, { locale, slug: rest.at(-1)!.replace(/\.mdx$/, '') })
          : []),
        ...(collection === 'infographics' ? checkCarousel(file, yamlText, data, locale) : []),
        ...brokenRelated(file, yamlText, data, present),
        ...slugMismatch(file, yamlText, data, rest.at(-1)!.replace(/\.mdx$/, '')),
      ]),
    );
    if (collection === 'quizzes' && frontmatter && 'data' in frontmatter) {
      const slug = rest.at(-1)!.replace(/\.mdx$/, '');
      const data = (frontmatter.data ?? {}) as Record<string, unknown>;
      quizzes.set(`${locale}/${slug}`, { file, locale, slug, yaml: frontmatter.yaml, data });
    }
    if (frontmatter) {
      const { body, bodyLine } = frontmatter;
      problems.push(...checkMdxBody(body, { file, firstLine: bodyLine, knownPaths: known, officeIds }));
      problems.push(...checkBodyAmounts(file, body, bodyLine));
    }

    const twin = `${collection}/${otherLocale(locale)}/${rest.at(-1)}`;
    if (isEntryCollection(collection) || collection === 'pages') {
      if (!present.has(twin))
        problems.push({ file, rule: 'missing-twin', values: { twin: `${displayDir}/${twin}` }, severity: 'warning' });
    }
  }

  const exists = (collection: string, locale: string, slug: string) =>
    present.has(`${collection}/${locale}/${slug}.mdx`);
  for (const quiz of quizzes.values()) {
    problems.push(...checkQuiz(quiz, quizzes.get(`${otherLocale(quiz.locale)}/${quiz.slug}`), exists, displayDir));
  }

  if (existsSync(officesFile)) {
    officeList.forEach((office, i) => {
      const result = officeSchema.safeParse(office);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(
            issueProblem(issue, {
              file: `${displayDir}/offices.json`,
              field: [i, ...issue.path].map(String).join('.'),
              line: undefined,
              input: valueAt(office, issue.path),
            }),
          );
        }
      }
    });
  }

  const search = checkSearchFiles(contentDir, displayDir, known, today);
  problems.push(...search.problems);

  return {
    files: files.length + (existsSync(officesFile) ? 1 : 0) + search.files,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
