/** Reading feed XML through the page's DOMParser, with the checks every feed importer needs. */
import { ImportProblem, type ImportDeps } from './types';

/**
 * Parses feed XML, refusing what a feed never needs: entity declarations (the "billion laughs" attack expands
 * them) and documents the parser could not read.
 */
export function parseFeedXml(text: string, deps: ImportDeps): Document {
  if (/<!ENTITY/i.test(text.slice(0, 100_000))) {
    throw new ImportProblem('This feed declares XML entities, which Sharefeed does not read for safety; nothing was imported.');
  }
  const doc = deps.parseXml(text);
  if (doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement) {
    throw new ImportProblem('This feed is not well-formed XML (it may be truncated or damaged); nothing was imported.');
  }
  return doc;
}

/** Child elements by local name, whatever their namespace prefix. */
export function children(el: Element, name: string): Element[] {
  return [...el.children].filter((c) => c.localName === name);
}

export function child(el: Element, name: string): Element | null {
  for (const c of el.children) if (c.localName === name) return c;
  return null;
}

export function childText(el: Element, name: string): string | null {
  const found = child(el, name);
  return found ? (found.textContent ?? '').trim() : null;
}

/** An element's `xml:base` or the nearest ancestor's, resolved against `fallback`. */
export function xmlBase(el: Element, fallback: string | null): string | null {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
    if (base) chain.unshift(base);
  }
  try {
    return chain.reduce<string | null>((acc, b) => new URL(b, acc ?? undefined).href, fallback);
  } catch {
    return fallback;
  }
}

/**
 * An item's lead image, as feeds declare one: an image enclosure (RSS `<enclosure type="image/…">`, Atom
 * `<link rel="enclosure" type="image/…">`), Media RSS `<media:content medium="image">` or an image-typed one, then
 * `<media:thumbnail>`. The URL as written (the share resolves it against the entry's address).
 */
export function feedImage(item: Element): string | null {
  const isImage = (el: Element) => /^image\//i.test(el.getAttribute('type') ?? '') || el.getAttribute('medium') === 'image';
  const enclosure = children(item, 'enclosure').find(isImage)?.getAttribute('url');
  const link = children(item, 'link')
    .find((l) => l.getAttribute('rel') === 'enclosure' && isImage(l))
    ?.getAttribute('href');
  const media = children(item, 'content')
    .find((c) => c.namespaceURI === MEDIA_RSS && isImage(c))
    ?.getAttribute('url');
  const group = children(item, 'group').find((g) => g.namespaceURI === MEDIA_RSS);
  const grouped = group && children(group, 'content').find(isImage)?.getAttribute('url');
  const thumbnail = [item, ...(group ? [group] : [])]
    .flatMap((el) => children(el, 'thumbnail'))
    .find((t) => t.namespaceURI === MEDIA_RSS)
    ?.getAttribute('url');
  return enclosure || link || media || grouped || thumbnail || null;
}

const MEDIA_RSS = 'http://search.yahoo.com/mrss/';
