import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content';
import { formatProblem } from '../../src/content-check/problem';
import { quizSchema } from '../../src/schemas/quiz';
import { parseFrontmatterData } from '../../src/lib/frontmatter';
import { TOPIC_IDS } from '../../src/data/topics';
import { confidenceOf } from '../../src/data/fact-confidence';

/**
 * The quiz rules: the check passes a valid pair (tests/fixtures/quizzes/valid) and refuses
 * each broken file of tests/fixtures/quizzes/broken, put in the Russian file's place, with its
 * own rule, naming the file, the field and its line; the real quizzes pass and cover the six
 * topics with the most guides.
 */
const FIXTURES = 'tests/fixtures/quizzes';

/** The fixture site with the valid quiz pair, then `files` laid over it (path under the content folder → fixture file). */
function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
  cpSync('tests/fixtures/site', dir, { recursive: true });
  cpSync(join(FIXTURES, 'valid'), join(dir, 'quizzes'), { recursive: true });
  for (const [to, from] of Object.entries(files)) cpSync(from, join(dir, to));
  return dir;
}
const quizErrors = (dir: string) => checkContent(dir).errors.filter((p) => p.file.includes('/quizzes/'));

const CASES: Array<[name: string, rule: string, field: string | undefined]> = [
  ['two-right', 'quiz-one-right', 'questions.0.answers'],
  ['no-right', 'quiz-one-right', 'questions.0.answers'],
  ['unknown-act', 'field-unknown-value', 'questions.0.law.act'],
  ['unconfirmed', 'quiz-unconfirmed', 'questions.3.law'],
  ['unknown-guide', 'quiz-unknown-guide', 'questions.0.guide'],
  ['id-twice', 'quiz-id-twice', 'questions.1.id'],
  ['too-few', 'field-too-few', 'questions'],
  ['too-long-explanation', 'field-too-long', 'questions.0.answers.0.explanation'],
  ['twin-order', 'quiz-twin-order', 'questions'],
  ['twin-differs', 'quiz-twin-differs', 'questions.0'],
];

describe('quiz rules', () => {
  it('pass the valid pair', () => {
    expect(quizErrors(tree()).map(formatProblem)).toEqual([]);
  });

  it('have a broken fixture for every case, and no fixture without a case', () => {
    const files = readdirSync(join(FIXTURES, 'broken')).map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  it.each(CASES)('refuse %s with %s', (name, rule, field) => {
    const errors = quizErrors(tree({ 'quizzes/ru/return-exchange.mdx': join(FIXTURES, 'broken', `${name}.mdx`) }));
    // A twin rule is reported in both files; the one broken here is the Russian one.
    const found = errors.find((p) => p.rule === rule && p.file === 'content/quizzes/ru/return-exchange.mdx');
    expect(found, errors.map(formatProblem).join('\n')).toBeDefined();
    expect(found!.field).toBe(field);
    expect(found!.line, 'the line of the field').toBeGreaterThan(1);
    const text = formatProblem(found!);
    expect(text).toMatch(/ru: .*[а-я]/);
    expect(text).toMatch(/kk: .*[әғқңөұүһі]/);
  });

  it('refuse a quiz without its twin, unless it is a draft', () => {
    const errors = quizErrors(tree({ 'quizzes/ru/prices.mdx': join(FIXTURES, 'valid/ru/return-exchange.mdx') }));
    expect(errors.map((p) => [p.file, p.rule])).toEqual([['content/quizzes/ru/prices.mdx', 'quiz-missing-twin']]);
  });

  it('refuse a quiz named after no topic', () => {
    const errors = quizErrors(
      tree({
        'quizzes/ru/returns.mdx': join(FIXTURES, 'valid/ru/return-exchange.mdx'),
        'quizzes/kk/returns.mdx': join(FIXTURES, 'valid/kk/return-exchange.mdx'),
      }),
    );
    expect(errors.map((p) => p.rule)).toEqual(['quiz-topic-name', 'quiz-topic-name']);
  });
});

describe('the real quizzes', () => {
  const quizzes = readdirSync('content/quizzes/ru').map((file) => {
    // Read through the same parser as the build.
    const parsed = parseFrontmatterData(readFileSync(join('content/quizzes/ru', file), 'utf8'));
    return { topic: file.replace(/\.mdx$/, ''), data: quizSchema.parse(parsed && 'data' in parsed ? parsed.data : {}) };
  });

  it('pass the check', () => {
    expect(checkContent('content').errors.filter((p) => p.file.includes('/quizzes/')).map(formatProblem)).toEqual([]);
  });

  it('cover the six topics with the most guides', () => {
    const guides = readdirSync('content/lifehacks/ru').map((file) =>
      readFileSync(join('content/lifehacks/ru', file), 'utf8'),
    );
    const count = (topic: string) => guides.filter((g) => new RegExp(`^topics:.*\\b${topic}\\b`, 'm').test(g)).length;
    const top = [...TOPIC_IDS].sort((a, b) => count(b) - count(a)).slice(0, 6);
    expect(quizzes.map((q) => q.topic).sort()).toEqual(expect.arrayContaining(top.sort()));
  });

  it('rest every right answer on a provision the fact sheet marks [C] or [S]', () => {
    for (const { data } of quizzes) {
      for (const question of data.questions) expect(confidenceOf(question.law)?.mark, question.id).toMatch(/^[CS]$/);
    }
  });

  it('vary where the right answer stands', () => {
    for (const { topic, data } of quizzes) {
      const positions = new Set(data.questions.map((q) => q.answers.findIndex((a) => a.right)));
      expect(positions.size, topic).toBeGreaterThan(1);
    }
  });
});
