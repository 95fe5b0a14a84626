import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import {
  RELATED_PATTERN,
  absoluteUrl,
  chooserPath,
  collectionPath,
  collectionTopicPath,
  entryPath,
  homePath,
  isEntryCollection,
  officesPath,
  offlineManifestPath,
  offlinePath,
  pagePath,
  parseRelated,
  switchLocalePath,
  topicPath,
  searchIndexPath,
} from '../../src/lib/routes';

describe('route builders', () => {
  it('build every URL with the language first and a trailing slash', () => {
    expect(chooserPath()).toBe('/rights/');
    expect(homePath('kk')).toBe('/kk/rights/');
    expect(collectionPath('ru', 'lifehacks')).toBe('/ru/rights/lifehacks/');
    expect(entryPath('kk', 'infographics', 'return-and-exchange')).toBe('/kk/rights/infographics/return-and-exchange/');
    expect(collectionTopicPath('ru', 'flyers', 'claims')).toBe('/ru/rights/flyers/topic/claims/');
    expect(topicPath('kk', 'prices')).toBe('/kk/rights/topics/prices/');
    expect(officesPath('ru')).toBe('/ru/rights/offices/');
    expect(pagePath('kk', 'about')).toBe('/kk/rights/about/');
  });

  it('makes absolute URLs from the configured site', () => {
    expect(absoluteUrl('/kk/rights/', 'https://example.kz')).toBe('https://example.kz/kk/rights/');
  });
});

describe('switchLocalePath', () => {
  it('keeps the page and swaps only the language', () => {
    expect(switchLocalePath('/ru/rights/lifehacks/return-within-14-days/', 'kk', LOCALES)).toBe(
      '/kk/rights/lifehacks/return-within-14-days/',
    );
    expect(switchLocalePath('/kk/rights/', 'ru', LOCALES)).toBe('/ru/rights/');
  });

  it('leads to the section home from a page without a language (the chooser, 404)', () => {
    expect(switchLocalePath('/rights/', 'kk', LOCALES)).toBe('/kk/rights/');
    expect(switchLocalePath('/', 'ru', LOCALES)).toBe('/ru/rights/');
  });
});

describe('related references', () => {
  it('accept collection/slug for entry collections only', () => {
    expect(RELATED_PATTERN.test('lifehacks/return-within-14-days')).toBe(true);
    expect(RELATED_PATTERN.test('videos/a')).toBe(true);
    expect(RELATED_PATTERN.test('pages/about')).toBe(false);
    expect(RELATED_PATTERN.test('lifehacks/Return')).toBe(false);
    expect(RELATED_PATTERN.test('return-within-14-days')).toBe(false);
  });

  it('split into collection and slug', () => {
    expect(parseRelated('infographics/three-stage-complaint')).toEqual({
      collection: 'infographics',
      slug: 'three-stage-complaint',
    });
  });

  it('know which names are entry collections', () => {
    expect(isEntryCollection('flyers')).toBe(true);
    expect(isEntryCollection('pages')).toBe(false);
  });
});

describe('search and offline files', () => {
  it('live under the language section', () => {
    expect(searchIndexPath('kk')).toBe('/kk/rights/search/index.json');
    expect(offlinePath('ru')).toBe('/ru/rights/offline/');
    expect(offlineManifestPath('kk')).toBe('/kk/rights/offline-manifest.json');
  });
});

describe('the language of a path', () => {
  it('is the first folder when it is a language, else Kazakh', async () => {
    const { localeOfPath } = await import('../../src/lib/locales');
    expect(localeOfPath('/ru/rights/claim/')).toBe('ru');
    expect(localeOfPath('/kk/rights/')).toBe('kk');
    expect(localeOfPath('/rights/')).toBe('kk');
    expect(localeOfPath('/review/')).toBe('kk');
  });
});
