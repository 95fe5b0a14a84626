import { describe, expect, it } from 'vitest';
import { lifehackSchema } from '../../src/schemas/lifehack';
import { infographicSchema } from '../../src/schemas/infographic';
import { pageSchema } from '../../src/schemas/page';
import { officeSchema } from '../../src/schemas/office';
import { videoSchema } from '../../src/schemas/video';
import { checkVideoFiles } from '../../src/content-check/video-files';

const lifehack = {
  title: 'Можно ли вернуть товар?',
  description: 'Кратко о возврате.',
  answer: 'Да, в течение 14 дней.',
  topics: ['return-exchange'],
  lawReferences: [{ act: 'consumer-protection-law', article: 30, point: 1 }],
  checked: new Date('2026-11-25T00:00:00Z'),
};

type Issue = { path: PropertyKey[]; message: string };
/** All problems of a failed parse as Astro prints them: `field.path: message`, one per line. */
function problems(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Issue[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

describe('lifehack schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const data = lifehackSchema.parse(lifehack);
    expect(data.keywords).toEqual([]);
    expect(data.draft).toBe(false);
    expect(data.lawReferences[0]).toEqual({ act: 'consumer-protection-law', article: '30', point: '1' });
  });

  it('requires a law reference', () => {
    expect(problems(lifehackSchema, { ...lifehack, lawReferences: [] })).toMatch(
      /lawReferences: required for this collection; cite at least one provision/,
    );
    const { lawReferences: _, ...without } = lifehack;
    expect(problems(lifehackSchema, without)).toMatch(/lawReferences: required for this collection/);
  });

  it('names the unknown topic and lists the allowed ones', () => {
    expect(problems(lifehackSchema, { ...lifehack, topics: ['refunds'] })).toMatch(
      /topics.0: unknown topic "refunds"; use one of: return-exchange, /,
    );
  });

  it('names an unknown act', () => {
    expect(problems(lifehackSchema, { ...lifehack, lawReferences: [{ act: 'tax-code', article: 1 }] })).toMatch(
      /lawReferences.0.act: unknown act "tax-code"/,
    );
  });

  it('rejects malformed article numbers', () => {
    expect(
      problems(lifehackSchema, { ...lifehack, lawReferences: [{ act: 'consumer-protection-law', article: 'ст. 30' }] }),
    ).toMatch(/lawReferences.0.article: expected a number such as 30 or "42-4"/);
  });

  it('explains a missing title', () => {
    const { title: _, ...without } = lifehack;
    expect(problems(lifehackSchema, without)).toMatch(/title: expected text in quotes/);
  });

  it.each(['25.11.2026', '2026-13-01', '2026-02-30', 'вчера'])(
    'rejects the date %s with an example of the right form',
    (checked) => {
      expect(problems(lifehackSchema, { ...lifehack, checked })).toMatch(/checked: .*YYYY-MM-DD, e.g. 2026-01-15/);
    },
  );

  it('accepts a quoted ISO date', () => {
    expect(lifehackSchema.parse({ ...lifehack, checked: '2026-02-28' }).checked.toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
  });

  it('only relates to entries of the four collections', () => {
    expect(problems(lifehackSchema, { ...lifehack, related: ['pages/about'] })).toMatch(
      /related.0: "pages\/about" should look like/,
    );
  });
});

describe('infographic schema', () => {
  const base = { ...lifehack, answer: undefined, icon: 'receipt' };
  it('accepts each kind of graphic', () => {
    for (const graphic of [
      {
        kind: 'steps',
        steps: [
          { title: 'a', icon: 'calendar' },
          { title: 'b', text: 'c' },
        ],
      },
      { kind: 'checklist', items: ['a', { text: 'b', icon: 'pill' }] },
      { kind: 'do-dont', do: ['a'], dont: ['b'] },
      { kind: 'ladder', stages: [{ title: 'a' }, { title: 'b' }] },
    ]) {
      expect(infographicSchema.safeParse({ ...base, graphic }).success, graphic.kind).toBe(true);
    }
  });
  it('rejects an unknown kind with the list of kinds', () => {
    expect(problems(infographicSchema, { ...base, graphic: { kind: 'pie' } })).toMatch(
      /graphic.kind: expected one of steps, checklist, do-dont, ladder/,
    );
  });
  const steps = { kind: 'steps', steps: [{ title: 'a' }, { title: 'b' }] };
  it('needs an icon from the curated list, and says where the list is', () => {
    expect(problems(infographicSchema, { ...base, icon: undefined, graphic: steps })).toMatch(/^icon: /m);
    expect(problems(infographicSchema, { ...base, icon: 'rocket', graphic: steps })).toMatch(
      /icon: unknown icon "rocket"; use one of the names in src\/data\/icons.ts/,
    );
    expect(
      problems(infographicSchema, {
        ...base,
        graphic: { kind: 'steps', steps: [{ title: 'a', icon: 'rocket' }, { title: 'b' }] },
      }),
    ).toMatch(/graphic.steps.0.icon: unknown icon "rocket"/);
  });
  it('keeps the picture small enough for a 1080×1350 card: at most 7 steps and 3 highlights', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ title: `step ${i}` }));
    expect(problems(infographicSchema, { ...base, graphic: { kind: 'steps', steps: many } })).toMatch(/graphic.steps/);
    const highlights = Array.from({ length: 4 }, () => ({ value: '14', label: 'дней' }));
    expect(problems(infographicSchema, { ...base, highlights, graphic: steps })).toMatch(/highlights/);
    expect(
      problems(infographicSchema, { ...base, highlights: [{ value: '1234567890123', label: 'x' }], graphic: steps }),
    ).toMatch(/highlights.0.value/);
  });
});

