/**
 * The facts a share stores whatever was captured (title, canonical URL, byline, site, language, dates, images),
 * each taken from the best source the page offers: Readability where it looked at the article, the page's own
 * markup otherwise, and the URL last.
 */
import type { Article } from '../core/share';
import { canonicalUrl } from '../core/canonical-url';
import { cleanTitle, siteNamesOf, tidyText } from './clean-title';
import type { PageMetadata } from './page-metadata';
import { pickFavicon } from './pick-favicon';
import type { ReadArticle } from './read-article';
import { toIsoDate } from './to-iso-date';
import { toLanguageTag } from './to-language-tag';

export type SharedFacts = Pick<Article, 'byline' | 'siteName' | 'lang' | 'publishedAt' | 'modifiedAt' | 'image' | 'favicon'>;

export interface PageFacts extends SharedFacts {
  canonicalUrl: string;
  title: string;
  /** Readability's excerpt, else the page's description. */
  excerpt: string | null;
  /** The page's own description (meta or JSON-LD): the 'description' capture. */
  description: string | null;
}

/** Bylines that are really a date, a button or a role ("Updated April 29", "Follow Author"). */
const NOT_A_NAME = /\b(?:1[89]|20)\d\d\b|\b(?:updated|published|posted|follow|share|comments?)\b/i;

export function cleanByline(raw: string | null | undefined): string | null {
  const byline = tidyText(raw)?.replace(/^(?:by|par|von|por|di|door)\s+(?=\p{Lu})/iu, '');
  return byline && byline.length <= 200 && !NOT_A_NAME.test(byline) ? byline : null;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** The page's own claim of its address, unless it is a site-wide root claimed by a deeper page (a common slip). */
function claimedUrl(canonical: string | null, url: string): string {
  if (!canonical) return url;
  try {
    const claimed = new URL(canonical);
    return claimed.pathname === '/' && !claimed.search && new URL(url).pathname !== '/' ? url : canonical;
  } catch {
    return url;
  }
}

/** Host and path, the title of last resort: never empty. */
function urlTitle(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`.replace(/\/$/, '') || url;
  } catch {
    return url || 'Untitled page';
  }
}

export function pageFacts(doc: Document, url: string, meta: PageMetadata, read: ReadArticle | null): PageFacts {
  const baseUrl = doc.baseURI || url;
  const canonical = canonicalUrl(claimedUrl(meta.canonical, url));
  const byline = cleanByline(read?.byline) ?? cleanByline(meta.author);
  const siteName = tidyText(meta.siteName) ?? tidyText(read?.siteName);
  const site = siteNamesOf(
    [siteName],
    [hostOf(canonical), hostOf(url)].filter((h): h is string => !!h),
  );
  // Readability's title is the declared one when there is one; otherwise it is its guess at cutting `<title>`,
  // which drops any part before a dash ("Tea Clippers - The Fastest Ships…"): ours cuts only the site's name.
  const declared = meta.title ? (cleanTitle(read?.title, site, byline) ?? cleanTitle(meta.title, site, byline)) : null;
  const title =
    declared ??
    cleanTitle(doc.title, site, byline) ??
    cleanTitle(read?.title, site, byline) ??
    cleanTitle(doc.querySelector('h1, h2, h3, h4, h5, h6')?.textContent, site, byline) ??
    urlTitle(url);
  const description = meta.description;
  return {
    canonicalUrl: canonical,
    title,
    byline,
    siteName: siteName ?? hostOf(canonical)?.replace(/^www\./, '') ?? null,
    lang: [...meta.langs, read?.lang].map(toLanguageTag).find((tag) => tag !== null) ?? null,
    publishedAt: toIsoDate(meta.published) ?? toIsoDate(read?.publishedTime),
    modifiedAt: toIsoDate(meta.modified),
    image: meta.image,
    favicon: pickFavicon(doc, baseUrl, url),
    excerpt: tidyText(read?.excerpt) ?? description,
    description,
  };
}
