/**
 * A stored article as it goes into the public page. Stored HTML (the storage gate's output) is safe and parses
 * back to itself, but an article written for feeds may break HTML's content models — a `<div>` in a `<span>`, a
 * lone `<li>`, a table whose rows disagree, a `<time>` whose text is not a date — which the W3C Nu checker counts
 * as errors in a page. This writer keeps every word and link and rewrites just what a page may not hold: blocks
 * inside phrasing are unwrapped, stray list and definition parts become `div`s, irregular tables become rows of
 * text, and attributes HTML has retired (table widths, list types) are left out. Iterative, linear, no DOM.
 */
import { defaultTreeAdapter, html as htmlSpec, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { escapeHtml, escapeHtmlAttr } from '../feed/html-text';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

const names = (list: string) => new Set(list.split(' '));

/** Elements whose content must be phrasing (inline) content only. */
const PHRASING_ONLY = names(
  'p h1 h2 h3 h4 h5 h6 pre span b i em strong small s u mark code kbd samp var cite dfn abbr q sub sup bdi time data rt summary ruby',
);
/** Flow (block) content: unwrapped where only phrasing may stand. */
const BLOCK = names(
  'address article aside blockquote caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul',
);
const HEADINGS = names('h1 h2 h3 h4 h5 h6');
/** Sectioning, landmark and definition-list elements: a shared story is one article already, so plain `div`s. */
const AS_DIV = names('address article aside footer header main nav section dl dt dd');
const GLOBAL = names('title dir');
const ATTRIBUTES: Record<string, Set<string>> = {
  a: names('href'),
  img: names('src alt width height'),
  blockquote: names('cite'),
  q: names('cite'),
  ol: names('start reversed type'),
  li: names('value'),
  th: names('colspan rowspan scope abbr'),
  td: names('colspan rowspan'),
  details: names('open'),
  data: names('value'),
  time: names('datetime'),
};
/** A date, a time, or both, as HTML's `datetime` accepts them (the common forms). */
const DATETIME = /^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** Where a node stands: what its parent is, and what its ancestors forbid. */
interface Context {
  parent: string;
  /** Only phrasing content may stand here. */
  phrasing: boolean;
  /** Inside a link: no interactive content (`details`). */
  inLink: boolean;
  /** Inside a table header cell: no headings. */
  inHeader: boolean;
  /** Inside a table's caption: no tables. */
  inCaption: boolean;
}

type Step = { node: Node; ctx: Context } | string;

/** The article's HTML, valid in a page's flow content. */
export function pageHtml(stored: string): string {
  if (!stored) return '';
  const body = defaultTreeAdapter.createElement('body', htmlSpec.NS.HTML, []);
  const out: string[] = [];
  /** The level of the last heading written; the entry's own title is an h2. */
  const headings = { last: 2 };
  // Last first: nodes with where they stand, and end tags (strings) of opened elements.
  const steps: Step[] = [];
  const push = (nodes: readonly Node[], ctx: Context) => {
    for (let i = nodes.length - 1; i >= 0; i--) steps.push({ node: nodes[i]!, ctx });
  };
  push(parseFragment(body, stored, {}).childNodes, { parent: 'div', phrasing: false, inLink: false, inHeader: false, inCaption: false });
  while (steps.length) {
    const step = steps.pop()!;
    if (typeof step === 'string') out.push(step);
    else if (step.node.nodeName === '#text') writeText((step.node as TextNode).value, step.ctx.parent, out);
    else if (isElement(step.node)) writeElement(step.node, step.ctx, out, steps, push, headings);
  }
  return out.join('');
}

function writeText(text: string, parent: string, out: string[]): void {
  // Words directly in a list are an error: they go in an item of their own. Tables hold only white space.
  if (parent === 'ul' || parent === 'ol') {
    if (text.trim()) out.push(`<li>${escapeHtml(text)}</li>`);
  } else if (!['table', 'thead', 'tbody', 'tfoot', 'tr'].includes(parent)) out.push(escapeHtml(text));
}

function writeElement(
  element: Element,
  ctx: Context,
  out: string[],
  steps: Step[],
  push: (nodes: readonly Node[], ctx: Context) => void,
  headings: { last: number },
): void {
  let name = element.tagName;
  const children = element.childNodes;
  // Where only phrasing may stand, a block's content goes on inline, after a space (and so does a table in a caption).
  if ((ctx.phrasing && BLOCK.has(name)) || (ctx.inCaption && name === 'table')) {
    if (name !== 'hr') {
      out.push(' ');
      push(name === 'table' ? tableCells(element) : children, ctx);
    }
    return;
  }
  if (name === 'table' && !regularTable(element)) return push(tableRowsAsParagraphs(element), ctx);
  if ((ctx.parent === 'ul' || ctx.parent === 'ol') && name !== 'li') {
    out.push('<li>');
    steps.push('</li>');
    ctx = { ...ctx, parent: 'li' };
  }
  if (name === 'li' && ctx.parent !== 'ul' && ctx.parent !== 'ol') name = 'div';
  if (AS_DIV.has(name)) name = 'div';
  if (HEADINGS.has(name) && ctx.inHeader) name = 'p';
  else if (HEADINGS.has(name)) {
    // Under the entry's h2, and never more than one level below the heading before (the checker's outline rule).
    const level = Math.min(Math.max(Number(name[1]) + 1, 3), headings.last + 1, 6);
    headings.last = level;
    name = `h${level}`;
  }
  if (name === 'figcaption' && !(ctx.parent === 'figure' && isFirstOrLast(element))) name = 'div';
  if (name === 'summary' && !(ctx.parent === 'details' && isFirstOrLast(element, true))) name = 'div';
  if (name === 'details' && (ctx.inLink || !firstElement(children, 'summary'))) name = 'div';
  if (name === 'rb' || name === 'rtc' || (name === 'ruby' && !regularRuby(element))) return push(children, ctx);
  if (name === 'a' && ctx.inLink) name = 'span';
  if (name === 'rp') return;
  if (name === 'rt' && ctx.parent !== 'ruby') name = 'span';
  if (name === 'data' && !element.attrs.some((a) => a.name === 'value')) name = 'span';
  if (name === 'time' && !element.attrs.some((a) => a.name === 'datetime' && DATETIME.test(a.value))) name = 'span';
  const attrs = attributes(name, element, ctx.parent);
  if (name === 'img') {
    out.push(`<img${/ alt=/.test(attrs) ? attrs : `${attrs} alt=''`}>`);
    return;
  }
  if (name === 'br' || name === 'wbr' || name === 'hr') {
    out.push(`<${name}>`);
    return;
  }
  out.push(`<${name}${attrs}>`);
  steps.push(`</${name}>`);
  const inner: Context = {
    parent: name,
    // Links and edits are transparent: their content may be what their parent's may be.
    phrasing: name === 'a' || name === 'del' || name === 'ins' ? ctx.phrasing : PHRASING_ONLY.has(name),
    inLink: ctx.inLink || name === 'a',
    inHeader: ctx.inHeader || name === 'th',
    inCaption: ctx.inCaption || name === 'caption',
  };
  push(name === 'table' ? inTableOrder(children) : children, inner);
}

function attributes(name: string, element: Element, parent: string): string {
  const allowed = ATTRIBUTES[name];
  let out = '';
  for (const { name: attr, value } of element.attrs) {
    if (!GLOBAL.has(attr) && !allowed?.has(attr)) continue;
    if ((attr === 'width' || attr === 'height') && !/^\d+$/.test(value)) continue;
    if ((attr === 'colspan' || attr === 'rowspan') && !/^[1-9]\d*$/.test(value)) continue;
    if (attr === 'value' && name === 'li' && parent !== 'ol') continue;
    if (attr === 'datetime' && !DATETIME.test(value)) continue;
    out += attr === 'reversed' || attr === 'open' ? ` ${attr}` : ` ${attr}='${escapeHtmlAttr(value)}'`;
  }
  return out;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const isBlank = (node: Node) => node.nodeName === '#text' && !(node as TextNode).value.trim();

/** Ruby the checker accepts: runs of text each followed by annotations (`rt`, `rp` aside), ending in one. */
function regularRuby(ruby: Element): boolean {
  let text = false;
  let annotated = false;
  for (const child of ruby.childNodes) {
    if (isBlank(child) || (isElement(child) && child.tagName === 'rp')) continue;
    if (isElement(child) && (child.tagName === 'rb' || child.tagName === 'rtc')) return false;
    if (isElement(child) && child.tagName === 'rt') {
      if (!text && !annotated) return false;
      annotated = true;
      text = false;
    } else {
      text = true;
      annotated = false;
    }
  }
  return annotated && !text;
}

/** Whether an element is its parent's first (or, unless `firstOnly`, last) child, white space aside. */
function isFirstOrLast(element: Element, firstOnly = false): boolean {
  const siblings = (element.parentNode?.childNodes ?? []).filter((n) => !isBlank(n));
  return siblings[0] === element || (!firstOnly && siblings[siblings.length - 1] === element);
}

function firstElement(children: readonly Node[], name: string): boolean {
  const first = children.find((n) => !isBlank(n));
  return !!first && isElement(first) && first.tagName === name;
}

/** The rows of a table, through its row groups. */
function rows(table: Element): Element[] {
  return table.childNodes.flatMap((child) => {
    if (!isElement(child)) return [];
    if (child.tagName === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.childNodes.filter(isElement) : [];
  });
}

/**
 * A table the checker accepts once its parts are in order: at most one caption, header and footer; every row holds
 * cells, the same number of columns, and no cell spans rows.
 */
function regularTable(table: Element): boolean {
  const count = (name: string) => table.childNodes.filter((c) => isElement(c) && c.tagName === name).length;
  if (count('caption') > 1 || count('thead') > 1 || count('tfoot') > 1) return false;
  let width = -1;
  for (const row of rows(table)) {
    const cells = row.childNodes.filter(isElement);
    if (!cells.length) return false;
    let columns = 0;
    for (const cell of cells) {
      const span = (attr: string) => Number(cell.attrs.find((a) => a.name === attr)?.value ?? '1') || 1;
      if (span('rowspan') !== 1) return false;
      columns += span('colspan');
    }
    if (width >= 0 && columns !== width) return false;
    width = columns;
  }
  return true;
}

function element(name: string, children: Node[]): Element {
  const made = defaultTreeAdapter.createElement(name, htmlSpec.NS.HTML, []);
  made.childNodes = children as Element['childNodes'];
  return made;
}

function text(value: string): TextNode {
  return { nodeName: '#text', value, parentNode: null } as unknown as TextNode;
}

/** An irregular table as paragraphs: its caption, then each row's cells joined by " · ". */
function tableRowsAsParagraphs(table: Element): Node[] {
  const caption = table.childNodes.find((c) => isElement(c) && c.tagName === 'caption') as Element | undefined;
  const out: Node[] = caption ? [element('p', caption.childNodes)] : [];
  for (const row of rows(table)) {
    const cells = row.childNodes.filter(isElement);
    out.push(
      element(
        'p',
        cells.flatMap((cell, i) => [...(i ? [text(' · ')] : []), element('span', cell.childNodes)]),
      ),
    );
  }
  return out;
}

/** A table's cells' contents in order, each followed by a space, for a table where only phrasing may stand. */
function tableCells(table: Element): Node[] {
  return rows(table).flatMap((row) => row.childNodes.filter(isElement).flatMap((cell) => [...cell.childNodes, text(' ')]));
}

/** A table's parts in the order HTML requires — caption, header, bodies, footer — which a parser may not keep. */
function inTableOrder(children: readonly Node[]): Node[] {
  const rank = (c: Node) => (!isElement(c) ? 2 : c.tagName === 'caption' ? 0 : c.tagName === 'thead' ? 1 : c.tagName === 'tfoot' ? 3 : 2);
  return children
    .map((node, i) => ({ node, i }))
    .sort((a, b) => rank(a.node) - rank(b.node) || a.i - b.i)
    .map((x) => x.node);
}
