/** Atom feeds (RFC 4287), NewsBlur's shared-stories feed among them. */
import { collectShares } from './collect-shares';
import { parseFeedDate } from './feed-date';
import { hasNewsblurHeader } from './newsblur';
import { textToHtml } from './plain-text';
import { child, childText, children, feedImage, parseFeedXml, xmlBase } from './xml';
import { ImportProblem, emptyItem, type ImportDeps, type ImportItem, type ImportResult } from './types';

export function importAtom(text: string, deps: ImportDeps): ImportResult {
  const root = parseFeedXml(text, deps).documentElement;
  if (root.localName !== 'feed') throw new ImportProblem('This XML file is not an Atom feed.');
  const feedBase = xmlBase(root, alternateLink(root));
  const feedLang = root.getAttribute('xml:lang');
  // The feed's title names the site for entries that do not name one (in a <source>).
  const site = textOf(child(root, 'title'));
  const items = children(root, 'entry').map((entry) => readEntry(entry, feedBase, feedLang));
  const newsblur = items.some((i) => hasNewsblurHeader(i.contentHtml ?? i.summaryHtml ?? ''));
  // (Not NewsBlur's: its title names the person's blurblog, and each story names its site in its header.)
  if (!newsblur) for (const item of items) item.siteName ??= site;
  return collectShares(items, deps, newsblur ? 'NewsBlur shared stories' : 'Atom');
}

function readEntry(entry: Element, feedBase: string | null, feedLang: string | null): ImportItem {
  const base = xmlBase(entry, feedBase);
  const title = textConstruct(child(entry, 'title'));
  const id = childText(entry, 'id');
  const content = child(entry, 'content');
  const source = child(entry, 'source');
  return {
    ...emptyItem(),
    url: alternateLink(entry) ?? (id && /^https?:\/\//i.test(id) ? id : null),
    baseUrl: base,
    title: title?.html ?? '',
    tags: children(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || ''),
    publishedAt: parseFeedDate(childText(entry, 'published')),
    updatedAt: parseFeedDate(childText(entry, 'updated')),
    // Content given by reference (src) is not in the file.
    contentHtml: content?.hasAttribute('src') ? null : (textConstruct(content)?.html ?? null),
    summaryHtml: textConstruct(child(entry, 'summary'))?.html ?? null,
    byline: authorName(entry),
    lang: entry.getAttribute('xml:lang') ?? feedLang,
    image: feedImage(entry),
    siteName: textOf(source && child(source, 'title')),
  };
}

/** A text construct's plain text (a feed's or source's title), trimmed; null when empty. */
function textOf(el: Element | null): string | null {
  return (el?.textContent ?? '').trim() || null;
}

/** An Atom text construct as HTML, whatever its type (text, html or xhtml). */
function textConstruct(el: Element | null): { html: string } | null {
  if (!el) return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return { html: el.textContent ?? '' };
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = el.firstElementChild;
    return { html: div?.localName === 'div' ? div.innerHTML : el.innerHTML };
  }
  return { html: textToHtml(el.textContent ?? '') };
}

function alternateLink(el: Element): string | null {
  const links = children(el, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  return alternate?.getAttribute('href') ?? null;
}

function authorName(entry: Element): string | null {
  const author = child(entry, 'author');
  const name = author ? childText(author, 'name') : null;
  // NewsBlur writes "nomail@… (No Author)" when the story had none.
  return name && !/\(no author\)/i.test(name) ? name : null;
}
