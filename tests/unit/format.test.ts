import { describe, expect, it } from 'vitest';
import { formatDate, formatPhone, isoDay, whatsappLink } from '../../src/lib/format';
import { formatPinpoint } from '../../src/lib/law';
import { actUrl } from '../../src/data/acts';
import { mapLink } from '../../src/lib/maps';

describe('formatPinpoint', () => {
  it('writes Russian citations as «ст. N, п. N»', () => {
    expect(formatPinpoint({ article: '30', point: '1', subpoint: '6' }, 'ru')).toBe('ст. 30, п. 1, пп. 6');
    expect(formatPinpoint({ article: '193', part: '4' }, 'ru')).toBe('ст. 193, ч. 4');
  });

  it('writes Kazakh citations number-first, as the law does: «30-бап, 1-тармақ»', () => {
    expect(formatPinpoint({ article: '30', point: '1', subpoint: '6' }, 'kk')).toBe('30-бап, 1-тармақ, 6-тармақша');
    expect(formatPinpoint({ article: '42-4' }, 'kk')).toBe('42-4-бап');
    expect(formatPinpoint({ article: '193', part: '4' }, 'kk')).toBe('193-бап, 4-бөлік');
  });
});

describe('actUrl', () => {
  it('opens the act on adilet.zan.kz in the reader’s language', () => {
    expect(actUrl('consumer-protection-law', 'ru')).toBe('https://adilet.zan.kz/rus/docs/Z100000274_');
    expect(actUrl('consumer-protection-law', 'kk')).toBe('https://adilet.zan.kz/kaz/docs/Z100000274_');
  });
});

describe('dates', () => {
  const day = new Date('2026-11-25T00:00:00Z');
  it('are written in words in each language', () => {
    expect(formatDate(day, 'ru')).toMatch(/25 ноября 2026/);
    expect(formatDate(day, 'kk')).toMatch(/2026/);
    expect(formatDate(day, 'kk')).toMatch(/қараша/i);
    // Written out, not left to the browser's Intl data (Debian's Chromium prints «M11» for Kazakh).
    expect(formatDate(day, 'ru')).toBe('25 ноября 2026 года');
    expect(formatDate(day, 'kk')).toBe('2026 жылғы 25 қараша');
    expect(formatDate(new Date('2027-01-01T00:00:00Z'), 'kk')).toBe('2027 жылғы 1 қаңтар');
  });
  it('have a machine-readable form', () => {
    expect(isoDay(day)).toBe('2026-11-25');
  });
});

describe('contacts', () => {
  it('group a phone number as printed, never breaking it', () => {
    expect(formatPhone('+77029235050')).toBe('+7\u00a0702\u00a0923\u00a050\u00a050');
    expect(formatPhone('12345')).toBe('12345');
  });
  it('prefill a WhatsApp message without sending anything', () => {
    expect(whatsappLink('+77029235050', 'Сәлем? & «тест»')).toBe(
      'https://wa.me/77029235050?text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC%3F%20%26%20%C2%AB%D1%82%D0%B5%D1%81%D1%82%C2%BB',
    );
  });
});

describe('mapLink', () => {
  it('pins verified coordinates', () => {
    expect(mapLink({ coordinates: { lat: 42.3, lng: 69.6 }, address: 'x' })).toBe(
      'https://www.openstreetmap.org/?mlat=42.3&mlon=69.6#map=17/42.3/69.6',
    );
  });
  it('searches the address when there are none', () => {
    expect(mapLink({ address: 'Шымкент, Бағысбаев 9' })).toBe(
      'https://www.openstreetmap.org/search?query=%D0%A8%D1%8B%D0%BC%D0%BA%D0%B5%D0%BD%D1%82%2C%20%D0%91%D0%B0%D2%93%D1%8B%D1%81%D0%B1%D0%B0%D0%B5%D0%B2%209',
    );
  });
});

describe('the one placeholder filler', () => {
  it('fills numbers and texts and leaves a missing value visible', async () => {
    const { fill } = await import('../../src/lib/fill');
    expect(fill('{{n}} из {{total}}', { n: 1, total: 8 })).toBe('1 из 8');
    expect(fill('{{a}} и {{b}}', { a: 'x' })).toBe('x и {{b}}');
    expect(fill('{{zero}}', { zero: 0 })).toBe('0');
  });
});
