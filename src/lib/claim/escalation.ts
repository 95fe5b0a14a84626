import type { Locale } from '../locales';
import { demandLaw, escalation, replyDeadline, type ClaimAnswers, type Demand } from './claim';
import { dateText, typedPrice, type LetterStrings } from './letter';
import { fill } from '../fill';
import { formatPinpoint } from '../law';

/**
 * The next step when the seller did not answer the claim in 10 days or refused: a complaint
 * to the regional Department of Trade and Consumer Protection, ready to paste into eOtinish,
 * with the attachments to add; and a short summary for the free lawyer (facts and dates only,
 * never the reader's name or phone). Pure, from the same answers as the letter and one
 * language's `claim.complaint.*` strings.
 */
export interface Authority {
  /** The region it serves. */
  region: string;
  /** Its name. */
  name: string;
  /** The complaint's first line, as the language addresses it («В Департамент…» / «…департаментіне»). */
  addressee: string;
}

export interface Complaint {
  locale: Locale;
  header: string[];
  title: string;
  body: string[];
  attachments: string[];
  footer: string[];
}

const strings =
  (table: LetterStrings, locale: Locale) =>
  (key: string, values: Record<string, string> = {}) => {
    const template = table[key];
    if (template === undefined) throw new Error(`claim complaint: missing string claim.complaint.${key} (${locale})`);
    return fill(template, values);
  };

/** The complaint, or undefined while there is nothing to complain of yet (the 10 days still run). */
export function composeComplaint(
  answers: ClaimAnswers,
  table: LetterStrings,
  locale: Locale,
  today: string,
  authority: Authority,
): Complaint | undefined {
  const state = escalation(answers, today);
  if (state.state === 'waiting' || state.state === 'unknown-receipt') return undefined;
  const s = strings(table, locale);
  const or = (value: string) => value.trim() || s('blank');
  const date = (iso: string) => dateText(iso, locale);
  const demand = answers.demand as Demand | '';

  const header = [
    s('to', { authority: authority.addressee }),
    s('from', { buyer: or(answers.buyer) }),
    s('contact', { contact: or(answers.buyerContact) }),
  ];
  const seller = [
    s('seller', { seller: or(answers.seller) }),
    ...(answers.bin ? [s('bin', { bin: answers.bin })] : []),
    ...(answers.sellerAddress ? [s('address', { address: answers.sellerAddress })] : []),
  ].join(' ');
  const purchase = [
    s('bought', { date: answers.bought ? date(answers.bought) : s('blank'), item: or(answers.item) }),
    ...(answers.price ? [s('price', { price: typedPrice(answers.price) })] : []),
  ].join(' ');
  const claim = [
    s('claim', {
      demand: demand ? s(`demand.${demand}`, { law: formatPinpoint(demandLaw(demand), locale) }) : s('blank'),
      received: answers.received ? date(answers.received) : s('blank'),
    }),
    ...(answers.delivery ? [s(`delivery.${answers.delivery}`)] : []),
  ].join(' ');
  const outcome =
    state.state === 'refused'
      ? s(answers.refusedOn ? 'refusedOn' : 'refused', { date: answers.refusedOn ? date(answers.refusedOn) : '' })
      : s('noAnswer', { deadline: date(state.deadline) });

  const attachments = [
    s(`attach.proof.${answers.proof || 'receipt'}`),
    s(`attach.claim.${answers.delivery || 'hand'}`),
    ...(state.state === 'refused' ? [s('attach.refusal')] : []),
    s('attach.photos'),
  ];
  return {
    locale,
    header,
    title: s('title'),
    body: [seller, purchase, s('problem', { problem: or(answers.problem) }), claim, outcome, s('request')],
    attachments,
    footer: [s('date', { date: date(today) })],
  };
}

/** The complaint as plain text, to paste into eOtinish. */
export function complaintText(complaint: Complaint, attachmentsTitle: string): string {
  return [
    complaint.header.join('\n'),
    complaint.title,
    complaint.body.join('\n\n'),
    [attachmentsTitle, ...complaint.attachments.map((a, i) => `${i + 1}. ${a}`)].join('\n'),
    complaint.footer.join('\n'),
  ].join('\n\n');
}

/**
 * The WhatsApp message for the free lawyer: what happened, with the dates, so the lawyer can
 * answer at once. Facts only: no name, address or phone (WhatsApp shows who is writing).
 */
export function lawyerSummary(answers: ClaimAnswers, table: LetterStrings, locale: Locale, today: string): string {
  const s = strings(table, locale);
  const state = escalation(answers, today);
  const date = (iso: string) => dateText(iso, locale);
  const deadline = replyDeadline(answers.received);
  const lines = [
    s(state.state === 'refused' ? 'lawyer.refused' : 'lawyer.noAnswer'),
    s('lawyer.item', {
      item: answers.item || '—',
      date: answers.bought ? date(answers.bought) : '—',
      price: answers.price ? s('lawyer.price', { price: typedPrice(answers.price) }) : '',
    }),
    s('lawyer.seller', { seller: answers.seller || '—' }),
    s('lawyer.problem', { problem: answers.problem || '—' }),
    ...(answers.demand
      ? [
          s('lawyer.demand', {
            demand: s(`demand.${answers.demand}`, { law: formatPinpoint(demandLaw(answers.demand), locale) }),
          }),
        ]
      : []),
    ...(answers.received
      ? [s('lawyer.received', { received: date(answers.received), deadline: deadline ? date(deadline) : '—' })]
      : []),
    ...(answers.refusedOn ? [s('lawyer.refusedOn', { date: date(answers.refusedOn) })] : []),
  ];
  return lines.map((line) => line.replace(/\s+([.,])/g, '$1').trim()).join('\n');
}
