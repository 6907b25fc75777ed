/**
 * The gate between a share from anywhere (a capture in a web page, a backup file, an import, a sync) and storage.
 * Every article is scrubbed to feed-ready HTML (feed/scrub-html.ts) here, once, on its way in — so the feeds copy
 * it without re-reading it, and the reader shows exactly what the feeds carry. Scrubbing is a fixed point, so a
 * share that was stored passes unchanged.
 */
import { scrubHtml } from './feed/scrub-html';
import { textOnlyHtml } from './feed/text-only-html';
import type { Article, Share } from './share';

/**
 * The most characters a stored article may hold — also what a backup accepts back, so whatever is stored can be
 * restored. Escaping can make HTML longer (a `"` becomes `&quot;`): captures (512 KB at most) always fit; a
 * foreign file's pathological article may not, and is refused with a sentence.
 */
export const MAX_STORED_CONTENT = 5_000_000;

/** Thrown when an article is larger than {@link MAX_STORED_CONTENT} once scrubbed; the message is for the person. */
export class TooLargeToStore extends Error {}

/**
 * Articles this gate has already passed, with the content it passed: a restore gates each share as the file is
 * read and again in the repository, and the second look costs nothing. (A changed content is looked at again.)
 */
const passed = new WeakMap<Article, string>();

/**
 * The last contents the gate wrote, as strings: a capture the popup previewed comes back from the database as a new
 * object when the person presses Share, and its article is known safe without a second scrub. Output of the gate
 * holds no relative URL, so it is its own result whatever the share's address.
 */
const recent = new Set<string>();
const RECENT_MAX = 16;
/** At most this many characters remembered in all (a capture is at most a few MB). */
const RECENT_MAX_CHARS = 8_000_000;
let recentChars = 0;

function remember(content: string): void {
  if (recent.has(content) || content.length > RECENT_MAX_CHARS) return;
  recent.add(content);
  recentChars += content.length;
  while (recent.size > RECENT_MAX || recentChars > RECENT_MAX_CHARS) {
    const oldest = recent.values().next().value!;
    recent.delete(oldest);
    recentChars -= oldest.length;
  }
}

/**
 * The gate's HTML half for a page that works on an article before it becomes a share (an import reads the text of
 * what it will store): the result is remembered, so storing it later does not scrub it again.
 */
export function scrubForStorage(html: string, url: string): string {
  const content = scrubHtml(html, url);
  remember(content);
  return content;
}

export function toStoredShare(share: Share): Share {
  const article = share.article && toStoredArticle(share.article, share.url, share.title);
  return article === share.article ? share : { ...share, article };
}

/** An article as storage holds it, for a page at `url` (which resolves relative links); the same object if it already is. */
export function toStoredArticle(article: Article, url: string, title: string): Article {
  if (passed.get(article) === article.content) return article;
  const content = recent.has(article.content) ? article.content : scrubHtml(article.content, url);
  if (content.length > MAX_STORED_CONTENT) {
    throw new TooLargeToStore(
      `“${title.slice(0, 80)}” is too large to store: its article would be over ${MAX_STORED_CONTENT.toLocaleString('en')} characters. Share it as a link instead.`,
    );
  }
  const stored = content === article.content ? article : { ...article, content };
  passed.set(stored, content);
  remember(content);
  return stored;
}

/** The sentence a schema upgrade reports for a share it had to cut (see {@link toStoredShareCut}). */
export const CUT_NOTE = 'This copy was cut to its text when Sharefeed upgraded its storage: the article was too large to keep whole.';

/** The sentence a schema upgrade keeps in an old article it could not read as HTML at all. */
export const UNREADABLE_NOTE =
  'This copy was kept as its text when Sharefeed upgraded its storage: the article could not be read as it was.';

/**
 * As {@link toStoredShare}, but never refuses: an article too large to store is kept as its text, cut to fit, with
 * a note saying so (`cut: 'too-large'`); one the gate cannot read at all (a damaged row) as its text too
 * (`'unreadable'`), or else the share as a link (`'link'`). For schema upgrades, which must never fail over one old
 * row — a failed upgrade would leave the whole database unopenable.
 */
export function toStoredShareCut(share: Share): { share: Share; cut: 'too-large' | 'unreadable' | 'link' | null } {
  try {
    return { share: toStoredShare(share), cut: null };
  } catch (err) {
    const cut = err instanceof TooLargeToStore ? 'too-large' : 'unreadable';
    try {
      if (!share.article) throw err;
      const content = fitText(textOnlyHtml(String(share.article.content ?? ''), cut === 'too-large' ? CUT_NOTE : UNREADABLE_NOTE));
      return { share: { ...share, article: { ...share.article, content, truncated: true } }, cut };
    } catch {
      return { share: { ...share, capture: 'link', article: null }, cut: 'link' };
    }
  }
}

/** Text-only paragraphs (and the closing note) cut to the cap: whole paragraphs first, then one cut at a space. */
function fitText(paragraphs: string): string {
  const note = paragraphs.slice(paragraphs.lastIndexOf('<p><em>'));
  const budget = MAX_STORED_CONTENT - note.length - 16;
  let body = paragraphs.slice(0, paragraphs.length - note.length);
  if (body.length <= budget) return body + note;
  const end = body.lastIndexOf('</p>', budget - 4);
  if (end > 0) body = body.slice(0, end + 4);
  else
    body = `${body
      .slice(0, budget)
      .replace(/[\uD800-\uDBFF]$/, '')
      .replace(/&[^;]*$/, '')
      .replace(/\s+\S*$/, '')}</p>`;
  return body + note;
}
