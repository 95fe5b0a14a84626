import { describe, expect, it } from 'vitest';
import { explainFirst } from '../../src/lib/abbreviations';
import { ABBREVIATIONS } from '../../src/data/abbreviations';

describe('abbreviations written out where they first appear', () => {
  const list = { МРП: 'месячный расчётный показатель', КоАП: 'Кодекс об административных правонарушениях' };
  const page = (main: string) =>
    `<html lang="ru"><head><title>МРП</title></head><body><header>МРП</header><main>${main}</main></body></html>`;

  it('explains the first mention in the main text only, once', () => {
    const out = explainFirst(page('<p>Штраф 10 МРП. Потом ещё 20 МРП.</p>'), list);
    expect(out).toContain('10 МРП<span class="abbr-note"> (месячный расчётный показатель)</span>. Потом ещё 20 МРП.');
    expect(out.match(/abbr-note/g)).toHaveLength(1);
    expect(out).toContain('<header>МРП</header>');
  });

  it('skips links, headings and the answer box, and uses a dash inside brackets', () => {
    const out = explainFirst(
      page(
        '<h2>МРП</h2><p class="answer">Штраф (КоАП, ст. 1).</p><p><a href="/x">КоАП</a> и штраф (КоАП, ст. 193), 5 МРП</p>',
      ),
      list,
    );
    expect(out).toContain('<h2>МРП</h2>');
    expect(out).toContain('<p class="answer">Штраф (КоАП, ст. 1).</p>');
    expect(out).toContain('<a href="/x">КоАП</a>');
    expect(out).toContain(
      '(КоАП<span class="abbr-note"> — Кодекс об административных правонарушениях</span>, ст. 193)',
    );
    expect(out).toContain('5 МРП<span class="abbr-note"> (месячный расчётный показатель)</span>');
  });

  it('explains an abbreviation first met in a fine after the whole fine, naming it, so «25 АЕК-ке дейін» stays whole', () => {
    const out = explainFirst(
      page(
        '<p>Штраф <span class="fine">от 5 до 25 МРП (в 2026 году — от 21 625 до 108 125 ₸)</span>, потом 6 МРП.</p>',
      ),
      list,
    );
    expect(out).toContain(
      '<span class="fine">от 5 до 25 МРП (в 2026 году — от 21 625 до 108 125 ₸)</span><span class="abbr-note"> (МРП — месячный расчётный показатель)</span>, потом 6 МРП.',
    );
    expect(out.match(/abbr-note/g)).toHaveLength(1);
  });

  it('does not take a word that only contains the letters', () => {
    expect(explainFirst(page('<p>МРПШ и АМРП</p>'), list)).not.toContain('abbr-note');
  });

  it("has an explanation for the site's abbreviations in both languages", () => {
    expect(Object.keys(ABBREVIATIONS.ru)).toEqual(expect.arrayContaining(['МРП', 'БИН']));
    expect(Object.keys(ABBREVIATIONS.kk)).toEqual(expect.arrayContaining(['АЕК', 'БСН']));
  });
});
