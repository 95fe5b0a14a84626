import { describe, expect, it } from 'vitest';
import { ACT_IDS } from '../../src/data/acts';
import { ICON_IDS } from '../../src/data/icons';
import { TOPIC_IDS } from '../../src/data/topics';
import { CONTENT_COMPONENT_NAMES } from '../../src/lib/content-components';
import { ruleMessage } from '../../src/lib/content-messages';
import { parseFrontmatterData } from '../../src/lib/frontmatter';
import { ENTRY_COLLECTIONS } from '../../src/lib/routes';
import { cmsConfig } from '../../src/editor/cms-config';
import { EDITOR_COMPONENTS } from '../../src/editor/cms-components';
import type { CmsField } from '../../src/editor/cms-fields';
import { checkFrontmatter } from '../../src/content-check/frontmatter';
import { checkMdxBody } from '../../src/content-check/mdx-rules';
import { lifehackSchema } from '../../src/schemas/lifehack';
import { infographicSchema } from '../../src/schemas/infographic';
import { videoSchema } from '../../src/schemas/video';
import { flyerSchema } from '../../src/schemas/flyer';
import { pageSchema } from '../../src/schemas/page';
import { quizSchema } from '../../src/schemas/quiz';

const input = {
  repo: 'example-org/rights-portal',
  branch: 'main',
  localBackendUrl: 'http://localhost:8081/api/v1',
  entries: [
    { collection: 'lifehacks' as const, slug: 'keep-your-receipt', title: 'Сохраняйте чек' },
    { collection: 'infographics' as const, slug: 'price-at-the-till', title: 'Цена на кассе' },
  ],
};
const config = cmsConfig(input);
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('the web editor configuration (Decap CMS)', () => {
  it('has a form field for every field of every collection schema, and the text', () => {
    const schemas = {
      lifehacks: lifehackSchema,
      infographics: infographicSchema,
      videos: videoSchema,
      flyers: flyerSchema,
      pages: pageSchema,
      quizzes: quizSchema,
    };
    expect(config.collections.map((c) => c.name).sort()).toEqual([...ENTRY_COLLECTIONS, 'pages', 'quizzes'].sort());
    for (const [name, schema] of Object.entries(schemas)) {
      const shape = 'shape' in schema ? schema.shape : (schema as unknown as { in: { shape: object } }).in.shape;
      // A quiz is all frontmatter: its body is not shown.
      const expected = [...Object.keys(shape), ...(name === 'quizzes' ? [] : ['body'])].sort();
      // A video's files are checked by the content check; its scenes are edited here too.
      expect(
        collection(name)
          .fields.map((f) => f.name)
          .sort(),
        name,
      ).toEqual(expected);
    }
  });

  it('offers the vocabularies as selects: topics, acts, icons, existing entries', () => {
    const lifehack = collection('lifehacks').fields;
    expect(field(lifehack, 'topics').options!.map((o) => o.value)).toEqual(TOPIC_IDS);
    expect(field(field(lifehack, 'lawReferences').fields!, 'act').options!.map((o) => o.value)).toEqual(ACT_IDS);
    expect(field(collection('infographics').fields, 'icon').options!.map((o) => o.value)).toEqual(ICON_IDS);
    expect(field(lifehack, 'related').options!.map((o) => o.value)).toEqual([
      'lifehacks/keep-your-receipt',
      'infographics/price-at-the-till',
    ]);
  });

  it('edits both language files side by side, Russian first, and opens pull requests on GitHub', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['ru', 'kk'], default_locale: 'ru' });
    expect(config.locale).toBe('ru');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'example-org/rights-portal', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    const local = cmsConfig({ ...input, repo: undefined });
    expect(local.backend).toEqual({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    expect(local.publish_mode).toBe('simple');
  });

  it('refuses a title over the schema limit with the message of the content check', () => {
    const title = field(collection('lifehacks').fields, 'title');
    const [pattern, message] = title.pattern!;
    expect(new RegExp(pattern).test('а'.repeat(90))).toBe(true);
    expect(new RegExp(pattern).test('а'.repeat(91))).toBe(false);
    const source = `---\ntitle: "${'а'.repeat(91)}"\n---\n`;
    const [problem] = checkFrontmatter('x.mdx', parseFrontmatterData(source), lifehackSchema.pick({ title: true }));
    expect(problem?.rule).toBe('field-too-long');
    const { ru, kk } = ruleMessage(problem!.rule, problem!.values);
    expect(message).toBe(`${ru} / ${kk}`);
  });

  it('refuses an article number the schema refuses, with the check message', () => {
    const article = field(field(collection('lifehacks').fields, 'lawReferences').fields!, 'article');
    const [pattern, message] = article.pattern!;
    for (const good of ['30', '42-4']) expect(new RegExp(pattern).test(good), good).toBe(true);
    for (const bad of ['ст. 30', '30a', '']) expect(new RegExp(pattern).test(bad), bad).toBe(false);
    expect(message).toContain(ruleMessage('field-provision', { field: 'lawReferences.N.article' }).ru);
  });

  it('keeps the text exactly as written: raw markdown with the block components', () => {
    const body = field(collection('lifehacks').fields, 'body');
    expect(body.modes).toEqual(['raw']);
    expect(body.editor_components).toEqual(EDITOR_COMPONENTS.map((c) => c.id));
  });
});

describe('the editor components', () => {
  const samples: Record<string, Record<string, string>> = {
    KeepInMind: { body: 'Сохраняйте чек.' },
    ShowSeller: { act: 'consumer-protection-law', article: '30', point: '1', body: 'Покажите продавцу.' },
    Law: { act: 'administrative-code', article: '194', part: '2' },
  };

  it.each(EDITOR_COMPONENTS.map((c) => [c.id, c] as const))(
    '%s is written as the check expects and read back',
    (id, component) => {
      expect(CONTENT_COMPONENT_NAMES).toContain(id);
      const block = component.toBlock(samples[id]!);
      expect(checkMdxBody(block, { file: 'x.mdx', firstLine: 1, knownPaths: new Set(), officeIds: [] })).toEqual([]);
      const match = block.match(component.pattern);
      expect(match, block).not.toBeNull();
      expect(component.fromBlock(match!)).toEqual(samples[id]);
    },
  );
});
