import { formatPhone } from '../lib/format';
import type { Locale } from '../lib/locales';
import { homePath } from '../lib/routes';
import { SITE_URL } from '../site.config';
import { offices } from './offices';

/** The contacts a carousel's closing slide prints: the main office's WhatsApp (or phone), its Instagram, the section's address. */
export async function slideReach(
  locale: Locale,
): Promise<{ phone: string; instagram?: string | undefined; site: string }> {
  const [main] = await offices();
  if (!main) throw new Error('content/offices.json lists no office: the carousel has no phone to print');
  const home = new URL(homePath(locale), SITE_URL);
  return {
    phone: formatPhone(main.whatsapp ?? main.phone),
    instagram: main.instagram,
    site: `${home.host}${home.pathname}`,
  };
}
