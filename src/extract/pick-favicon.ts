/**
 * The site's icon for feed readers and the history list: the largest declared `rel=icon` (an SVG or
 * `sizes="any"` scales to anything), else Apple's touch icon, else the conventional /favicon.ico of the origin.
 */
import { absoluteUrl, linksWithRel } from './page-metadata';

interface Candidate {
  url: string;
  size: number;
  touch: boolean;
}

function declaredSize(link: Element, url: string): number {
  if (/\.svg(?:$|[?#])/i.test(url) || link.getAttribute('type') === 'image/svg+xml') return 1024;
  const sizes = link.getAttribute('sizes') ?? '';
  if (/\bany\b/i.test(sizes)) return 1024;
  const widths = [...sizes.matchAll(/(\d+)x\d+/gi)].map((m) => Number(m[1]));
  return widths.length ? Math.max(...widths) : 0;
}

function candidates(doc: Document, baseUrl: string): Candidate[] {
  const found: Candidate[] = [];
  for (const link of linksWithRel(doc, 'icon', 'apple-touch-icon', 'apple-touch-icon-precomposed')) {
    const touch = !/(?:^|\s)icon(?:\s|$)/i.test(link.getAttribute('rel') ?? '');
    const url = absoluteUrl(link.getAttribute('href'), baseUrl);
    if (url) found.push({ url, size: declaredSize(link, url), touch }); // data: icons are not worth storing
  }
  return found;
}

export function pickFavicon(doc: Document, baseUrl: string, pageUrl: string): string | null {
  const all = candidates(doc, baseUrl);
  const pool = all.some((c) => !c.touch) ? all.filter((c) => !c.touch) : all;
  const best = pool.reduce<Candidate | null>((a, c) => (a === null || c.size > a.size ? c : a), null);
  if (best) return best.url;
  try {
    const { protocol, origin } = new URL(pageUrl);
    return protocol === 'http:' || protocol === 'https:' ? `${origin}/favicon.ico` : null;
  } catch {
    return null;
  }
}
