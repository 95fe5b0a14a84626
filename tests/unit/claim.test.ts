import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, todayInKazakhstan } from '../../src/lib/claim/dates';
import { checkReturn, visibleQuestions, type ReturnAnswers } from '../../src/lib/claim/return-check';
import {
  EMPTY_CLAIM,
  STEPS,
  demandLaw,
  escalation,
  firstIncompleteStep,
  isValidBin,
  missingFields,
  parseClaim,
  replyDeadline,
  serializeClaim,
  stepProblems,
  withoutPersonal,
} from '../../src/lib/claim/claim';
import { composeLetter, letterText } from '../../src/lib/claim/letter';
import { fill } from '../../src/lib/fill';
import { complaintText, composeComplaint, lawyerSummary } from '../../src/lib/claim/escalation';
import { calendarFile, calendarHref } from '../../src/lib/claim/ics';
import { complaintStrings, letterStrings, useTranslations } from '../../src/i18n';
import { LOCALES } from '../../src/lib/locales';

const TODAY = '2026-11-25';

describe('calendar dates', () => {
  it('accept only real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('25.11.2026')).toBe(false);
  });
  it('add days across months, years and leap days', () => {
    expect(addDays('2026-11-25', 10)).toBe('2026-12-05');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 5)).toBe('2028-03-01');
  });
  it('count calendar days between dates', () => {
    expect(daysBetween('2026-11-11', TODAY)).toBe(14);
    expect(daysBetween(TODAY, TODAY)).toBe(0);
    expect(daysBetween('2026-11-26', TODAY)).toBe(-1);
  });
  it('take today in Kazakhstan (UTC+5), not in UTC', () => {
    expect(todayInKazakhstan(new Date('2026-11-25T20:00:00Z'))).toBe('2026-11-26');
    expect(todayInKazakhstan(new Date('2026-11-25T18:59:00Z'))).toBe('2026-11-25');
  });
});

