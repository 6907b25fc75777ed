/**
 * The storage gate's HTML half: every article, whatever it came from (a capture, a backup, an import, a sync), is
 * parsed the way a browser parses it — parse5, the HTML standard's parser, in a `<body>` — and written back through
 * a constructive allow-list (html-policy.ts): only kept elements and attributes are written, quoted and escaped once
 * (the feed-ready form of html-text.ts, which the feed writers copy verbatim), URLs checked by the WHATWG URL parser.
 * Dropping or unwrapping an element can leave markup a parser would nest differently, so such output is parsed and
 * written again until it comes back unchanged: what is stored is exactly what every reader will build from it.
 * There is no DOM in core: this runs in the worker, in Node and in the CLI.
 */
import { Parser, defaultTreeAdapter, html as htmlSpec, type DefaultTreeAdapterMap } from 'parse5';
import { DROPPED_ELEMENTS, KEPT_ELEMENTS, RENAMED_ELEMENTS, TAKES_SPACE, VOID_ELEMENTS, keptAttributes } from './html-policy';
import { escapeHtml } from './html-text';
import { textOnlyHtml } from './text-only-html';
import { cleanText } from './xml';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

const HTML_NS = htmlSpec.NS.HTML;
/** A line break as escaped text is written (html-text.ts). */
const LINE_BREAK = '&#10;';
/**
 * Output deeper than this is flattened: Chromium attaches elements nested 512 deep beside their parent instead of in
 * it, so deeper stored markup would not parse back to itself there.
 */
const MAX_DEPTH = 400;
/**
 * Markup nested deeper than this is kept as text only: no article is (Chromium itself stops nesting at 512), and
 * a parser's tree of a million open elements is what makes hostile input cost more than its size.
 */
const MAX_PARSE_DEPTH = 2_000;
/**
 * Elements beyond this are kept as text only, whatever the input's length: the largest article the gate accepts
 * (5,000,000 characters of real markup) has a tenth of that at most — one element per 50 characters is usual — and a parser's tree of millions of elements is
 * what makes hostile input cost more than its size (memory the garbage collector must walk again and again).
 */
const MAX_ELEMENTS = 500_000;
/** Rounds of "parse what we wrote" before giving up on markup that will not settle (none seen; a bound all the same). */
const MAX_ROUNDS = 4;

/** The note added where an article had to be reduced to its text. */
export const TEXT_ONLY_NOTE = 'Sharefeed kept only the text of this article: its markup was too tangled to store as it was.';

/**
 * Safe, feed-ready HTML for `html`: empty when nothing in it would show (no text, no image), as for all-script.
 * `baseUrl` (the share's address) resolves relative links and images; without it they are dropped.
 */
export function scrubHtml(html: string, baseUrl?: string): string {
  if (!html) return '';
  const base = baseOf(baseUrl);
  let written = writeParsed(html, base);
  if (written === null) return textOnlyHtml(html, TEXT_ONLY_NOTE);
  // Nothing dropped or unwrapped: the tree is the parser's own, and writing it back round-trips.
  if (!written.changed) return written.visible ? written.html : '';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const again = writeParsed(written.html, base);
    if (again === null) break;
    if (again.html === written.html) return again.visible ? again.html : '';
    written = again;
  }
  return textOnlyHtml(html, TEXT_ONLY_NOTE);
}

function baseOf(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

interface Written {
  html: string;
  /** Whether anything a reader would see (text, an image) was written. */
  visible: boolean;
  /** Whether an element was dropped or unwrapped (attributes alone never change how the rest parses). */
  changed: boolean;
}

class TooTangled extends Error {}

/** A text node as parsed here: its text in the pieces it arrived in. */
type Pieces = TextNode & { pieces: string[] };

/** An element with its depth as it was inserted (a node moved later keeps it: a guard, not a measure). */
interface Depthed {
  depth?: number;
}

/**
 * parse5 in a `<body>`, as `innerHTML` parses. Elements are counted: markup can make a parser clone formatting
 * elements again and again (`<p><b id=1>…<b id=2000>` then `<p>x` many times: quadratic output, as in browsers),
 * and more elements than input characters can only come from that. Such input is reduced to its text instead.
 * Foster parenting (content misplaced in a table, moved before it) and the adoption agency (misnested formatting
 * end tags, which move nodes) are noted: they can build trees that markup cannot spell (`<li>` directly in `<li>`,
 * `<a>` in `<a>`, `<h1>` in `<h3>`), so their output is checked like a changed one.
 */
function parseBody(html: string): { fragment: ParentNode; moved: boolean } | null {
  let budget = html.length + 64;
  let elements = 0;
  let moved = false;
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      // Comments are never written: not keeping them keeps a page of a million of them from filling memory.
      if (node.nodeName === '#comment') return;
      if ('tagName' in node) {
        const depth = ((parent as Depthed).depth ?? 0) + 1;
        if (depth > MAX_PARSE_DEPTH) throw new TooTangled();
        (node as Depthed).depth = depth;
      }
      defaultTreeAdapter.appendChild(parent, node);
    },
    createElement(tagName, namespaceURI, attrs) {
      // A clone carries its original's attributes: they are charged too, so copies of a huge one add up.
      budget -= 1;
      for (const attr of attrs) budget -= attr.name.length + attr.value.length;
      if (budget < 0 || ++elements > MAX_ELEMENTS) throw new TooTangled();
      const element: Element & Depthed = defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
      element.depth = 0; // every element gets it at once: one object shape for all
      return element;
    },
    insertBefore(parent, node, reference) {
      moved = true;
      if ('tagName' in node) (node as Depthed).depth = ((parent as Depthed).depth ?? 0) + 1;
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
    insertText(parent, text) {
      // Text arriving a character at a time ("<<<<…": each "<" its own token) is joined once, when written, not
      // by a million concatenations whose pieces the garbage collector must walk.
      const last = parent.childNodes[parent.childNodes.length - 1];
      if (last?.nodeName === '#text') (last as Pieces).pieces.push(text);
      else defaultTreeAdapter.appendChild(parent, Object.assign(defaultTreeAdapter.createTextNode(''), { pieces: [text] }));
    },
    insertTextBefore(parent, text, reference) {
      moved = true;
      const before = parent.childNodes[parent.childNodes.indexOf(reference) - 1];
      if (before?.nodeName === '#text') (before as Pieces).pieces.push(text);
      else defaultTreeAdapter.insertBefore(parent, Object.assign(defaultTreeAdapter.createTextNode(''), { pieces: [text] }), reference);
    },
    detachNode(node) {
      moved = true;
      defaultTreeAdapter.detachNode(node);
    },
  };
  const body = defaultTreeAdapter.createElement('body', HTML_NS, []);
  try {
    // parseFragment, less its last step: it moves the content out of the parser's root element into a fragment,
    // one detach at a time, which would look like the tree being rearranged. The root element's children are read.
    const parser = Parser.getFragmentParser(body, { treeAdapter, scriptingEnabled: true });
    parser.tokenizer.write(html, true);
    return { fragment: treeAdapter.getFirstChild(parser.document) as Element, moved };
  } catch (err) {
    // Too tangled, or too large for a string at all (`RangeError`): either way, the text is what can be kept.
    if (err instanceof TooTangled || err instanceof RangeError) return null;
    throw err;
  }
}

