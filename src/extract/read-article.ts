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
  /** Readability's article element, in the copy: not yet sanitized (kept as a node, so it is not parsed twice). */
  content: Element;
  excerpt: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

export function readArticle(doc: Document): ReadArticle | null {
  const copy = doc.cloneNode(true) as Document;
  unwrapNoscriptImages(copy, new (doc.defaultView as Window & typeof globalThis).DOMParser());
  fixLazyImages(copy.documentElement);
  flattenMath(copy.documentElement);
  const result = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  if (!result?.content) return null;
  return {
    title: result.title ?? null,
    content: result.content,
    excerpt: result.excerpt ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    lang: result.lang ?? null,
    publishedTime: result.publishedTime ?? null,
  };
}