describe('"Can I return it?"', () => {
  const check = (answers: ReturnAnswers) => checkReturn(answers, TODAY);
  const verdict = (answers: ReturnAnswers) => {
    const step = check(answers);
    if (!('outcome' in step)) throw new Error(`expected an answer, got question ${step.ask}`);
    return step.outcome;
  };
  const nonFood = { goods: 'non-food', quality: 'proper', category: 'other' } as const;

  it('asks food or not, then quality, then the kind of goods, the date and the proof', () => {
    expect(check({})).toEqual({ ask: 'goods' });
    expect(check({ goods: 'non-food' })).toEqual({ ask: 'quality' });
    expect(check({ goods: 'non-food', quality: 'proper' })).toEqual({ ask: 'category' });
    expect(check(nonFood)).toEqual({ ask: 'bought' });
    expect(check({ ...nonFood, bought: '2026-11-20' })).toEqual({ ask: 'proof' });
  });
  it('defective goods: yes, whatever the kind or the date, with a claim for a refund (Art. 30, 42-4)', () => {
    for (const goods of ['food', 'non-food'] as const) {
      const outcome = verdict({ goods, quality: 'defective', bought: '2025-01-01' });
      expect(outcome.verdict).toBe('defect');
      expect(outcome.law).toEqual([{ article: '30' }, { article: '42-4' }]);
      expect(outcome.claim).toEqual({ demand: 'refund', bought: '2025-01-01' });
    }
  });
  it('food of proper quality: the 14-day rule is for non-food goods', () => {
    expect(verdict({ goods: 'food', quality: 'proper' }).verdict).toBe('food');
  });
  it('each of the six kinds of Art. 30 p.1 cannot be returned, citing its subpoint', () => {
    const kinds = ['medicines', 'underwear', 'hosiery', 'animals-plants', 'by-length', 'phones'] as const;
    kinds.forEach((category, i) => {
      const outcome = verdict({ goods: 'non-food', quality: 'proper', category });
      expect(outcome.verdict).toBe('excluded');
      expect(outcome.law).toEqual([{ article: '30', point: '1', subpoint: String(i + 1) }]);
      expect(outcome.claim).toBeUndefined();
    });
  });
  it('day 14 is in time, day 15 is late', () => {
    const day14 = verdict({ ...nonFood, bought: '2026-11-11', proof: 'receipt' });
    expect(day14).toMatchObject({ verdict: 'yes', days: 14, lastDay: '2026-11-25' });
    expect(day14.claim).toEqual({ demand: 'return-14-days', bought: '2026-11-11' });
    const day15 = verdict({ ...nonFood, bought: '2026-11-10' });
    expect(day15).toMatchObject({ verdict: 'late', days: 15, lastDay: '2026-11-24' });
    expect(day15.claim).toBeUndefined();
  });
  it('bought today is in time', () => {
    expect(verdict({ ...nonFood, bought: TODAY, proof: 'receipt' })).toMatchObject({ verdict: 'yes', days: 0 });
  });
  it('shows only the questions on the current path', () => {
    expect(visibleQuestions({}, TODAY)).toEqual({ questions: ['goods'] });
    expect(visibleQuestions({ goods: 'non-food', quality: 'proper' }, TODAY)).toEqual({
      questions: ['goods', 'quality', 'category'],
    });
    // A defect needs no category, date or proof: those answers are ignored.
    const defect = visibleQuestions(
      { goods: 'non-food', quality: 'defective', category: 'phones', proof: 'none' },
      TODAY,
    );
    expect(defect.questions).toEqual(['goods', 'quality']);
    expect(defect.outcome?.verdict).toBe('defect');
  });
  it('a date in the future is a typo', () => {
    expect(verdict({ ...nonFood, bought: '2026-12-01' }).verdict).toBe('future');
  });
  it('a lost receipt does not end the right: other proof is enough, no proof means prove it first', () => {
    expect(verdict({ ...nonFood, bought: '2026-11-20', proof: 'other-proof' }).verdict).toBe('yes');
    const none = verdict({ ...nonFood, bought: '2026-11-20', proof: 'none' });
    expect(none.verdict).toBe('yes-prove-purchase');
    expect(none.law).toContainEqual({ article: '30', point: '1' });
  });
});

describe('claim answers in the URL fragment', () => {
  const answers = {
    ...EMPTY_CLAIM,
    buyer: 'Айгүл Серікқызы',
    seller: 'ТОО «Дүкен & Ко»',
    bought: '2026-11-20',
    demand: 'refund' as const,
  };
  it('round-trip through the fragment, Kazakh letters and & included', () => {
    const fragment = serializeClaim(answers);
    expect(fragment.startsWith('#buyer=')).toBe(true);
    expect(parseClaim(fragment)).toEqual(answers);
  });
  it('drop unknown choices and impossible dates instead of trusting the link', () => {
    expect(parseClaim('#demand=everything&delivery=pigeon&bought=2026-02-30&buyer=A').buyer).toBe('A');
    expect(parseClaim('#demand=everything&delivery=pigeon&bought=2026-02-30')).toEqual(EMPTY_CLAIM);
  });
  it('cap very long texts', () => {
    expect(parseClaim(`#problem=${'а'.repeat(5000)}`).problem).toHaveLength(600);
  });
  it('serialize nothing for empty answers', () => {
    expect(serializeClaim(EMPTY_CLAIM)).toBe('');
  });
});

