import type { IconId } from '../data/icons';
import { itemText, planCarousel, type CarouselPlan, type Slide, type SlideLabels } from '../lib/carousel';
import type { Locale } from '../lib/locales';
import type { Graphic, GraphicItem, Highlight } from '../schemas/infographic';
import { useTranslations } from '../i18n';
import { shownHighlights, type ShownHighlight } from './highlights';

/** The infographic fields a carousel is made from. */
export interface CarouselData {
  title: string;
  icon: IconId;
  highlights: Highlight[];
  graphic: Graphic;
}

/** One slide with its words: what the render page draws and what the page gives as the image's text. */
export interface SlideView {
  slide: Slide;
  /** «Ступень 2» over a ladder's stage. */
  label?: string | undefined;
  /** The step's number, shown large. */
  number?: number | undefined;
  heading: string;
  icon?: IconId | undefined;
  /** Key numbers (cover and numbers slides). */
  highlights: ShownHighlight[];
  /** Lines of text; for items, each with its icon and tone. */
  lines: Array<{ text: string; icon?: IconId | undefined; tone?: 'do' | 'dont' | undefined }>;
  /** The closing slide's contacts. */
  contact?: SlideContact | undefined;
}

/** How to reach the free lawyer, as the closing slide prints it. */
export interface SlideContact {
  /** «Звоните или пишите в WhatsApp». */
  call: string;
  /** The phone as printed, e.g. «+7 702 923 50 50». */
  phone: string;
  instagram?: string | undefined;
  /** «Все памятки на сайте» and the section's address without the scheme. */
  siteLabel: string;
  site: string;
}

/** The words of a slide's fixed parts in one language (planCarousel counts them against the limit). */
export function slideLabels(locale: Locale): SlideLabels {
  const t = useTranslations(locale);
  return { stage: (n) => t('graphic.stage', { n }), do: t('graphic.do'), dont: t('graphic.dont') };
}

export const carouselPlan = (data: CarouselData, locale: Locale): CarouselPlan =>
  planCarousel(data, slideLabels(locale));

const itemIcon = (item: GraphicItem): IconId | undefined => (typeof item === 'string' ? undefined : item.icon);

/**
 * The slides of an infographic in one language, each with the texts it shows. `phone`,
 * `instagram` and `site` are the main office's contacts and the section's address.
 */
export function carouselSlides(
  data: CarouselData,
  locale: Locale,
  reach: { phone: string; instagram?: string | undefined; site: string },
): SlideView[] {
  const t = useTranslations(locale);
  const labels = slideLabels(locale);
  const shown = shownHighlights(data.highlights, locale);
  const { graphic } = data;
  return carouselPlan(data, locale).slides.map((slide): SlideView => {
    switch (slide.kind) {
      case 'cover':
        return { slide, heading: data.title, icon: data.icon, highlights: shown.slice(0, 1), lines: [] };
      case 'numbers':
        return { slide, heading: t('carousel.numbers'), highlights: shown.slice(1), lines: [] };
      case 'step': {
        const steps = graphic.kind === 'steps' ? graphic.steps : graphic.kind === 'ladder' ? graphic.stages : [];
        const step = steps[slide.step]!;
        return {
          slide,
          number: slide.step + 1,
          label: graphic.kind === 'ladder' ? labels.stage(slide.step + 1) : undefined,
          heading: step.title,
          icon: step.icon,
          highlights: [],
          lines: slide.sentences.length > 0 ? [{ text: slide.sentences.join(' ') }] : [],
        };
      }
      case 'items': {
        if (graphic.kind === 'checklist') {
          return {
            slide,
            heading: data.title,
            highlights: [],
            lines: slide.items.map((i) => ({ text: itemText(graphic.items[i]!), icon: itemIcon(graphic.items[i]!) })),
          };
        }
        const list = graphic.kind === 'do-dont' ? graphic[slide.group === 'dont' ? 'dont' : 'do'] : [];
        const tone = slide.group === 'dont' ? 'dont' : 'do';
        return {
          slide,
          heading: tone === 'do' ? labels.do : labels.dont,
          highlights: [],
          lines: slide.items.map((i) => ({ text: list[i]!, tone })),
        };
      }
      case 'contact':
        return {
          slide,
          heading: t('offices.title'),
          highlights: [],
          lines: [],
          contact: { ...reach, call: t('carousel.call'), siteLabel: t('carousel.site') },
        };
    }
  });
}

/**
 * The text of a slide for its `alt`: what a screen reader says for the picture, and what a
 * reader sees if the picture does not load. The contact slide's text is the page's own contacts.
 */
export function slideAlt(view: SlideView): string {
  return [
    view.label,
    view.heading,
    ...view.highlights.map((h) => [h.value, h.label, h.tenge].filter(Boolean).join(' ')),
    ...view.lines.map((l) => l.text),
    ...(view.contact
      ? [
          `${view.contact.call}: ${view.contact.phone}`,
          view.contact.instagram && `Instagram @${view.contact.instagram}`,
          `${view.contact.siteLabel}: ${view.contact.site}`,
        ]
      : []),
  ]
    .filter(Boolean)
    .join('. ')
    .replace(/([.!?])\./g, '$1');
}
