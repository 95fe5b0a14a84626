import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { filesUnder } from '../../src/node/files-fs';

/**
 * What the legal and language audit of December 2026 fixed must not come back: amounts typed by
 * hand, dates other than the entry's own, contacts written twice, and the wordings it flagged.
 */
const files = filesUnder('content');
const read = (path: string) => readFileSync(path, 'utf8');
const mdx = files.filter((f) => f.endsWith('.mdx'));
const body = (path: string) => splitFrontmatter(read(path))?.body ?? '';
const kk = mdx.filter((f) => f.includes('/kk/'));

/** Lines of `paths` matching `pattern`, as "file:line: text", for a failure that says where. */
function hits(paths: string[], pattern: RegExp, text: (path: string) => string = read): string[] {
  return paths.flatMap((path) =>
    text(path)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
  );
}

describe('amounts', () => {
  it('no amount in tenge is written by hand anywhere in content/ (fines use <Fine>, prices <Price>)', () => {
    expect(hits(files, /\d\s?(?:тенге|теңге|₸|тг\b)/iu)).toEqual([]);
  });

  it('every amount in МРП in a text body is a <Fine>, so it shows its tenge and year', () => {
    const withoutFines = (path: string) => body(path).replace(/<Fine\b[^>]*\/>/g, '');
    expect(hits(mdx, /\d\s*(?:МРП|АЕК)/u, withoutFines)).toEqual([]);
  });

  it('the guides that give fines use the component in both languages', () => {
    const withFines = (lang: string) => mdx.filter((f) => f.includes(`/lifehacks/${lang}/`) && body(f).includes('<Fine')).map((f) => f.split('/').pop()).sort();
    expect(withFines('ru').length).toBeGreaterThanOrEqual(13);
    expect(withFines('kk')).toEqual(withFines('ru'));
  });
});

describe('dates', () => {
  it('no text claims a date of its own for the law: "as of" comes from the entry (<AsOf />)', () => {
    expect(hits([...files, 'src/i18n/ru.json', 'src/i18n/kk.json'], /начало 2026|начала 2026|2026 жылдың басында/u)).toEqual([]);
  });
});

describe('contacts', () => {
  const offices = JSON.parse(read('content/offices.json')) as Array<{ phone: string; instagram?: string; toConfirm?: Record<string, string> }>;

  it('one Instagram handle in content/offices.json, flagged for the organisation to confirm', () => {
    expect(new Set(offices.map((o) => o.instagram).filter(Boolean)).size).toBe(1);
    expect(offices[0]!.toConfirm?.['instagram']).toMatch(/@sergaliturkestan\b/);
  });

  it('no handle, phone or office address is typed into a text body: <Contact> reads them from offices.json', () => {
    expect(hits(mdx, /@sergali|instagram\.com|702\s?923|Жибек жолы, 134|Жібек жолы көшесі, 134|Багысбаева, 9|Бағысбаев көшесі, 9/u, body)).toEqual([]);
  });

  it('a phone number in a recorded video scene is the organisation\'s phone', () => {
    const digits = offices[0]!.phone.slice(2);
    for (const path of mdx.filter((f) => f.includes('/videos/'))) {
      const data = yaml.load(splitFrontmatter(read(path))!.yaml) as { scenes?: Array<{ text: string }> };
      for (const scene of data.scenes ?? []) {
        for (const [number] of scene.text.matchAll(/(?:\+7|8)[\s\d]{10,14}\d/g)) {
          expect(number.replace(/\D/g, '').slice(1), `${path}: ${number}`).toBe(digits);
        }
      }
    }
  });
});

describe('the audit\'s wording fixes (December 2026)', () => {
  it('the complaint stages are not compulsory in Kazakh either', () => {
    expect(read('content/infographics/kk/three-stage-complaint.mdx')).not.toMatch(/көмектеспесе ғана/);
  });

  it('the tag price is the seller\'s duty (Art. 24) on the rights flyer, not listed as a buyer\'s right', () => {
    const rights = (lang: string) =>
      (
        yaml.load(splitFrontmatter(read(`content/flyers/${lang}/consumer-rights.mdx`))!.yaml) as {
          rights: Array<string | { text: string }>;
        }
      ).rights.map((r) => (typeof r === 'string' ? r : r.text));
    expect(rights('ru').find((r) => /ценник/.test(r))).toMatch(/^Продавец обязан/);
    expect(rights('kk').find((r) => /жапсырма/.test(r))).toMatch(/^Сатушы .*міндетті/);
  });

  it('Kazakh wordings the audit flagged are gone', () => {
    expect(hits(kk, /лайық|не дұрыс емес;|пайдаға асуы|\bалаң|бизнес/u)).toEqual([]);
  });

  it('claims the fact sheet does not carry are sent to the lawyer', () => {
    const text = (path: string) => read(path).replace(/\s+/g, ' ');
    expect(text('content/lifehacks/kk/goods-that-cannot-be-returned.mdx')).toMatch(/керек-жарақ[^.]*заңгерден/);
    expect(text('content/lifehacks/ru/goods-that-cannot-be-returned.mdx')).toMatch(/аксессуар[^.]*юриста/);
    for (const lang of ['ru', 'kk']) {
      expect(text(`content/lifehacks/${lang}/instagram-shops-and-marketplaces.mdx`)).toMatch(/(юриста|заңгерден)/);
    }
    expect(text('content/lifehacks/ru/weekly-menu-plan.mdx')).toMatch(/истёк уже тогда, когда вы купили/);
    expect(text('content/lifehacks/kk/goods-that-cannot-be-returned.mdx')).toMatch(/сатып алған кезде-ақ/);
  });
});
