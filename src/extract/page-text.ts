/** The text a page shows (scripts, styles and templates excluded), whitespace runs folded to one space. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'svg']);

export function pageText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  // NodeFilter constants by value: the injected world and test DOMs do not all expose NodeFilter globally.
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (INVISIBLE.has(node.parentNode?.nodeName ?? '')) continue;
    parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
  }
  return parts.join('');
}