describe('claim rules', () => {
  it('cite Art. 30 for a defect, Art. 30 p.1 for a 14-day return, Art. 24 for the tag price', () => {
    expect(demandLaw('refund')).toEqual({ article: '30' });
    expect(demandLaw('repair')).toEqual({ article: '30' });
    expect(demandLaw('return-14-days')).toEqual({ article: '30', point: '1' });
    expect(demandLaw('tag-price')).toEqual({ article: '24' });
  });
  it('give the seller 10 calendar days from the day it received the claim, never from the day it was written', () => {
    expect(replyDeadline('2026-11-25')).toBe('2026-12-05');
    expect(replyDeadline('2026-12-25')).toBe('2027-01-04');
    // A registered letter still on its way: no date until the notice gives the day of delivery.
    expect(replyDeadline('')).toBeUndefined();
    expect(replyDeadline('2026-02-30')).toBeUndefined();
  });
  it('know where the reader stands after sending: receipt unknown, waiting, no answer, refused', () => {
    const sent = { ...EMPTY_CLAIM, outcome: 'no-answer' as const };
    expect(escalation(sent, TODAY)).toEqual({ state: 'unknown-receipt' });
    expect(escalation({ ...sent, received: '2026-11-20' }, TODAY)).toEqual({
      state: 'waiting',
      deadline: '2026-11-30',
    });
    // The last day itself is still in time; the day after, the seller is late.
    expect(escalation({ ...sent, received: '2026-11-15' }, TODAY)).toEqual({
      state: 'waiting',
      deadline: '2026-11-25',
    });
    expect(escalation({ ...sent, received: '2026-11-14' }, TODAY)).toEqual({
      state: 'no-answer',
      deadline: '2026-11-24',
    });
    expect(escalation({ ...sent, outcome: 'refused' }, TODAY)).toEqual({ state: 'refused', deadline: undefined });
  });
  it('check each screen on its own: required answers, the BIN, dates that cannot be', () => {
    expect(STEPS.map((step) => step.id)).toEqual([
      'buyer',
      'seller',
      'purchase',
      'proof',
      'problem',
      'demand',
      'delivery',
      'language',
    ]);
    expect(stepProblems(0, EMPTY_CLAIM, TODAY)).toEqual({ buyer: 'missing' });
    expect(stepProblems(1, { ...EMPTY_CLAIM, seller: 'ИП', bin: '123' }, TODAY)).toEqual({ bin: 'bin' });
    expect(stepProblems(2, { ...EMPTY_CLAIM, item: 'etik', bought: '2026-12-01' }, TODAY)).toEqual({
      bought: 'future',
    });
    expect(stepProblems(3, EMPTY_CLAIM, TODAY)).toEqual({});
    expect(stepProblems(5, EMPTY_CLAIM, TODAY)).toEqual({ demand: 'missing' });
    expect(stepProblems(6, { ...EMPTY_CLAIM, bought: '2026-11-20', received: '2026-11-19' }, TODAY)).toEqual({
      received: 'before-purchase',
    });
    expect(stepProblems(6, { ...EMPTY_CLAIM, received: '2026-11-26' }, TODAY)).toEqual({ received: 'future' });
    expect(stepProblems(6, { ...EMPTY_CLAIM, received: '' }, TODAY)).toEqual({});
  });
  it('find the first screen the letter still needs', () => {
    expect(firstIncompleteStep(EMPTY_CLAIM, TODAY)).toBe(0);
    const full = {
      ...EMPTY_CLAIM,
      buyer: 'A',
      seller: 'B',
      item: 'C',
      bought: '2026-11-20',
      problem: 'D',
      demand: 'refund' as const,
    };
    expect(firstIncompleteStep(full, TODAY)).toBeUndefined();
    expect(firstIncompleteStep({ ...full, problem: '' }, TODAY)).toBe(4);
  });
  it('share a link without the name and contact', () => {
    const shared = withoutPersonal({ ...EMPTY_CLAIM, buyer: 'Айгүл', buyerContact: '+7 700', seller: 'ИП' });
    expect(shared.buyer).toBe('');
    expect(shared.buyerContact).toBe('');
    expect(serializeClaim(shared)).toBe('#seller=%D0%98%D0%9F');
  });
  it('accept an empty or 12-digit BIN only', () => {
    expect(isValidBin('')).toBe(true);
    expect(isValidBin('123456789012')).toBe(true);
    expect(isValidBin('12345')).toBe(false);
  });
  it('list what the letter still needs', () => {
    expect(missingFields(EMPTY_CLAIM)).toEqual(['buyer', 'seller', 'item', 'bought', 'problem', 'demand']);
  });
});

