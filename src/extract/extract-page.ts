/**
 * Reads the page the person is on and answers with what to share: the article when there is a real one, else
 * (in order) their selection as a quote, the page's description, or just the link — saying which, and why, in one
 * sentence. Runs inside the page; takes the document, returns plain data; never changes the page.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { countWords, type Article, type Capture } from '../core/share';
import { descriptionArticle, selectionArticle, storyBody, toArticle } from './captures';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './extract-limits';
import { judgeArticle, type Rejection } from './judge-article';
import { readPageMetadata } from './page-metadata';
import { pageFacts } from './page-facts';
import { pageText } from './page-text';
import { readArticle } from './read-article';
import { readSelection } from './read-selection';
import type { CapturedPage, ExtractReply, ExtractRequest } from './types';

type Choice = { capture: Capture; article: Article | null };

const WHY: Record<Rejection, string> = {
  empty: 'No article found on this page',
  short: 'No article found on this page',
  links: 'This page is mostly links, not an article',
  notice: 'This page shows only a notice (cookies, JavaScript or an error), not an article',
  paywall: 'Only a paywall preview of this article is readable',
};

const INSTEAD: Record<Capture, string> = {
  article: 'sharing the article',
  selection: 'sharing your selection instead',
  description: 'sharing its description instead',
  link: 'sharing the link only',
};

function linkDensity(body: Element, textLength: number): number {
  let linked = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, ' ').length;
  return textLength ? linked / textLength : 0;
}

/**
 * The size of the page's HTML as it arrived, known without serializing a possibly huge tree (the browser's own
 * count); serialized only where there is none (a page restored from cache, test DOMs). Growth by script after
 * load is caught by the element count.
 */
function htmlBytes(doc: Document): number {
  const [navigation] = (doc.defaultView?.performance?.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  return navigation?.decodedBodySize || doc.documentElement.outerHTML.length;
}

/** Why Readability is skipped on this page (too many elements or too much HTML), or null. */
function tooLarge(doc: Document, limits: ExtractLimits): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements >= limits.maxElements) return `This page is too large to extract (${elements.toLocaleString('en')} elements)`;
  const bytes = htmlBytes(doc);
  if (bytes >= limits.maxPageBytes) return `This page is too large to extract (${(bytes / 1048576).toFixed(1)} MB of HTML)`;
  return null;
}

function capture(doc: Document, request: ExtractRequest, limits: ExtractLimits): ExtractReply {
  const window = doc.defaultView;
  if (!window) return { ok: false, error: 'This page has no window to read from. You can still share the link.' };
  const url = doc.URL;
  const baseUrl = doc.baseURI || url;
  const selection = readSelection(doc);
  if (request.mode === 'selection' && !selection) {
    return { ok: false, error: 'Nothing is selected on this page — select the text you want to share, then try again.' };
  }
  const meta = readPageMetadata(doc, baseUrl);
  const large = tooLarge(doc, limits);
  const read = large ? null : readArticle(doc);
  const facts = pageFacts(doc, url, meta, read);

  let article: Article | null = null;
  let why = large;
  let wholeText: string | undefined;
  if (read) {
    const { body, html, truncated, changed } = storyBody(read.content, limits.maxContentBytes);
    // Readability read the article's text already; it is read again only when something was taken out since.
    const text = ((changed ? body.textContent : read.textContent) ?? '').replace(/\s+/g, ' ').trim();
    const words = countWords(text);
    const rejection = judgeArticle({
      text,
      words,
      linkDensity: linkDensity(body, text.length),
      pageText: () => (wholeText ??= pageText(doc)),
      readerable: () => isProbablyReaderable(doc),
    });
    if (rejection) why = WHY[rejection];
    else article = toArticle(body, facts, facts.excerpt, truncated, { html, text, words });
  } else why ??= WHY.empty;

  const choices: Choice[] = [];
  if (article) choices.push({ capture: 'article', article });
  if (selection) choices.push({ capture: 'selection', article: selectionArticle(selection, facts, baseUrl, limits.maxContentBytes) });
  if (facts.description) choices.push({ capture: 'description', article: descriptionArticle(facts.description, facts) });
  choices.push({ capture: 'link', article: null });

  const chosen = (request.mode === 'selection' ? choices.find((c) => c.capture === 'selection') : null) ?? choices[0]!;
  let notice: string | null = null;
  if (chosen.capture !== 'article' && request.mode === 'auto') notice = `${why ?? WHY.empty} — ${INSTEAD[chosen.capture]}.`;
  else if (chosen.article?.truncated) notice = 'This article is very long, so only its beginning is stored.';

  const page: CapturedPage = {
    url,
    canonicalUrl: facts.canonicalUrl,
    title: facts.title,
    capture: chosen.capture,
    article: chosen.article,
    alternatives: choices.filter((c) => c !== chosen),
    notice,
  };
  return { ok: true, page };
}

export function extractPage(doc: Document, request: ExtractRequest, limits?: Partial<ExtractLimits>): ExtractReply {
  try {
    return capture(doc, request, { ...DEFAULT_EXTRACT_LIMITS, ...limits });
  } catch (err) {
    return { ok: false, error: `Sharefeed could not read this page (${(err as Error).message}). You can still share the link.` };
  }
}
