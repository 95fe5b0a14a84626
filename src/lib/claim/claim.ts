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
/** What the seller did with the claim, for the next step. */
export const OUTCOMES = ['no-answer', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Where the reader lives: the regional Department of Trade and Consumer Protection to write to. */
export const REGIONS = ['turkestan', 'shymkent'] as const;
export type Region = (typeof REGIONS)[number];

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
  /**
   * The day the seller received the claim, YYYY-MM-DD: the day it was handed over, the delivery
   * date on the registered-mail notice (entered when the notice comes back), or the day the
   * e-mail reached the seller. The 10 days of Art. 42-4 run from it.
   */
  received: string;
  language: LetterLanguage | '';
  /** Later: the seller did not answer, or refused. */
  outcome: Outcome | '';
  /** The date of the seller's refusal, YYYY-MM-DD, if it refused in writing. */
  refusedOn: string;
  region: Region | '';
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
  received: '',
  language: '',
  outcome: '',
  refusedOn: '',
  region: '',
};

const FIELDS = Object.keys(EMPTY_CLAIM) as Array<keyof ClaimAnswers>;
const CHOICES: Partial<Record<keyof ClaimAnswers, readonly string[]>> = {
  proof: PROOF_KINDS,
  demand: DEMANDS,
  delivery: DELIVERIES,
  language: LETTER_LANGUAGES,
  outcome: OUTCOMES,
  region: REGIONS,
};
const DATE_FIELDS: ReadonlyArray<keyof ClaimAnswers> = ['bought', 'received', 'refusedOn'];
/** Who the reader is: left out of a link shared "without my personal data". */
export const PERSONAL_FIELDS: ReadonlyArray<keyof ClaimAnswers> = ['buyer', 'buyerContact'];
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
    if (DATE_FIELDS.includes(field) && value && !isIsoDate(value)) continue;
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
 * The last day of the seller's answer: 10 calendar days from the day it received the claim
 * (Art. 42-4), or undefined while that day is not known (a registered letter still on its way).
 * Whether a last day on a day off moves is not in the fact sheet: the page refers it to the
 * lawyer instead of computing it.
 */
export function replyDeadline(received: string): string | undefined {
  return isIsoDate(received) ? addDays(received, REPLY_DAYS) : undefined;
}

/** The same answers without the reader's name and contact, for a link they may forward. */
export function withoutPersonal(answers: ClaimAnswers): ClaimAnswers {
  const copy = { ...answers };
  for (const field of PERSONAL_FIELDS) (copy as Record<string, string>)[field] = '';
  return copy;
}

/** A 12-digit BIN, or empty (it is optional). */
export function isValidBin(bin: string): boolean {
  return bin === '' || /^\d{12}$/.test(bin);
}

/** The builder's screens, in order, and the answers each one asks for. */
export const STEPS = [
  { id: 'buyer', fields: ['buyer', 'buyerContact'], required: ['buyer'] },
  { id: 'seller', fields: ['seller', 'bin', 'sellerAddress'], required: ['seller'] },
  { id: 'purchase', fields: ['item', 'bought', 'price'], required: ['item', 'bought'] },
  { id: 'proof', fields: ['proof'], required: [] },
  { id: 'problem', fields: ['problem'], required: ['problem'] },
  { id: 'demand', fields: ['demand'], required: ['demand'] },
  { id: 'delivery', fields: ['delivery', 'received'], required: [] },
  { id: 'language', fields: ['language'], required: [] },
] as const satisfies ReadonlyArray<{
  id: string;
  fields: ReadonlyArray<keyof ClaimAnswers>;
  required: ReadonlyArray<keyof ClaimAnswers>;
}>;
export type StepId = (typeof STEPS)[number]['id'];

/** What is wrong with one answer: missing, or a value that cannot be right. */
export type FieldProblem = 'missing' | 'bin' | 'future' | 'before-purchase' | 'before-received';

/** The problems of one screen's answers, by field; `today` is YYYY-MM-DD in Kazakhstan. */
export function stepProblems(
  step: number,
  answers: ClaimAnswers,
  today: string,
): Partial<Record<keyof ClaimAnswers, FieldProblem>> {
  const problems: Partial<Record<keyof ClaimAnswers, FieldProblem>> = {};
  const screen = STEPS[step];
  if (!screen) return problems;
  for (const field of screen.required as ReadonlyArray<keyof ClaimAnswers>)
    if (!answers[field].trim()) problems[field] = 'missing';
  const fields = screen.fields as ReadonlyArray<keyof ClaimAnswers>;
  if (fields.includes('bin') && !isValidBin(answers.bin)) problems.bin = 'bin';
  if (fields.includes('bought') && isIsoDate(answers.bought) && answers.bought > today) problems.bought = 'future';
  if (fields.includes('received') && isIsoDate(answers.received)) {
    if (answers.received > today) problems.received = 'future';
    else if (isIsoDate(answers.bought) && answers.received < answers.bought) problems.received = 'before-purchase';
  }
  return problems;
}

/** The first screen with a problem, or undefined when the letter can be shown. */
export function firstIncompleteStep(answers: ClaimAnswers, today: string): number | undefined {
  const index = STEPS.findIndex((_, i) => Object.keys(stepProblems(i, answers, today)).length > 0);
  return index < 0 ? undefined : index;
}

/** Fields that must be filled before the letter is complete. */
export function missingFields(answers: ClaimAnswers): Array<keyof ClaimAnswers> {
  return STEPS.flatMap((step) => step.required as ReadonlyArray<keyof ClaimAnswers>).filter(
    (field) => !answers[field].trim(),
  );
}

/** Where the reader stands after sending the claim: waiting, or free to go further. */
export type Escalation =
  | { state: 'unknown-receipt' }
  | { state: 'waiting'; deadline: string }
  | { state: 'no-answer'; deadline: string }
  | { state: 'refused'; deadline?: string | undefined };

export function escalation(answers: ClaimAnswers, today: string): Escalation {
  const deadline = replyDeadline(answers.received);
  if (answers.outcome === 'refused') return { state: 'refused', deadline };
  if (!deadline) return { state: 'unknown-receipt' };
  return today > deadline ? { state: 'no-answer', deadline } : { state: 'waiting', deadline };
}
