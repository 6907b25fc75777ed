/**
 * What the page's own markup says about itself — meta tags, JSON-LD, `<link>`s, `<html lang>`, `<time>` —
 * read from the live document without changing it. Readability's findings are merged in later, by the caller.
 */
import { readJsonLd } from './json-ld';
import { tidyText } from './clean-title';

export interface PageMetadata {
  /** The title the page declares for sharing: og:title, twitter:title, Dublin Core, JSON-LD headline (not `<title>`). */
  title: string | null;
  description: string | null;
  author: string | null;
  siteName: string | null;
  /** Raw date strings; normalized by the caller. */
  published: string | null;
  modified: string | null;
  /** Raw language values, best first. */
  langs: string[];
  /** Absolute http(s) URLs. */
  image: string | null;
  canonical: string | null;
}

/** All `<meta>` values by lowercased property/name/itemprop/http-equiv (space-separated lists allowed), first wins. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = ['property', 'name', 'itemprop', 'http-equiv']
      .map((attr) => meta.getAttribute(attr))
      .flatMap((value) => (value ?? '').toLowerCase().split(/\s+/))
      .filter(Boolean);
    for (const key of keys) if (!map.has(key)) map.set(key, content);
  }
  return map;
}

/** `value` resolved against the document's base URL, when it is an http(s) URL. */
export function absoluteUrl(value: string | null | undefined, baseUrl: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function first(map: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = map.get(key);
    if (value) return value;
  }
  return null;
}

/** A meta author is sometimes a profile URL (article:author on Facebook's advice): not a name. */
function personName(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? tidyText(value) : null;
}

/** A `<time datetime>` marked as the publication date, else the first one. Asked only when meta tags are silent. */
function timeElement(doc: Document): string | null {
  const times = Array.from(doc.getElementsByTagName('time')).filter((t) => t.hasAttribute('datetime'));
  const marked = times.find((t) => t.hasAttribute('pubdate') || /\bdatePublished\b/.test(t.getAttribute('itemprop') ?? ''));
  return (marked ?? times[0])?.getAttribute('datetime') ?? null;
}

/** `<link>`s whose rel includes `rel` (rel is a token list: "shortcut icon"). Plain loops: cheap on big pages. */
export function linksWithRel(doc: Document, ...rels: string[]): Element[] {
  return Array.from(doc.getElementsByTagName('link')).filter((link) => {
    const tokens = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    return link.hasAttribute('href') && rels.some((rel) => tokens.includes(rel));
  });
}

export function readPageMetadata(doc: Document, baseUrl: string): PageMetadata {
  const meta = metaMap(doc);
  const ld = readJsonLd(doc);
  const imageLink = linksWithRel(doc, 'image_src')[0]?.getAttribute('href');
  return {
    title: tidyText(first(meta, ['og:title', 'twitter:title', 'dc:title', 'dcterms.title']) ?? ld.headline),
    description: tidyText(first(meta, ['og:description', 'description', 'twitter:description', 'dc:description']) ?? ld.description),
    author: personName(first(meta, ['author', 'dc:creator', 'dcterms.creator', 'article:author', 'parsely-author'])) ?? tidyText(ld.author),
    siteName: tidyText(meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name')),
    published:
      first(meta, ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'dc.date', 'dcterms.created']) ??
      ld.datePublished ??
      timeElement(doc),
    modified: first(meta, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']) ?? ld.dateModified,
    langs: [doc.documentElement.getAttribute('lang'), meta.get('content-language') ?? null, meta.get('og:locale') ?? null].filter(
      (lang): lang is string => !!lang?.trim(),
    ),
    image:
      absoluteUrl(first(meta, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']), baseUrl) ??
      absoluteUrl(ld.image, baseUrl) ??
      absoluteUrl(imageLink, baseUrl),
    canonical: absoluteUrl(linksWithRel(doc, 'canonical')[0]?.getAttribute('href'), baseUrl) ?? absoluteUrl(meta.get('og:url'), baseUrl),
  };
}
