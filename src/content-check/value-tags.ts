import { parseFine, parsePrice } from '../lib/amounts/fine';
import { CONTACT_NAMES, parseContact } from '../lib/contacts';
import type { Rule } from '../lib/content-messages';

export { numberExpression } from '../lib/value-tags';

/**
 * What is wrong with the attributes of a value component in the MDX body (`<Fine>`, `<Price>`,
 * `<AsOf>`, `<Contact>`), as a rule with its values for the bilingual message; undefined when right.
 */
export function componentProblem(
  name: string,
  props: Record<string, unknown>,
  officeIds: readonly string[],
): { rule: Rule; values: Record<string, string> } | undefined {
  switch (name) {
    case 'Fine':
      return 'error' in parseFine(props) ? { rule: 'fine-attributes', values: { found: describe(props) } } : undefined;
    case 'Price':
      return typeof parsePrice(props) === 'number'
        ? undefined
        : { rule: 'price-attributes', values: { found: describe(props) } };
    case 'AsOf':
      return Object.keys(props).length > 0 ? { rule: 'asof-attributes', values: {} } : undefined;
    case 'Contact': {
      const request = parseContact(props);
      const bad =
        'error' in request || ('office' in request && officeIds.length > 0 && !officeIds.includes(request.office));
      return bad
        ? {
            rule: 'contact-attributes',
            values: { names: CONTACT_NAMES.join(', '), offices: officeIds.join(', '), found: describe(props) },
          }
        : undefined;
    }
    default:
      return undefined;
  }
}

const describe = (props: Record<string, unknown>) =>
  Object.entries(props)
    .map(([key, value]) => (value === true ? key : `${key}=${JSON.stringify(value)}`))
    .join(' ') || '—';
