import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentInventory } from '../node/content-inventory-fs';
import { reviewRows, type Citation, type ReviewRow, type ReviewSource } from '../lib/review-list';
import { MRP_BY_YEAR } from '../data/mrp';
import { groupDigits } from '../lib/amounts/numbers';
import { TODAY } from '../site.config';

/**
 * Reads every content file from disk for the lawyer's worklist (src/lib/review-list.ts): dates,
 * the citations in the frontmatter and in `<Law>` chips, fines, and the places the text sends
 * the reader to the lawyer. Drafts are listed too: the lawyer may review before publishing.
 */

/** Phrases by which a text hands a point to the lawyer instead of stating it as law. */
const ASK_LAWYER =
  /уточните у (?:бесплатного )?юриста|спросите (?:у )?(?:бесплатного |нашего )?юриста|обратитесь к юристу|не подтвержден|заңгерден (?:сұраңыз|нақтылаңыз|біліңіз)|заңгерге (?:хабарласыңыз|жүгініңіз)|расталмаған/i;

const string = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

/** The provisions a quiz rests on: its session's rule and each question's right answer. */
function quizLaws(data: Record<string, unknown>): Array<Record<string, unknown>> {
  const session = data['session'] as Record<string, unknown> | undefined;
  const questions = Array.isArray(data['questions']) ? (data['questions'] as Array<Record<string, unknown>>) : [];
  return [session?.['law'], ...questions.map((q) => q['law'])].filter(
    (law): law is Record<string, unknown> => typeof law === 'object' && law !== null,
  );
}

function citationsOf(data: Record<string, unknown>, body: string): Citation[] {
  const refs = [
    ...(Array.isArray(data['lawReferences']) ? (data['lawReferences'] as Array<Record<string, unknown>>) : []),
    ...quizLaws(data),
  ];
  const fromFrontmatter = refs.map((r) => ({
    act: String(r['act']),
    article: String(r['article']),
    part: string(r['part']),
    point: string(r['point']),
    subpoint: string(r['subpoint']),
  }));
  const fromBody = [...body.matchAll(/<Law\b([^>]*)\/>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1];
    return {
      act: attr('act') ?? '?',
      article: attr('article') ?? '?',
      part: attr('part'),
      point: attr('point'),
      subpoint: attr('subpoint'),
    };
  });
  return [...fromFrontmatter, ...fromBody];
}

export function reviewSources(contentDir: string): ReviewSource[] {
  return contentInventory(contentDir).flatMap(({ path, source, frontmatter: parts }) => {
    if (!parts || !('data' in parts)) return [];
    const data = (parts.data ?? {}) as Record<string, unknown>;
    const review = data['legalReview'] as Record<string, unknown> | undefined;
    const highlights = Array.isArray(data['highlights']) ? (data['highlights'] as Array<Record<string, unknown>>) : [];
    const lines = source.split('\n');
    return [
      {
        entry: path.replace(/\.mdx$/, ''),
        title: String(data['title'] ?? ''),
        checked: String(data['checked'] ?? '?'),
        review: review ? { by: String(review['by'] ?? ''), date: String(review['date'] ?? '') } : undefined,
        citations: citationsOf(data, parts.body),
        amounts:
          parts.body.includes('<Fine') ||
          highlights.some((h) => h['mrp'] !== undefined) ||
          // A quiz is frontmatter only: its fines are written out in МРП / АЕК.
          (path.startsWith('quizzes/') && /\d\s*(?:МРП|АЕК)/u.test(source)),
        askLawyerLines: lines.flatMap((line, i) => (ASK_LAWYER.test(line) ? [i + 1] : [])),
      },
    ];
  });
}

/** What the organisation still has to confirm about its contacts (content/offices.json `toConfirm`). */
export function contactsToConfirm(contentDir: string): string[] {
  const file = join(contentDir, 'offices.json');
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id?: string; toConfirm?: Record<string, string> }>;
  return list.flatMap((office) =>
    Object.entries(office.toConfirm ?? {}).map(
      ([field, note]) => `content/offices.json, ${office.id}.${field}: ${note}`,
    ),
  );
}

/** The worklist, oldest first. */
export function reviewList(contentDir: string): { rows: ReviewRow[]; toConfirm: string[] } {
  const year = Number(TODAY.slice(0, 4));
  const mrp = MRP_BY_YEAR[year];
  const mrpNote = mrp
    ? `МРП ${year} = ${groupDigits(mrp.tenge).replace(/\u00a0/g, ' ')} ₸ [S] (src/data/mrp.ts)`
    : `МРП ${year}: ещё нет в src/data/mrp.ts`;
  return { rows: reviewRows(reviewSources(contentDir), mrpNote), toConfirm: contactsToConfirm(contentDir) };
}
