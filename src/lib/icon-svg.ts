/**
 * Turns a Lucide SVG file into markup to inline: drops the licence comment and the root
 * element's class and size (CSS sizes it), hides it from screen readers (the text next to it
 * says the same) and keeps it out of the tab order. Only the root `<svg>` tag is touched:
 * shapes inside (`<rect width=…>`) keep their attributes. Pure, so it is unit-tested.
 */
export function inlineIconSvg(source: string, className = 'icon'): string {
  const svg = source.replace(/<!--[\s\S]*?-->/g, '').trim();
  return svg
    .replace(/^<svg\b[^>]*>/, (open) =>
      open
        .replace(/\s(class|width|height)="[^"]*"/g, '')
        .replace('<svg', `<svg class="${className}" aria-hidden="true" focusable="false"`),
    )
    .replace(/\s*\n\s*/g, ' ');
}
