import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { ACT_IDS } from '../data/acts';
import {
  CONTENT_COMPONENT_NAMES,
  NUMBER_ATTRIBUTE_COMPONENTS,
  type ContentComponentName,
} from '../lib/content-components';
import { componentProblem, numberExpression } from './value-tags';
import type { Problem } from './problem';

/**
 * Rules for the MDX body. MDX is code: a tag can run a script, an attribute can track a reader,
 * an expression is JavaScript. Editors get Markdown plus three components; everything else is
 * refused before it can be published.
 */
const UNSAFE_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
  'svg',
  'math',
]);
const ALLOWED = CONTENT_COMPONENT_NAMES.join(', ');

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value?: string } | null;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

/** `javascript:` even when hidden with spaces, tabs or capitals. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a hidden `java\tscript:` uses
const isJavascriptUrl = (url: string) => /^javascript:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));

export interface BodyContext {
  file: string;
  /** Line of the body's first line in the file. */
  firstLine: number;
  /** Site paths that exist, for internal links. */
  knownPaths: ReadonlySet<string>;
  /** Office ids of content/offices.json, for `<Contact office="…" />`. */
  officeIds?: readonly string[];
}

export function checkMdxBody(body: string, context: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node | undefined) =>
    node?.position ? node.position.start.line + context.firstLine - 1 : undefined;
  const seen = new Set<string>();
  const add = (node: Node | undefined, rule: Problem['rule'], values: Record<string, string> = {}) => {
    // One message per rule and line: a tag with two bad attributes is one thing to fix twice, not noise.
    const key = `${rule} ${at(node)} ${JSON.stringify(values)}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file: context.file, line: at(node), rule, values, severity: 'error' });
  };

  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    return [
      {
        file: context.file,
        line: place ? place + context.firstLine - 1 : undefined,
        rule: 'mdx-syntax',
        values: { detail: (error as Error).message.split('\n')[0]! },
        severity: 'error',
      },
    ];
  }

  const checkLink = (node: Node, url: string) => {
    if (isJavascriptUrl(url)) return add(node, 'javascript-url');
    if (url.startsWith('/') && !url.startsWith('//')) {
      const path = url.replace(/[?#].*$/, '');
      const normal = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
      if (!context.knownPaths.has(normal)) add(node, 'broken-link', { href: url });
    }
  };

  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return add(node, 'import-export', { allowed: ALLOWED });
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return add(node, 'expression');
      case 'link':
      case 'definition':
        return checkLink(node, (node as Node & { url: string }).url);
      case 'image':
        if (!(node as Node & { alt?: string }).alt?.trim()) add(node, 'image-alt');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as JsxNode;
        const name = element.name ?? '';
        if (UNSAFE_TAGS.has(name.toLowerCase())) add(node, 'unsafe-tag', { tag: name });
        else if (/^[A-Z]/.test(name) && !(CONTENT_COMPONENT_NAMES as readonly string[]).includes(name)) {
          add(node, 'unknown-component', { tag: name, allowed: ALLOWED });
        }
        const props: Record<string, unknown> = {};
        let propsReadable = true;
        for (const attribute of element.attributes) {
          const braces = attribute.value && typeof attribute.value === 'object' ? attribute.value : undefined;
          // `mrp={6}`, `mrp={[6, 10, 30]}`: a number in braces is data, not code, on the amount components only.
          const number =
            braces && NUMBER_ATTRIBUTE_COMPONENTS.includes(name as ContentComponentName)
              ? numberExpression(braces.value ?? '')
              : undefined;
          if (attribute.type === 'mdxJsxExpressionAttribute' || (braces && number === undefined)) {
            add(node, 'expression');
            propsReadable = false;
            continue;
          }
          props[attribute.name ?? ''] =
            number ?? (attribute.value === null || attribute.value === undefined ? true : attribute.value);
          if (number !== undefined) continue;
          const attributeName = attribute.name ?? '';
          const value = typeof attribute.value === 'string' ? attribute.value : '';
          if (/^on/i.test(attributeName)) add(node, 'event-attribute', { attribute: `${attributeName}=` });
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attributeName.toLowerCase()))
            checkLink(node, value);
          if (attributeName === 'act' && !(ACT_IDS as readonly string[]).includes(value)) {
            add(node, 'unknown-act', { act: value, allowed: ACT_IDS.join(', ') });
          }
        }
        const problem = propsReadable ? componentProblem(name, props, context.officeIds ?? []) : undefined;
        if (problem) add(node, problem.rule, problem.values);
        if (
          name === 'img' &&
          !element.attributes.some((a) => a.name === 'alt' && typeof a.value === 'string' && a.value.trim())
        ) {
          add(node, 'image-alt');
        }
        return;
      }
      default:
        return;
    }
  });
  return problems;
}
