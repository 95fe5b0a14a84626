import { describe, expect, it } from 'vitest';
import { checkFrontmatter, issueProblem } from '../../src/content-check/frontmatter';
import { officeSchema } from '../../src/schemas/office';
import { parseFrontmatterData } from '../../src/lib/frontmatter';
import { ruleMessage } from '../../src/lib/content-messages';
import { lifehackSchema } from '../../src/schemas/lifehack';
import { withoutEmptyFields } from '../../src/schemas/fields';

/**
 * Schema problems carry structured codes (zod's issue code, or `params.rule` for this project's
 * own rules) mapped once to the bilingual messages; nothing is read back out of English text.
 */
const VALID = `title: "Как вернуть товар"
description: "Коротко."
answer: "Да, в течение 14 дней (ст. 30 Закона)."
topics: [return-exchange]
lawReferences: [{ act: consumer-protection-law, article: 30 }]
checked: 2026-11-01`;

function problems(yaml: string) {
  return checkFrontmatter(
    'x.mdx',
    parseFrontmatterData(`---\n${yaml}\n---\nТекст.\n`),
    withoutEmptyFields(lifehackSchema),
  );
}
const replace = (field: string, line: string) => VALID.replace(new RegExp(`^${field}:.*$`, 'm'), line);

describe('schema problems in both languages', () => {
  it.each([
    ['topics as a word, not a list', replace('topics', 'topics: return-exchange'), 'field-type', 'список'],
    ['an empty title', replace('title', 'title: "  "'), 'field-empty', 'пустое'],
    ['no topic', replace('topics', 'topics: []'), 'field-too-few', 'не меньше 1'],
    [
      'a related entry without its collection',
      `${VALID}\nrelated: ["keep-your-receipt"]`,
      'related-format',
      'не ссылка',
    ],
    [
      'an article number with words',
      replace('lawReferences', 'lawReferences: [{ act: consumer-protection-law, article: "ст. 30" }]'),
      'field-provision',
      'номер',
    ],
    ['a draft flag in words', `${VALID}\ndraft: "да"`, 'field-type', 'true или false'],
    [
      'an answer of 30 words',
      replace('answer', `answer: "${'слово '.repeat(30).trim()}"`),
      'answer-too-long',
      'длиннее 25 слов (сейчас 30)',
    ],
  ])('%s', (_, yaml, rule, words) => {
    const [problem, ...rest] = problems(yaml);
    expect(rest).toEqual([]);
    expect(problem?.rule).toBe(rule);
    const { ru, kk } = ruleMessage(problem!.rule, problem!.values);
    expect(ru).toContain(words);
    // Filled from codes, never from zod's English wording.
    for (const text of [ru, kk]) expect(text).not.toMatch(/expected|must|should|\{\{/);
    expect(kk).toMatch(/[әғқңөұүһі]/);
  });

  it('reads a field left empty as left out', () => {
    expect(problems(`${VALID}\nrelated:\ndraft:`)).toEqual([]);
  });
});

describe('data files use the same codes', () => {
  it('an office phone with spaces', () => {
    const office = { id: 'aksukent', order: 1, phone: '+7 702 923 50 50' };
    const result = officeSchema.pick({ id: true, order: true, phone: true }).safeParse(office);
    const issue = result.error!.issues[0]!;
    const problem = issueProblem(issue, {
      file: 'content/offices.json',
      field: '0.phone',
      line: undefined,
      input: office.phone,
    });
    expect(problem.rule).toBe('phone-format');
    expect(ruleMessage(problem.rule, problem.values).kk).toContain('+77029235050');
  });
});
