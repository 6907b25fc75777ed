/** The three ways a page's body can be stored — article, quoted selection, description — as Article objects. */
import { countWords, type Article } from '../core/share';
import { sanitizeArticleBody } from '../core/sanitize';
import { cutToSize } from './cut-to-size';
import { escapeHtml } from './escape-html';
import type { PageFacts } from './page-facts';
import type { PageSelection } from './read-selection';

const EXCERPT_CHARS = 300;

function excerptOf(text: string): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy.length <= EXCERPT_CHARS) return tidy;
  return `${tidy.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…`;
}

function textOf(body: HTMLElement): string {
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first image in the article that is not declared small (icons, avatars, spacers). */
export function firstLargeImage(body: HTMLElement): string | null {
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

export function toArticle(body: HTMLElement, facts: PageFacts, excerpt: string | null, truncated: boolean, known?: BodyReading): Article {
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

/** Sanitized article markup cut to `maxBytes`, with a note where it was cut; `html` is the body's, as serialized. */
export function storedBody(
  html: string | Node,
  window: Window,
  baseUrl: string,
  maxBytes: number,
): { body: HTMLElement; html: string; truncated: boolean } {
  const sanitized = sanitizeArticleBody(html, window, baseUrl);
  const { body } = sanitized;
  const kb = Math.round(maxBytes / 1024);
  const note = `This copy stops here: the article is longer than the ${kb} KB Sharefeed stores. The original page has the rest.`;
  const truncated = cutToSize(body, maxBytes, note, sanitized.html);
  return { body, html: truncated ? body.innerHTML : sanitized.html, truncated };
}

const BLOCK = 'p, div, ul, ol, dl, table, pre, blockquote, figure, h1, h2, h3, h4, h5, h6, section, article';

/** The selection as a quote: `<blockquote>` of its sanitized markup (inline selections get a paragraph). */
export function selectionArticle(selection: PageSelection, facts: PageFacts, window: Window, baseUrl: string, maxBytes: number): Article {
  const { body, truncated } = storedBody(selection.html, window, baseUrl, maxBytes);
  const doc = body.ownerDocument;
  const quote = doc.createElement('blockquote');
  const holder = body.querySelector(BLOCK) ? quote : quote.appendChild(doc.createElement('p'));
  holder.append(...Array.from(body.childNodes));
  body.append(quote);
  if (!textOf(body)) body.querySelector('p')?.append(selection.text);
  return toArticle(body, facts, excerptOf(selection.text), truncated);
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
