/**
 * Test helper: reads HTML the way a browser does (parse5, the HTML standard's parser, in a `<body>` as innerHTML
 * parses) and reports what it finds, so tests assert on real parse results rather than on our own reading of our
 * output; and reads the gate's output literally (every element opened and closed as written), which is the tree
 * the gate meant. The two must be the same tree.
 */
import { defaultTreeAdapter, html, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** A tree as plain data: text, or an element with its attributes and children; adjacent texts merged. */
export type TreeNode = string | { name: string; attrs: Record<string, string>; children: TreeNode[] };

export interface HtmlReport {
  errors: string[];
  /** Every element as `name` and its attributes. */
  elements: { name: string; attrs: Record<string, string> }[];
  /** The fragment serialized again by parse5. */
  reserialized: string;
  text: string;
  /** The tree parse5 built. */
  tree: TreeNode[];
}

export function readHtml(source: string): HtmlReport {
  const errors: string[] = [];
  const body = defaultTreeAdapter.createElement('body', html.NS.HTML, []);
  const fragment = parseFragment(body, source, { onParseError: (e) => errors.push(e.code) });
  const elements: HtmlReport['elements'] = [];
  let text = '';
  const walk = (node: Node): TreeNode[] => {
    if (node.nodeName === '#text' && 'value' in node) {
      text += node.value;
      return [node.value];
    }
    if (node.nodeName === '#comment') return [];
    const children = 'childNodes' in node ? merge(node.childNodes.flatMap(walk)) : [];
    if (!('tagName' in node)) return children;
    const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
    elements.push({ name: node.tagName, attrs });
    return [{ name: node.tagName, attrs, children }];
  };
  const tree = walk(fragment);
  return { errors, elements, reserialized: serialize(fragment), text, tree };
}

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#92': '\\', '#10': '\n', '#9': '\t' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#92|#10|#9);/g, (_, ref: string) => REFERENCES[ref]!);

/**
 * The gate's output read literally: its tags as written, its text with our escapes decoded. (A parser drops a line
 * break right after `<pre>`, where the gate doubles one: that one is dropped here too.)
 */
export function literalTree(out: string): TreeNode[] {
  const root = { name: '', attrs: {}, children: [] as TreeNode[] };
  const stack = [root];
  let atPreStart = false;
  for (const piece of out.split(/(<[^>]*>)/)) {
    if (!piece) continue;
    const top = stack[stack.length - 1]!;
    if (!piece.startsWith('<')) {
      let text = decode(piece);
      if (atPreStart && text.startsWith('\n')) text = text.slice(1);
      atPreStart = false;
      if (text) top.children.push(text);
      continue;
    }
    atPreStart = false;
    if (piece.startsWith('</')) {
      const done = stack.pop()!;
      if (done.name !== piece.slice(2, -1)) throw new Error(`literalTree: ${piece} closes <${done.name}>`);
      done.children = merge(done.children);
      continue;
    }
    const [, name, rest] = /^<([a-z0-9]+)([^]*)>$/.exec(piece)!;
    const attrs: Record<string, string> = {};
    for (const [, attr, value] of rest!.matchAll(/ ([a-z]+)(?:='([^']*)')?/g)) attrs[attr!] = decode(value ?? '');
    const node = { name: name!, attrs, children: [] as TreeNode[] };
    top.children.push(node);
    if (!VOID.has(name!)) {
      stack.push(node);
      atPreStart = name === 'pre';
    }
  }
  if (stack.length !== 1) throw new Error(`literalTree: <${stack[stack.length - 1]!.name}> never closed`);
  return merge(root.children);
}

function merge(nodes: TreeNode[]): TreeNode[] {
  const out: TreeNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += node;
    else if (node !== '') out.push(node);
  }
  return out;
}
