/**
 * The three ways a page's body can be captured — article, quoted selection, description — as Article objects.
 * Nothing here sanitizes: the storage gate (core/stored-share.ts) is the one sanitizer, and the background passes
 * every capture through it before the popup shows it. What runs here only picks the content: it drops what is
 * never part of a story (scripts, controls, navigation, media players) so the text is judged on words a person
 * reads, and makes links and images absolute against the page, which the gate cannot know.
 */
import { countWords, type Article } from '../core/share';
import { escapeHtml } from '../core/feed/html-text';
import { DROPPED_ELEMENTS } from '../core/feed/html-policy';
import { cutToSize } from './cut-to-size';
import type { PageFacts } from './page-facts';
import type { PageSelection } from './read-selection';

const EXCERPT_CHARS = 300;

/** Never part of a story: what the gate drops with its content, plus navigation, which captures leave out too. */
const NOT_STORY = [...DROPPED_ELEMENTS, 'nav'].join(', ');

function excerptOf(text: string): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy.length <= EXCERPT_CHARS) return tidy;
  return `${tidy.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…`;
}

function textOf(body: Element): string {
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first image in the article that is not declared small (icons, avatars, spacers). */
export function firstLargeImage(body: Element): string | null {
  for (const img of Array.from(body.querySelectorAll('img[src]'))) {
    const sizes = ['width', 'height'].map((attr) => Number.parseInt(img.getAttribute(attr) ?? '', 10));
    if (sizes.every((size) => Number.isNaN(size) || size >= 200)) return img.getAttribute('src');
  }
  return null;
}

/** What the caller already knows of `body` (its HTML, its text and word count), so none of it is worked out twice. */
export interface BodyReading {
  html: string;
  text: string;
  words: number;
}

export function toArticle(body: Element, facts: PageFacts, excerpt: string | null, truncated: boolean, known?: BodyReading): Article {
  const text = known?.text ?? textOf(body);
  return {
    content: known?.html ?? body.innerHTML,
    excerpt: excerpt ?? excerptOf(text),
    byline: facts.byline,
    siteName: facts.siteName,
    lang: facts.lang,
    publishedAt: facts.publishedAt,
    modifiedAt: facts.modifiedAt,
    image: facts.image ?? firstLargeImage(body),
    favicon: facts.favicon,
    wordCount: known?.words ?? countWords(text),
    truncated,
  };
}

/**
 * The article's element (Readability's, in its copy of the page) made ready to store: what is never story dropped,
 * cut to `maxBytes` with a note where it was cut; `html` is the element's HTML, as serialized.
 */
export function storyBody(body: Element, maxBytes: number): { body: Element; html: string; truncated: boolean; changed: boolean } {
  const unwanted = body.querySelectorAll(NOT_STORY);
  for (const element of Array.from(unwanted)) element.remove();
  const html = body.innerHTML;
  const kb = Math.round(maxBytes / 1024);
  const note = `This copy stops here: the article is longer than the ${kb} KB Sharefeed stores. The original page has the rest.`;
  const truncated = cutToSize(body, maxBytes, note, html);
  return { body, html: truncated ? body.innerHTML : html, truncated, changed: truncated || unwanted.length > 0 };
}

const BLOCK = 'p, div, ul, ol, dl, table, pre, blockquote, figure, h1, h2, h3, h4, h5, h6, section, article';

/**
 * The selection as a quote: `<blockquote>` of its markup (inline selections get a paragraph), its links and images
 * made absolute against the page's base URL (a copied range keeps them as the page wrote them).
 */
export function selectionArticle(selection: PageSelection, facts: PageFacts, baseUrl: string, maxBytes: number): Article {
  const doc = selection.fragment.ownerDocument;
  const body = doc.createElement('div');
  body.append(selection.fragment);
  for (const [selector, attr] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
  ] as const) {
    for (const el of Array.from(body.querySelectorAll(selector))) el.setAttribute(attr, absolute(el.getAttribute(attr)!, baseUrl));
  }
  const { truncated } = storyBody(body, maxBytes);
  const quote = doc.createElement('blockquote');
  const holder = body.querySelector(BLOCK) ? quote : quote.appendChild(doc.createElement('p'));
  holder.append(...Array.from(body.childNodes));
  body.append(quote);
  if (!textOf(body)) body.querySelector('p')?.append(selection.text);
  return toArticle(body, facts, excerptOf(selection.text), truncated);
}

/** `url` resolved against the page; as it was when it cannot be (the gate then drops it). */
function absolute(url: string, baseUrl: string): string {
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}

export function descriptionArticle(description: string, facts: PageFacts): Article {
  return {
    content: `<p>${escapeHtml(description)}</p>`,
    excerpt: excerptOf(description),
    byline: facts.byline,
    siteName: facts.siteName,
    lang: facts.lang,
    publishedAt: facts.publishedAt,
    modifiedAt: facts.modifiedAt,
    image: facts.image,
    favicon: facts.favicon,
    wordCount: countWords(description),
    truncated: false,
  };
}
