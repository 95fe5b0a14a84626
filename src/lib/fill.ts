/**
 * Fills `{{name}}` placeholders, the syntax of the UI strings (src/i18n), for the few places
 * that get a string without i18next: the browser tools (claim builder, search, offline save)
 * and the content check's messages. One helper, one rule: a missing value stays visible as
 * `{{name}}`, so a test or a reader notices it instead of seeing a silent gap.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