describe('the claim letter', () => {
  const answers = {
    ...EMPTY_CLAIM,
    buyer: 'Иванова Анна',
    buyerContact: '+7 700 000 00 00',
    seller: 'ИП «Обувь»',
    bin: '123456789012',
    sellerAddress: 'Шымкент, ул. Байтурсынова, 1',
    item: 'зимние ботинки',
    bought: '2026-11-20',
    price: '25000',
    proof: 'receipt' as const,
    problem: 'отклеилась подошва',
    demand: 'refund' as const,
    delivery: 'hand' as const,
    received: '2026-11-25',
  };
  for (const locale of LOCALES) {
    it(`(${locale}) names the seller, cites Art. 42-4 and the demand's article, and gives the reply date`, () => {
      const text = letterText(composeLetter(answers, letterStrings(locale), locale, TODAY));
      expect(text).toContain('ИП «Обувь»');
      expect(text).toContain('123456789012');
      expect(text).toContain('отклеилась подошва');
      expect(text).toMatch(locale === 'ru' ? /статья 42-4/ : /42-4/);
      expect(text).toContain(locale === 'ru' ? 'ст. 30' : '30-бап');
      expect(text).toMatch(/5 (декабря|желтоқсан)/);
      // Digits typed for the price are grouped as people write them.
      expect(text).toContain('25\u00a0000');
      expect(text).not.toMatch(/\{\{|\}\}/);
    });
    it(`(${locale}) with no answers is the fill-in-the-blanks template`, () => {
      const text = letterText(composeLetter(EMPTY_CLAIM, letterStrings(locale), locale, undefined));
      expect(text.match(/____________/g)!.length).toBeGreaterThanOrEqual(6);
      expect(text).not.toMatch(/\{\{|\}\}/);
    });
  }
  it('cites Art. 24 for the tag price and Art. 30 p.1 for a 14-day return', () => {
    const ru = letterStrings('ru');
    expect(letterText(composeLetter({ ...answers, demand: 'tag-price' }, ru, 'ru', TODAY))).toContain('ст. 24');
    expect(letterText(composeLetter({ ...answers, demand: 'return-14-days' }, ru, 'ru', TODAY))).toContain(
      'ст. 30, п. 1',
    );
  });
  it('has no reply date while the day of receipt is unknown (a registered letter on its way)', () => {
    const text = letterText(
      composeLetter({ ...answers, delivery: 'mail', received: '' }, letterStrings('ru'), 'ru', TODAY),
    );
    expect(text).not.toContain('срок ответа');
    expect(text).toContain('в течение 10 календарных дней со дня получения претензии');
    expect(text).toContain('заказным письмом');
  });
  it('asks for no stamp and ends every sentence with one full stop', () => {
    for (const locale of LOCALES) {
      const text = letterText(composeLetter(answers, letterStrings(locale), locale, TODAY));
      expect(text).not.toMatch(/печат|мөр/i);
      expect(text).not.toMatch(/\.\./);
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{a}} и {{b}}', { a: '1' })).toBe('1 и {{b}}');
  });
});