describe('page schema', () => {
  it('needs no topics or law', () => {
    expect(pageSchema.safeParse({ title: 'О проекте', description: 'x', checked: '2026-11-25' }).success).toBe(true);
  });
});

describe('office schema', () => {
  const office = {
    id: 'aksukent',
    order: 1,
    name: { kk: 'a', ru: 'a' },
    locality: { kk: 'a', ru: 'a' },
    address: { kk: 'a', ru: 'a' },
    hours: { kk: 'a', ru: 'a' },
    phone: '+77029235050',
  };
  it('accepts an office with both languages', () => {
    expect(officeSchema.safeParse(office).success).toBe(true);
  });
  it('explains the phone format', () => {
    expect(problems(officeSchema, { ...office, phone: '8 702 923 50 50' })).toMatch(
      /phone: expected \+7 and ten digits/,
    );
  });
  it('requires both languages', () => {
    expect(problems(officeSchema, { ...office, address: { ru: 'a' } })).toMatch(/address.kk/);
  });
});

describe('video schema', () => {
  const video = {
    title: 'Видео',
    description: 'x',
    topics: ['return-exchange'],
    checked: '2026-11-25',
    duration: '1:05',
    poster: '/favicon.svg',
    sources: [{ type: 'youtube', id: 'aBcDeFgHiJk' }],
  };
  it('accepts a YouTube source with a valid id', () => {
    expect(videoSchema.safeParse(video).success).toBe(true);
  });
  it('rejects a YouTube id of the wrong shape', () => {
    expect(problems(videoSchema, { ...video, sources: [{ type: 'youtube', id: 'https://youtu.be/x' }] })).toMatch(
      /sources.0.id: a YouTube id has 11/,
    );
  });
  it('rejects caption and video files that do not exist (the content check, not the schema: schemas stay pure)', () => {
    const problems = checkVideoFiles(
      'v.mdx',
      '',
      { ...video, sources: [{ type: 'file', src: '/videos/none.webm', captions: '/videos/none.kk.vtt' }] },
      'content',
      { locale: 'kk', slug: 'v' },
    );
    expect(problems.map((p) => `${p.field} ${p.values?.['path']}`)).toEqual([
      'sources.0.src public/videos/none.webm',
      'sources.0.captions public/videos/none.kk.vtt',
    ]);
    expect(problems.every((p) => p.rule === 'missing-public-file')).toBe(true);
  });
  it('rejects a malformed duration', () => {
    expect(problems(videoSchema, { ...video, duration: '65 s' })).toMatch(/duration: expected minutes:seconds/);
  });
  it('rejects a video with neither a duration nor scenes', () => {
    const { duration: _, ...noDuration } = video;
    expect(problems(videoSchema, noDuration)).toMatch(/duration: give the length as "m:ss", or scenes/);
  });

  describe('scenes', () => {
    const scene = {
      heading: 'Сверьте цену',
      text: 'Сравните цену в чеке с ценником на полке.',
      icon: 'receipt',
      duration: 10,
    };
    const made = { ...video, duration: undefined, scenes: [scene, scene, scene] };
    it('computes the duration from the scenes', () => {
      expect(videoSchema.parse(made).duration).toBe('0:30');
    });
    it('asks for exactly one picture per scene', () => {
      const { icon: _, ...bare } = scene;
      expect(problems(videoSchema, { ...made, scenes: [bare, scene, scene] })).toMatch(
        /scenes.0: give exactly one picture: icon, highlight or infographic \(found none\)/,
      );
      expect(
        problems(videoSchema, {
          ...made,
          scenes: [{ ...scene, highlight: { value: '14', label: 'дней' } }, scene, scene],
        }),
      ).toMatch(/scenes.0.highlight: give exactly one picture.*found icon and highlight/);
    });
    it('gives a text enough time to be read', () => {
      const long = 'Очень длинный текст, который нужно успеть прочитать. '.repeat(4).trim();
      expect(problems(videoSchema, { ...made, scenes: [{ ...scene, text: long }, scene, scene] })).toMatch(
        new RegExp(
          `scenes.0.duration: ${long.length} characters of text need at least ${Math.ceil(long.length / 16) + 2} seconds`,
        ),
      );
    });
    it('keeps a video within 30 to 120 seconds', () => {
      expect(problems(videoSchema, { ...made, scenes: [scene, scene, { ...scene, duration: 9 }] })).toMatch(
        /scenes: the scenes last 29 seconds in all; a video lasts 30–120 seconds/,
      );
      expect(problems(videoSchema, { ...made, scenes: Array(13).fill(scene) })).toMatch(/the scenes last 130 seconds/);
    });
    it('names the right duration when the written one disagrees', () => {
      expect(problems(videoSchema, { ...made, duration: '1:05' })).toMatch(
        /duration: the scenes add up to 0:30, not 1:05; write duration: "0:30"/,
      );
    });
    it('rejects an unknown icon and an infographic that does not exist', () => {
      expect(problems(videoSchema, { ...made, scenes: [{ ...scene, icon: 'unicorn' }, scene, scene] })).toMatch(
        /scenes.0.icon: unknown icon "unicorn"/,
      );
      const { icon: _, ...bare } = scene;
      const unknown = checkVideoFiles(
        'v.mdx',
        '',
        {
          ...made,
          scenes: [{ ...bare, infographic: 'no-such-graphic' }, { ...bare, infographic: 'return-and-exchange' }, scene],
        },
        'content',
        { locale: 'kk', slug: 'v' },
      );
      expect(unknown.map((p) => `${p.rule} ${p.field} ${p.values?.['slug']}`)).toEqual([
        'unknown-infographic scenes.0.infographic no-such-graphic',
      ]);
    });
    it('keeps the short cut within 60 s with at least two key scenes', () => {
      const key = { ...scene, key: true };
      expect(videoSchema.safeParse({ ...made, scenes: [key, key, scene] }).success).toBe(true);
      expect(problems(videoSchema, { ...made, scenes: [key, scene, scene] })).toMatch(
        /scenes: mark at least 2 scenes key: true for the short cut \(found 1\)/,
      );
      const long = { ...key, duration: 20 };
      expect(problems(videoSchema, { ...made, scenes: [long, long, long] })).toMatch(
        /the key scenes last 60 s, with the 5 s end card 65 s; the short cut lasts at most 60 s/,
      );
    });
    it('takes one voice per scene or one with a mark per scene, in order, not both', () => {
      const voice = { file: 'narration.m4a', marks: [0, '0:10.5', '21'] };
      expect(videoSchema.safeParse({ ...made, voice }).success).toBe(true);
      expect(
        videoSchema.safeParse({ ...made, scenes: made.scenes.map((s, i) => ({ ...s, voice: `0${i}.m4a` })) }).success,
      ).toBe(true);
      expect(problems(videoSchema, { ...made, voice: { ...voice, marks: [0, 10] } })).toMatch(
        /voice.marks: give one mark per scene: 3 scenes, 2 marks/,
      );
      expect(problems(videoSchema, { ...made, voice: { ...voice, marks: [0, 12, '0:11'] } })).toMatch(
        /voice.marks.2: mark 3 \(11 s\) is not after mark 2 \(12 s\)/,
      );
      expect(problems(videoSchema, { ...made, voice, scenes: [{ ...scene, voice: 'a.m4a' }, scene, scene] })).toMatch(
        /scenes.0.voice: give one recording for the whole video/,
      );
      expect(
        problems(videoSchema, { ...made, scenes: [{ ...scene, voice: 'recordings/a.m4a' }, scene, scene] }),
      ).toMatch(/scenes.0.voice: expected a file name such as 01.m4a, without folders/);
    });
    it('names a recording that is not in content/recordings/<lang>/<slug>/', () => {
      const missing = checkVideoFiles(
        'v.mdx',
        '',
        { ...made, scenes: [{ ...scene, voice: 'none.m4a' }, scene, scene] },
        'content',
        { locale: 'ru', slug: 'v' },
      );
      expect(missing.map((p) => `${p.rule} ${p.field} ${p.values?.['path']}`)).toEqual([
        'missing-recording scenes.0.voice content/recordings/ru/v/none.m4a',
      ]);
    });
  });
});
