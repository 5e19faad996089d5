import { decodeEntities } from './meta.js';

/** An element of a rendered page. Our templates emit well-formed HTML from a small vocabulary, so a tokenizer suffices. */
export interface HtmlElement {
  tag: string;
  classes: string[];
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'meta', 'hr', 'img', 'link', 'col', 'input']);
const SKIPPED = new Set(['head', 'style', 'script', 'title']);

/** Parses a page rendered by `render()` into its element tree (text decoded; head, styles and scripts dropped). */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', classes: [], attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let skipping = 0;
  const token =
    /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi;
  for (const m of html.matchAll(token)) {
    const [, closing, rawTag, rawAttrs, selfClosing, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (!skipping) top.children.push(decodeEntities(text));
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (closing) {
      if (SKIPPED.has(tag)) skipping--;
      else if (!skipping && top.tag === tag) stack.pop();
      continue;
    }
    if (SKIPPED.has(tag)) {
      skipping++;
      continue;
    }
    if (skipping) continue;
    const attrs: Record<string, string> = {};
    for (const a of (rawAttrs ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g))
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? '');
    const el: HtmlElement = { tag, classes: (attrs.class ?? '').split(/\s+/).filter(Boolean), attrs, children: [] };
    top.children.push(el);
    // `<circle … />` in an inline SVG closes itself.
    if (!VOID.has(tag) && !selfClosing) stack.push(el);
  }
  return root;
}

const SEPARATED = new Set(['p', 'td', 'th', 'tr', 'li', 'div', 'section', 'table', 'br', 'h1', 'h2', 'h3']);

/** The text of a node as a reader sees it: blocks and cells apart, whitespace collapsed. */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node.replace(/\s+/g, ' ');
  const inner = node.children.map(textOf).join('');
  return (SEPARATED.has(node.tag) ? ` ${inner} ` : inner).replace(/\s+/g, ' ');
}

export function find(node: HtmlElement, tag: string): HtmlElement | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.tag === tag) return c;
    const inner = find(c, tag);
    if (inner) return inner;
  }
  return undefined;
}
