/**
 * Test helper: reads HTML the way a browser does (parse5, the HTML standard's parser) and reports what it finds,
 * so tests can assert on real parse results rather than on our own reading of our output.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface HtmlReport {
  errors: string[];
  /** Every element as `name` and its attributes. */
  elements: { name: string; attrs: Record<string, string> }[];
  /** The fragment serialized again by parse5. */
  reserialized: string;
  text: string;
}

export function readHtml(html: string): HtmlReport {
  const errors: string[] = [];
  const fragment = parseFragment(html, { onParseError: (e) => errors.push(e.code) });
  const elements: HtmlReport['elements'] = [];
  let text = '';
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push({ name: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])) });
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(fragment);
  return { errors, elements, reserialized: serialize(fragment), text };
}
