/**
 * One entry of an imported file becomes one share: a web address is required, the title is plain text and never
 * empty, and the body is the best capture the file really holds — the article, else its summary, else the link.
 */
import { normalizeTags, type Article, type Share } from '../core/share';
import { TooLargeToStore, toStoredShare } from '../core/stored-share';
import { chooseBody, type Story } from './choose-body';
import { cleanMultiline, cleanText, htmlToText, textOf } from './plain-text';
import { unwrapNewsblur } from './newsblur';
import type { ImportDeps, ImportItem } from './types';

export const IMPORT_LIMITS = {
  url: 8_192,
  title: 1_000,
  comment: 10_000,
  tags: 100,
  /** Raw HTML of one entry; anything larger is not imported as an article. */
  content: 2_000_000,
  /** Deeper element nesting than this is refused before parsing (see nesting-depth.ts). */
  depth: 500,
  name: 500,
} as const;

export type ItemOutcome = { share: Share; note: string | null } | { skip: string };

export function itemToShare(item: ImportItem, deps: ImportDeps): ItemOutcome {
  const url = webAddress(item.url, item.baseUrl);
  if ('problem' in url) return { skip: url.problem };
  const story = unwrapStory(item, deps);
  const body = chooseBody(story, url.href, deps, IMPORT_LIMITS);
  const title =
    htmlToText(item.title, deps.parseHtml, IMPORT_LIMITS.title) || firstHeading(body.html, deps, IMPORT_LIMITS.title) || url.href;
  const sharedAt = item.publishedAt ?? item.updatedAt ?? deps.now();
  const updatedAt = item.updatedAt && item.updatedAt > sharedAt ? item.updatedAt : sharedAt;
  const article: Article | null =
    body.capture === 'link'
      ? null
      : {
          content: body.html,
          excerpt: body.excerpt,
          byline: nameOrNull(item.byline),
          siteName: nameOrNull(story.siteName),
          lang: item.lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(item.lang) ? item.lang : null,
          publishedAt: item.publishedAt,
          modifiedAt: item.updatedAt,
          image: absoluteOrNull(item.image, url.href),
          favicon: absoluteOrNull(story.favicon, url.href),
          wordCount: body.wordCount,
          truncated: false,
        };
  const share: Share = {
    id: deps.newId(),
    url: url.href,
    canonicalUrl: deps.canonicalUrl(url.href),
    title,
    comment: cleanMultiline(story.comment, IMPORT_LIMITS.comment),
    tags: importTags(item.tags, deps),
    sharedAt,
    updatedAt,
    capture: body.capture,
    article,
  };
  // Through the storage gate now, so an article too large to store skips this entry alone, with its reason.
  try {
    return { share: toStoredShare(share), note: body.note };
  } catch (err) {
    if (err instanceof TooLargeToStore) return { skip: err.message };
    throw err;
  }
}

/** An untitled entry is named by its story's first heading, as a page without a title is. */
function firstHeading(html: string, deps: ImportDeps, max: number): string {
  if (!/<h[1-6]/i.test(html)) return '';
  const heading = deps.parseHtml(html).querySelector('h1, h2, h3, h4, h5, h6');
  return heading ? cleanText(textOf(heading), max) : '';
}

function webAddress(raw: string | null, base: string | null): { href: string } | { problem: string } {
  const text = raw?.trim();
  if (!text) return { problem: 'It has no link.' };
  if (text.length > IMPORT_LIMITS.url) return { problem: 'Its link is too long to be a web address.' };
  let url: URL;
  try {
    url = new URL(text, base ?? undefined);
  } catch {
    return { problem: `Its link (“${text.slice(0, 80)}”) is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `Its link is a “${url.protocol}” address; only web links (http or https) are imported.` };
  }
  return { href: url.href };
}

/** NewsBlur wraps the story (in the summary, for its Atom feed) in a header holding the comment. */
function unwrapStory(item: ImportItem, deps: ImportDeps): Story {
  const plain = {
    content: item.contentHtml,
    summary: item.summaryHtml,
    comment: item.comment,
    siteName: item.siteName,
    favicon: item.favicon,
  };
  const wrapped = item.contentHtml ?? item.summaryHtml;
  const story = wrapped && wrapped.length <= IMPORT_LIMITS.content ? unwrapNewsblur(wrapped, deps.parseHtml) : null;
  if (!story) return plain;
  return {
    content: story.html,
    // When the summary was the wrapped story, there is no separate summary.
    summary: item.contentHtml ? item.summaryHtml : null,
    comment: story.comment || item.comment,
    siteName: story.siteName ?? item.siteName,
    favicon: story.favicon ?? item.favicon,
  };
}

/** Tags are plain text too: a tag holding markup keeps only its words. */
function importTags(tags: readonly string[], deps: ImportDeps): string[] {
  const text = tags.slice(0, IMPORT_LIMITS.tags * 2).map((tag) => htmlToText(tag, deps.parseHtml, 100));
  return normalizeTags(text).slice(0, IMPORT_LIMITS.tags);
}

function nameOrNull(name: string | null): string | null {
  return name ? cleanText(name, IMPORT_LIMITS.name) || null : null;
}

function absoluteOrNull(href: string | null, base: string): string | null {
  if (!href || href.length > IMPORT_LIMITS.url) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
