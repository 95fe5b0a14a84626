import type { Locale } from './locales';

/** What this file reads of an office (src/schemas/office.ts has the whole record). */
export interface Office {
  id: string;
  phone: string;
  whatsapp?: string | undefined;
  instagram?: string | undefined;
  locality: Record<Locale, string>;
  address: Record<Locale, string>;
}
import { formatPhone, whatsappLink } from './format';

/**
 * The organisation's contacts as content cites them (`<Contact name="phone" />`,
 * `<Contact office="shymkent" />`), resolved from content/offices.json: one source for every
 * phone, handle and address the site prints.
 */
export const CONTACT_NAMES = ['phone', 'whatsapp', 'instagram', 'site'] as const;
export type ContactName = (typeof CONTACT_NAMES)[number];
export type ContactRequest = { name: ContactName } | { office: string };

export function parseContact(props: Record<string, unknown>): ContactRequest | { error: string } {
  const { name, office, ...rest } = props;
  const usage = `write <Contact name="phone" /> (${CONTACT_NAMES.join(', ')}) or <Contact office="aksukent" />`;
  if (Object.keys(rest).length > 0) return { error: `unknown attribute ${Object.keys(rest).join(', ')}; ${usage}` };
  if (name !== undefined && office === undefined) {
    return (CONTACT_NAMES as readonly unknown[]).includes(name)
      ? { name: name as ContactName }
      : { error: `unknown contact ${JSON.stringify(name)}; ${usage}` };
  }
  if (office !== undefined && name === undefined && typeof office === 'string' && office) return { office };
  return { error: usage };
}

/** The organisation's Instagram handle: the first office's, the one all offices share. */
export function instagramHandle(list: readonly Office[]): string | undefined {
  return list.find((o) => o.instagram)?.instagram;
}

export interface ContactValue {
  text: string;
  href?: string | undefined;
  external?: boolean;
}

export function contactValue(
  request: ContactRequest,
  list: readonly Office[],
  locale: Locale,
  siteUrl: string,
): ContactValue | { error: string } {
  const main = list[0];
  if (!main) return { error: 'content/offices.json lists no office' };
  if ('office' in request) {
    const office = list.find((o) => o.id === request.office);
    if (!office)
      return {
        error: `no office "${request.office}" in content/offices.json; use one of: ${list.map((o) => o.id).join(', ')}`,
      };
    return { text: `${office.locality[locale]}, ${office.address[locale]}` };
  }
  switch (request.name) {
    case 'phone':
      return { text: formatPhone(main.phone), href: `tel:${main.phone}` };
    case 'whatsapp': {
      const number = main.whatsapp ?? main.phone;
      return { text: formatPhone(number), href: whatsappLink(number, ''), external: true };
    }
    case 'instagram': {
      const handle = instagramHandle(list);
      if (!handle) return { error: 'content/offices.json gives no Instagram handle' };
      return { text: `@${handle}`, href: `https://www.instagram.com/${handle}/`, external: true };
    }
    case 'site':
      return { text: new URL(siteUrl).host, href: '/', external: false };
  }
}
