import { addDays, isIsoDate } from './dates';

/**
 * The claim (претензия / наразылық) as data: what the reader answers, how it is kept in the
 * URL fragment (never sent to a server: browsers do not send `#…`), and which article backs
 * each demand. Law «О защите прав потребителей»: Art. 42-4 (the claim; by hand, registered
 * mail or the seller's e-mail; a reasoned written answer within 10 calendar days of receipt),
 * Art. 30 (defective goods), Art. 30 p.1 and Art. 14 (return of goods of proper quality within
 * 14 days), Art. 24 (selling at the price on the tag).
 */
export const DEMANDS = ['refund', 'replacement', 'repair', 'price-reduction', 'tag-price', 'return-14-days'] as const;
export type Demand = (typeof DEMANDS)[number];
export const DELIVERIES = ['hand', 'mail', 'email'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const PROOF_KINDS = ['receipt', 'bank', 'witnesses', 'other'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];
export const LETTER_LANGUAGES = ['kk', 'ru', 'both'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Days the seller has to answer a claim, from the day it receives it (Art. 42-4). */
export const REPLY_DAYS = 10;

export interface ClaimAnswers {
  buyer: string;
  buyerContact: string;
  seller: string;
  /** Business identification number, 12 digits, if known. */
  bin: string;
  sellerAddress: string;
  item: string;
  /** Purchase date, YYYY-MM-DD. */
  bought: string;
  /** Price in tenge, digits only. */
  price: string;
  proof: ProofKind | '';
  problem: string;
  demand: Demand | '';
  delivery: Delivery | '';
  language: LetterLanguage | '';
}

export const EMPTY_CLAIM: ClaimAnswers = {
  buyer: '',
  buyerContact: '',
  seller: '',
  bin: '',
  sellerAddress: '',
  item: '',
  bought: '',
  price: '',
  proof: '',
  problem: '',
  demand: '',
  delivery: '',
  language: '',
};

const FIELDS = Object.keys(EMPTY_CLAIM) as Array<keyof ClaimAnswers>;
const CHOICES: Partial<Record<keyof ClaimAnswers, readonly string[]>> = {
  proof: PROOF_KINDS,
  demand: DEMANDS,
  delivery: DELIVERIES,
  language: LETTER_LANGUAGES,
};
/** Longest text kept per field, so a pasted novel cannot blow up the URL. */
const MAX_LENGTH = 600;

/** Reads answers from a URL fragment (`#buyer=…&demand=refund`); unknown or invalid values are dropped. */
export function parseClaim(fragment: string): ClaimAnswers {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const answers: ClaimAnswers = { ...EMPTY_CLAIM };
  for (const field of FIELDS) {
    const value = (params.get(field) ?? '').slice(0, MAX_LENGTH);
    const choices = CHOICES[field];
    if (choices && !choices.includes(value)) continue;
    if (field === 'bought' && value && !isIsoDate(value)) continue;
    (answers as unknown as Record<string, string>)[field] = value;
  }
  return answers;
}

/** Writes the non-empty answers as a URL fragment, in a stable order. */
export function serializeClaim(answers: Partial<ClaimAnswers>): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = answers[field];
    if (value) params.set(field, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The article behind each demand, as the letter cites it. */
export function demandLaw(demand: Demand): { article: string; point?: string } {
  switch (demand) {
    case 'tag-price':
      return { article: '24' };
    case 'return-14-days':
      return { article: '30', point: '1' };
    default:
      return { article: '30' };
  }
}

/**
 * The last day of the seller's answer, when the day it receives the claim is known: today for
 * a claim handed over or e-mailed today; unknown (undefined) for registered mail.
 */
export function replyDeadline(delivery: Delivery | '', today: string): string | undefined {
  return delivery === 'hand' || delivery === 'email' ? addDays(today, REPLY_DAYS) : undefined;
}

/** A 12-digit BIN, or empty (it is optional). */
export function isValidBin(bin: string): boolean {
  return bin === '' || /^\d{12}$/.test(bin);
}

/** Fields that must be filled before the letter is complete. */
export function missingFields(answers: ClaimAnswers): Array<keyof ClaimAnswers> {
  const required: Array<keyof ClaimAnswers> = ['buyer', 'seller', 'item', 'bought', 'problem', 'demand'];
  return required.filter((field) => !answers[field].trim());
}
