import type { Locale } from './locales';
import { fineText, parseFine, parsePrice, priceText, type AmountsYear } from './amounts/fine';
import { asOfText } from './format';

/**
 * The value components inside a frontmatter string, e.g. a video scene's narration:
 * «На полке ценник <Price tenge={1500} />…», «Это порядок <AsOf />.». Same tags and attributes
 * as in the MDX body, so editors learn one way to write an amount or a date. Expanded where the
 * string is used (the video script, its captions and transcript, the search index).
 */
export const STRING_TAG_NAMES = ['Fine', 'Price', 'AsOf'] as const;
export type StringTagName = (typeof STRING_TAG_NAMES)[number];

const TAG = /<([A-Z][A-Za-z]*)((?:\s+[a-z]+(?:=(?:\{[^{}]*\}|"[^"]*"))?)*)\s*\/>/g;
const ATTRIBUTE = /([a-z]+)(?:=(?:\{([^{}]*)\}|"([^"]*)"))?/g;

/** `6` → 6, `[6, 10, 30]` → [6, 10, 30]; anything else (code) → undefined. */
export function numberExpression(source: string): number | number[] | undefined {
  const text = source.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (/^\[\s*\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*\]$/.test(text)) return JSON.parse(text) as number[];
  return undefined;
}

export interface FoundTag {
  name: string;
  props: Record<string, unknown>;
  /** Attributes in braces that are not a number or list of numbers. */
  code: string[];
  source: string;
}

/** Every `<Tag … />` in a string, with its attributes read. */
export function findTags(text: string): FoundTag[] {
  return [...text.matchAll(TAG)].map((match) => {
    const props: Record<string, unknown> = {};
    const code: string[] = [];
    for (const [, key, braces, quoted] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      if (braces !== undefined) {
        const value = numberExpression(braces);
        if (value === undefined) code.push(key!);
        else props[key!] = value;
      } else props[key!] = quoted ?? true;
    }
    return { name: match[1]!, props, code, source: match[0] };
  });
}

/** A string's tags that are not allowed or not written right, as "<Tag …>: why" lines. */
export function stringTagErrors(text: string): string[] {
  const errors: string[] = [];
  for (const tag of findTags(text)) {
    if (!(STRING_TAG_NAMES as readonly string[]).includes(tag.name))
      errors.push(`${tag.source}: only ${STRING_TAG_NAMES.join(', ')} can be used in this text`);
    else if (tag.code.length > 0)
      errors.push(`${tag.source}: ${tag.code.join(', ')} must be a number or a list of numbers`);
    else {
      const error = tagError(tag);
      if (error) errors.push(`${tag.source}: ${error}`);
    }
  }
  if (/<[A-Za-z]/.test(text.replace(TAG, '')))
    errors.push('a tag that is not complete: write it as <Price tenge={1500} /> with the closing />');
  return errors;
}

function tagError(tag: FoundTag): string | undefined {
  if (tag.name === 'Fine') {
    const fine = parseFine(tag.props);
    return 'error' in fine ? fine.error : undefined;
  }
  if (tag.name === 'Price') {
    const price = parsePrice(tag.props);
    return typeof price === 'number' ? undefined : price.error;
  }
  return Object.keys(tag.props).length > 0 ? '<AsOf /> takes no attributes' : undefined;
}

export interface TagContext {
  locale: Locale;
  /** The entry's checked date, for <AsOf />. */
  checked: Date;
  /** The МРП year the amounts are shown for. */
  year: AmountsYear;
}

/** The string with its tags replaced by their text. Throws on a bad tag (the content check reports it first). */
export function expandTags(text: string, context: TagContext): string {
  return text.replace(TAG, (source) => {
    const [tag] = findTags(source);
    const error = !tag || tag.code.length > 0 ? 'bad attribute' : tagError(tag);
    if (!tag || error || !(STRING_TAG_NAMES as readonly string[]).includes(tag.name))
      throw new Error(`${source}: ${error ?? 'not allowed here'}`);
    if (tag.name === 'Fine')
      return fineText(
        parseFine(tag.props) as Exclude<ReturnType<typeof parseFine>, { error: string }>,
        context.locale,
        context.year,
      );
    if (tag.name === 'Price') return priceText(parsePrice(tag.props) as number, context.locale);
    return asOfText(context.checked, context.locale);
  });
}

/**
 * The text as long as it will be read, for timing a scene before the values are known:
 * tags replaced by a filled-in text of about their longest length.
 */
export function readingText(text: string): string {
  const longest = (locale: Locale): TagContext => ({
    locale,
    checked: new Date(Date.UTC(2026, 8, 30)),
    year: { year: 2026, mrp: { tenge: 99_999, source: '' } },
  });
  // The schema does not know the file's language; Kazakh letters tell it well enough for timing.
  try {
    return expandTags(text, longest(/[әғқңөұүһі]/i.test(text) ? 'kk' : 'ru'));
  } catch {
    return text;
  }
}

/**
 * An MDX body with its amount and date tags filled in and every other tag left alone: the text
 * as it reads on the page, for counting its words and for the search index.
 */
export function fillBodyTags(body: string, context: TagContext): string {
  return body.replace(/<(?:Fine|Price|AsOf)\b[^<>]*\/>/g, (tag) => {
    try {
      return expandTags(tag, context);
    } catch {
      return tag;
    }
  });
}
