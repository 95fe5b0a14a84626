import type { Locale } from '../locales';
import { formatDate } from '../format';
import { fill } from '../fill';
import { groupDigits } from '../amounts/numbers';
import { formatPinpoint } from '../law';
import { demandLaw, replyDeadline, type ClaimAnswers } from './claim';

/**
 * Builds the claim letter from the answers and one language's `claim.letter.*` strings
 * (passed in, without the prefix, so the browser gets only these few strings, not the whole UI
 * dictionary). Pure: the same answers, strings and date always give the same letter, which is
 * what the unit tests and the fill-in-the-blanks template rely on.
 */
export type LetterStrings = Record<string, string>;

export interface Letter {
  locale: Locale;
  /** Addressee and sender lines at the top. */
  header: string[];
  title: string;
  /** The claim itself, one paragraph per entry. */
  body: string[];
  /** Delivery note, date and signature. */
  footer: string[];
}

export const dateText = (iso: string, locale: Locale) => formatDate(new Date(`${iso}T00:00:00Z`), locale);

/** A price typed as digits, grouped as people write it («25 000»); anything else as typed. */
export const typedPrice = (price: string) => (/^\d+$/.test(price) ? groupDigits(Number(price)) : price);

/**
 * The letter. Empty answers become blanks («____________») — with no answers at all this is
 * the printable template shown when JavaScript is off. `today` is YYYY-MM-DD, or undefined for
 * the template (its date is written by hand).
 */
export function composeLetter(
  answers: ClaimAnswers,
  strings: LetterStrings,
  locale: Locale,
  today: string | undefined,
): Letter {
  const s = (key: string, values: Record<string, string> = {}) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`claim letter: missing string claim.letter.${key} (${locale})`);
    return fill(template, values);
  };
  const or = (value: string) => value.trim() || s('blank');

  const header = [
    s('to', { seller: or(answers.seller) }),
    ...(answers.bin ? [s('bin', { bin: answers.bin })] : []),
    s('address', { address: or(answers.sellerAddress) }),
    s('from', { buyer: or(answers.buyer) }),
    s('contact', { contact: or(answers.buyerContact) }),
  ];

  const body = [
    [
      s('bought', { date: answers.bought ? dateText(answers.bought, locale) : s('blank'), item: or(answers.item) }),
      ...(answers.price || !answers.demand
        ? [s('price', { price: answers.price ? typedPrice(answers.price) : s('blank') })]
        : []),
      ...(answers.proof ? [s(`proof.${answers.proof}`)] : []),
    ].join(' '),
    s('problem', { problem: or(answers.problem) }),
    answers.demand
      ? s(`demand.${answers.demand}`, {
          law: s('law', { pinpoint: formatPinpoint(demandLaw(answers.demand), locale) }),
        })
      : s('demandBlank'),
    [
      s('reply'),
      ...(() => {
        // Only from a receipt day the reader has entered: the law counts from receipt, not from writing.
        const by = today ? replyDeadline(answers.received) : undefined;
        return by ? [s('replyBy', { received: dateText(answers.received, locale), date: dateText(by, locale) })] : [];
      })(),
    ].join(' '),
    s('next'),
  ];

  const footer = [
    ...(answers.delivery ? [s(`delivery.${answers.delivery}`)] : []),
    s('date', { date: today ? dateText(today, locale) : s('blank') }),
    s('signature'),
  ];
  return { locale, header, title: s('title'), body, footer };
}

/** The letter as plain text, for copying into a message or an e-mail. */
export function letterText(letter: Letter): string {
  return [letter.header.join('\n'), letter.title, letter.body.join('\n\n'), letter.footer.join('\n')].join('\n\n');
}
