/**
 * Readability on a copy of the page (the live page is never changed), with formulas turned into text first (it
 * would drop them) and lazy images given their real source first (it drops an `<img>` with no source at all, as a
 * `<picture>`'s often is).
 * Readability itself drops hidden nodes (`hidden`, `aria-hidden`, inline `display:none`) as it walks, which is
 * what keeps GitHub's hidden error banner out of the article.
 */
import { Readability } from '@mozilla/readability';
import { fixLazyImages, unwrapNoscriptImages } from './fix-lazy-images';
import { flattenMath } from './flatten-math';

export interface ReadArticle {
  title: string | null;
  /** Readability's article element, in the copy (kept as a node, so it is not serialized and parsed again). */
  content: Element;
  /** Its text, as Readability read it. */
  textContent: string;
  excerpt: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/** What Readability reads in a page's head: the title, meta tags, the base URL and JSON-LD. */
const HEAD_READ = 'title, meta, base, script[type="application/ld+json"]';

/**
 * The copy Readability works on: the whole body, but of the head only what it reads — not the page's styles and
 * scripts, which it would only remove again. The document's own URL (and so its base URL) is kept.
 */
function readingCopy(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = copy.appendChild(copy.importNode(doc.documentElement, false));
  if (doc.head) {
    const head = root.appendChild(copy.importNode(doc.head, false));
    for (const el of Array.from(doc.head.querySelectorAll(HEAD_READ))) head.appendChild(copy.importNode(el, true));
  }
  if (doc.body) root.appendChild(copy.importNode(doc.body, true));
  return copy;
}

export function readArticle(doc: Document): ReadArticle | null {
  const copy = readingCopy(doc);
  unwrapNoscriptImages(copy, new (doc.defaultView as Window & typeof globalThis).DOMParser());
  fixLazyImages(copy.documentElement);
  flattenMath(copy.documentElement);
  // keepClasses: the storage gate drops every class anyway, so Readability's own pass over them would be wasted work.
  const result = new Readability<Element>(copy, { serializer: (node) => node as Element, keepClasses: true }).parse();
  if (!result?.content) return null;
  return {
    title: result.title ?? null,
    content: result.content,
    textContent: result.textContent ?? result.content.textContent ?? '',
    excerpt: result.excerpt ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    lang: result.lang ?? null,
    publishedTime: result.publishedTime ?? null,
  };
}