function writeParsed(html: string, base: URL | null): Written | null {
  const parsed = parseBody(html);
  if (!parsed) return null;
  let written: Written;
  try {
    written = writeTree(parsed.fragment, base);
  } catch (err) {
    if (err instanceof RangeError) return null;
    throw err;
  }
  written.changed ||= parsed.moved;
  return written;
}

/** The kept part of a parsed tree as feed-ready HTML; iterative, so deep nesting cannot overflow the stack. */
function writeTree(fragment: ParentNode, base: URL | null): Written {
  const out: string[] = [];
  let visible = false;
  let changed = false;
  /** Just opened a `pre`, where parsers drop a leading line break: one we mean to keep must be doubled. */
  let atPreStart = false;
  // What is left to write, last first: nodes, and (as strings) the end tags of elements already opened.
  const steps: (ChildNode | string)[] = [];
  const pushChildren = (parent: ParentNode) => {
    for (let i = parent.childNodes.length - 1; i >= 0; i--) steps.push(parent.childNodes[i]!);
  };
  pushChildren(fragment);
  let depth = 0;
  /** A dropped control stood between words: a space goes before the next word, if one follows right away. */
  let spaceBeforeText = false;
  while (steps.length) {
    const step = steps.pop()!;
    if (typeof step === 'string') {
      out.push(step);
      atPreStart = false;
      spaceBeforeText = false;
      depth--;
      continue;
    }
    if (step.nodeName === '#text') {
      const raw = (step as Partial<Pieces>).pieces?.join('') ?? (step as TextNode).value;
      const text = escapeHtml(raw);
      if (!text) continue;
      if (atPreStart && text.startsWith(LINE_BREAK)) out.push(LINE_BREAK);
      if (spaceBeforeText && !/^(?:\s|&#(?:9|10);)/.test(text)) out.push(' ');
      atPreStart = false;
      spaceBeforeText = false;
      // Visible as written: characters a feed may not carry (controls) are filtered out by the escape.
      visible ||= /\S/.test(cleanText(raw));
      out.push(text);
      continue;
    }
    if (step.nodeName === '#comment' || step.nodeName === '#documentType') continue;
    const element = step as Element;
    let name = element.tagName;
    if (element.namespaceURI !== HTML_NS || DROPPED_ELEMENTS.has(name)) {
      changed = true;
      // A control or a player takes room on the page: the words on either side of it stay apart.
      if (element.namespaceURI !== HTML_NS || TAKES_SPACE.has(name)) spaceBeforeText ||= endsWithWord(out);
      continue;
    }
    const renamed = RENAMED_ELEMENTS[name];
    if ((!KEPT_ELEMENTS.has(name) && !renamed) || depth >= MAX_DEPTH) {
      changed = true;
      pushChildren(element);
      continue;
    }
    let attrs: string | null = '';
    if (renamed) {
      changed = true;
      name = renamed;
    } else if (element.attrs.length > 0 || name === 'img') attrs = keptAttributes(name, element.attrs, base);
    if (attrs === null) {
      changed = true; // an image with no usable source: an empty box
      continue;
    }
    out.push(attrs ? `<${name}${attrs}>` : (START_TAGS[name] ??= `<${name}>`));
    atPreStart = name === 'pre';
    spaceBeforeText = false;
    if (name === 'img') visible = true;
    if (VOID_ELEMENTS.has(name)) continue;
    steps.push((END_TAGS[name] ??= `</${name}>`));
    depth++;
    pushChildren(element);
  }
  return { html: out.join(''), visible, changed };
}

/** Whether what was written last is text ending in a word (not a tag, not white space). */
function endsWithWord(out: readonly string[]): boolean {
  const last = out[out.length - 1];
  return last !== undefined && !last.startsWith('<') && !/(?:\s|&#(?:9|10);)$/.test(last);
}

/** Tags without attributes, built once per name rather than once per element. */
const START_TAGS: Record<string, string> = {};
const END_TAGS: Record<string, string> = {};
