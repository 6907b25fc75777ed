/**
 * NewsBlur's shared-stories feeds put a header before each story's content: a table saying "X shared this story
 * from Y." (or "…from Y:" followed by a second row holding the sharer's comment), then an <hr>. This takes the
 * header apart: the comment becomes the share's comment, Y its site name, and the story is what follows.
 */

export interface NewsblurStory {
  html: string;
  comment: string;
  siteName: string | null;
  favicon: string | null;
}

const SHARED = 'shared this story';

/** The header's table and rule; NewsBlur's template nests no table inside, so the first </table> ends it. */
const HEADER = /^\s*<table[\s\S]*?<\/table>\s*<hr[^>]*>/i;

/** Cheap test before parsing: the header's shape and its link text. */
export function hasNewsblurHeader(html: string): boolean {
  return html.includes(SHARED) && /^\s*<table/i.test(html);
}

export function unwrapNewsblur(html: string, parseHtml: (text: string) => Document): NewsblurStory | null {
  if (!hasNewsblurHeader(html)) return null;
  const header = HEADER.exec(html)?.[0];
  if (!header) return null;
  // Only the header is parsed here; the story after it may be large and is parsed once, when sanitized.
  const doc = parseHtml(header);
  const table = doc.body?.firstElementChild;
  if (!table || table.localName !== 'table' || table.nextElementSibling?.localName !== 'hr') return null;
  const rows = [...table.querySelectorAll('tr')];
  const link = rows[0] && [...rows[0].querySelectorAll('a')].find((a) => a.textContent?.trim() === SHARED);
  if (!rows[0] || !link) return null;
  const line = (link.closest('b') ?? rows[0]).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const from = /shared this story from (.+?)[.:]$/.exec(line);
  // The feed's icon is the image just before its title, inside the same <b>.
  const icon = link.closest('b')?.querySelector('img')?.getAttribute('src') ?? null;
  const comment = rows
    .slice(1)
    .map((row) => row.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n\n');
  return {
    html: html.slice(header.length).trim(),
    comment,
    siteName: from?.[1]?.trim() || null,
    favicon: from && icon && /^https?:\/\//i.test(icon) ? icon : null,
  };
}