describe('the next step: complaint to the department and a message for the lawyer', () => {
  const answers = {
    ...EMPTY_CLAIM,
    buyer: 'Иванова Анна',
    buyerContact: '+7 700 000 00 00',
    seller: 'ИП «Обувь»',
    bin: '123456789012',
    item: 'зимние ботинки',
    bought: '2026-11-01',
    price: '25000',
    proof: 'receipt' as const,
    problem: 'отклеилась подошва',
    demand: 'refund' as const,
    delivery: 'mail' as const,
    received: '2026-11-10',
    outcome: 'no-answer' as const,
    region: 'shymkent' as const,
  };
  const department = {
    region: 'shymkent',
    name: 'Департамент',
    addressee: 'В Департамент торговли и защиты прав потребителей города Шымкента',
  };
  for (const locale of LOCALES) {
    it(`(${locale}) names the seller, the dates and the articles, and lists the attachments`, () => {
      const complaint = composeComplaint(answers, complaintStrings(locale), locale, TODAY, {
        ...department,
        addressee: locale === 'kk' ? 'Шымкент қаласының … департаментіне' : department.addressee,
      })!;
      const text = complaintText(complaint, useTranslations(locale)('claim.complaint.attachments'));
      expect(text).toContain('ИП «Обувь»');
      expect(text).toContain('123456789012');
      expect(text).toMatch(locale === 'ru' ? /10 ноября 2026 года/ : /2026 жылғы 10 қараша/);
      expect(text).toMatch(locale === 'ru' ? /20 ноября 2026 года/ : /2026 жылғы 20 қараша/);
      expect(text).toContain('42-4');
      expect(text).toContain(locale === 'ru' ? 'ст. 30' : '30-бап');
      expect(text).toMatch(locale === 'ru' ? /уведомление о вручении;/ : /тапсырылғаны туралы хабарлама;/);
      expect(text).not.toMatch(/\{\{|\}\}|\.\./);
    });
    it(`(${locale}) says nothing while the seller may still answer, and tells a refusal with its date`, () => {
      expect(
        composeComplaint({ ...answers, received: '2026-11-20' }, complaintStrings(locale), locale, TODAY, department),
      ).toBeUndefined();
      const refused = composeComplaint(
        { ...answers, outcome: 'refused', refusedOn: '2026-11-18' },
        complaintStrings(locale),
        locale,
        TODAY,
        department,
      )!;
      expect(refused.body.join(' ')).toMatch(
        locale === 'ru' ? /отказал .*18 ноября 2026 года/ : /2026 жылғы 18 қараша күні .*бас тартты/,
      );
      expect(refused.attachments.join(' ')).toMatch(
        locale === 'ru' ? /ответ продавца с отказом/ : /бас тартқаны туралы жауабы/,
      );
    });
    it(`(${locale}) the lawyer gets facts and dates, never the name or phone`, () => {
      const summary = lawyerSummary(answers, complaintStrings(locale), locale, TODAY);
      expect(summary).toContain('ИП «Обувь»');
      expect(summary).toContain('зимние ботинки');
      expect(summary).toMatch(locale === 'ru' ? /20 ноября 2026 года/ : /2026 жылғы 20 қараша/);
      expect(summary).not.toContain('Иванова');
      expect(summary).not.toContain('+7 700');
      expect(summary).not.toMatch(/\{\{|\s[.,]/);
    });
  }
});

describe('a reminder in the phone calendar', () => {
  const file = calendarFile({
    date: '2026-12-05',
    summary: 'Срок ответа: ИП «Обувь», Шымкент; ул. 1',
    description: 'Строка один\nстрока два, с запятой',
    uid: 'claim-reply-2026-12-05-x@sergaliturkestan.kz',
    now: new Date('2026-11-25T10:00:00Z'),
  });
  it('is one all-day event on the day, with escaped text and CRLF lines', () => {
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(file).toContain('DTSTART;VALUE=DATE:20261205\r\n');
    expect(file).toContain('DTEND;VALUE=DATE:20261206\r\n');
    expect(file).toContain('DTSTAMP:20261125T100000Z');
    expect(file.replace(/\r\n /g, '')).toContain('SUMMARY:Срок ответа: ИП «Обувь»\\, Шымкент\\; ул. 1');
    expect(file.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  it('unfolds back to the same text', () => {
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:Строка один\\nстрока два\\, с запятой');
    expect(calendarHref(file).startsWith('data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR')).toBe(true);
  });
});
