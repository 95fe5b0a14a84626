import { describe, expect, it } from 'vitest';
import { staleReason, type RenderRecord } from '../../src/video-maker/manifest';
import { scriptHash } from '../../src/video-maker/script';

describe('is a committed video older than its script?', () => {
  const scene = {
    heading: 'Сверьте цену',
    text: 'Сравните цену в чеке с ценником.',
    icon: 'receipt' as const,
    duration: 10,
  };
  const script = { locale: 'ru', title: 'Цена', scenes: [scene, scene, scene] };
  const templates = ['<template v1>'];
  const hash = scriptHash(script, templates);
  const record: RenderRecord = {
    scriptHash: hash,
    renderedAt: '2026-11-25T22:00:00Z',
    renderSeconds: 150,
    files: { '/videos/x/ru.webm': { bytes: 10, sha256: 'aaa' } },
  };
  const files = (path: string) => (path === '/videos/x/ru.webm' ? 'aaa' : undefined);

  it('is up to date when nothing changed', () => {
    expect(staleReason({ hash }, record, files)).toBeUndefined();
  });
  it('is out of date when a scene text, a duration or the template changes', () => {
    const edited = scriptHash({ ...script, scenes: [{ ...scene, text: 'Другое.' }, scene, scene] }, templates);
    expect(staleReason({ hash: edited }, record, files)).toMatch(/scenes .* changed after the video was made/);
    expect(scriptHash({ ...script, scenes: [{ ...scene, duration: 11 }, scene, scene] }, templates)).not.toBe(hash);
    expect(scriptHash(script, ['<template v2>'])).not.toBe(hash);
  });
  it('is out of date when a file is missing or was replaced by hand', () => {
    expect(staleReason({ hash }, record, () => undefined)).toBe('public/videos/x/ru.webm is missing');
    expect(staleReason({ hash }, record, () => 'bbb')).toMatch(/changed by hand/);
  });
  it('is out of date when it was never made', () => {
    expect(staleReason({ hash }, undefined, files)).toBe('it was never made');
  });
});
