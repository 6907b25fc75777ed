/** Length of the text a page shows (scripts, styles and templates excluded), whitespace runs counted once. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'svg']);

export function pageTextLength(doc: Document): number {
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  // NodeFilter constants by value: the injected world and test DOMs do not all expose NodeFilter globally.
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (INVISIBLE.has(node.parentNode?.nodeName ?? '')) continue;
    length += (node.nodeValue ?? '').replace(/\s+/g, ' ').length;
  }
  return length;
}
