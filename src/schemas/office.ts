import { z } from 'astro/zod';
import { ruleParams, text } from './fields';

/** A text in both languages, for data files that are not split by language folder. */
const bilingual = (max = 200) => z.object({ kk: text(max), ru: text(max) });

/** Kazakhstan phone as dialled internationally: +7 and ten digits. */
const phone = () =>
  z.string().refine((number) => /^\+7\d{10}$/.test(number), {
    error: `expected +7 and ten digits without spaces, e.g. +77029235050`,
    ...ruleParams('phone-format'),
  });

/** A free consultation office, kept in `content/offices.json` so staff can update it in one place. */
export const officeSchema = z.object({
  /** Stable id, Latin kebab-case (e.g. `aksukent`). */
  id: z
    .string()
    .refine((id) => /^[a-z0-9-]+$/.test(id), { error: 'expected Latin kebab-case', ...ruleParams('office-id') }),
  /** Order on the page; the first office's phone is the portal's main contact. */
  order: z.number().int(),
  /** Office name, e.g. "Кабинет в Аксукенте". */
  name: bilingual(80),
  /** City or village and district, e.g. "Аксукент, Сайрамский район". */
  locality: bilingual(120),
  /** Street address. */
  address: bilingual(160),
  /** Opening hours in words, e.g. "Пн–Пт, 10:00–17:00". */
  hours: bilingual(120),
  /** Phone number for calls. */
  phone: phone(),
  /** WhatsApp number (often the same phone). */
  whatsapp: phone().optional(),
  /** Instagram account without @. */
  instagram: z
    .string()
    .refine((name) => /^[A-Za-z0-9._]{1,30}$/.test(name), {
      error: 'expected the account name without @',
      ...ruleParams('instagram-handle'),
    })
    .optional(),
  /**
   * Contacts the organisation still has to confirm, by field, with what to check; listed in the
   * lawyer's and editors' review list (`npm run review`) until removed. E.g. { "instagram": "…" }.
   */
  toConfirm: z
    .partialRecord(z.enum(['name', 'locality', 'address', 'hours', 'phone', 'whatsapp', 'instagram']), text(400))
    .optional(),
  /** Map coordinates, WGS84. */
  coordinates: z.object({ lat: z.number().min(40).max(56), lng: z.number().min(46).max(88) }).optional(),
});

export type Office = z.infer<typeof officeSchema>;
