/** RSS 2.0 feeds (and RSS 1.0 / RDF, whose items look the same). */
import { collectShares } from './collect-shares';
import { parseFeedDate } from './feed-date';
import { hasNewsblurHeader } from './newsblur';
import { textToHtml } from './plain-text';
import { child, childText, children, feedImage, parseFeedXml } from './xml';
import { ImportProblem, emptyItem, type ImportDeps, type ImportItem, type ImportResult } from './types';

export function importRss(text: string, deps: ImportDeps): ImportResult {
  const root = parseFeedXml(text, deps).documentElement;
  const channel = root.localName === 'rss' ? child(root, 'channel') : root.localName === 'RDF' ? root : null;
  if (!channel) throw new ImportProblem('This XML file is not an RSS feed.');
  const base = childText(channel, 'link') || null;
  const lang = childText(channel, 'language');
  // The channel's title names the site for items that do not name one.
  const site = childText(channel, 'title') || null;
  // RSS 2.0 items are inside <channel>; RSS 1.0 items are siblings of it.
  const items = children(channel, 'item').map((item) => readItem(item, base, lang));
  const newsblur = items.some((i) => hasNewsblurHeader(i.summaryHtml ?? ''));
  // (Not NewsBlur's: its title names the person's blurblog, and each story names its site in its header.)
  if (!newsblur) for (const item of items) item.siteName ??= site;
  return collectShares(items, deps, newsblur ? 'NewsBlur shared stories' : root.localName === 'rss' ? 'RSS' : 'RSS 1.0');
}

function readItem(item: Element, base: string | null, lang: string | null): ImportItem {
  const guid = child(item, 'guid');
  const guidUrl = guid && guid.getAttribute('isPermaLink') !== 'false' ? (guid.textContent ?? '').trim() : null;
  return {
    ...emptyItem(),
    url: childText(item, 'link') || guidUrl || item.getAttribute('rdf:about'),
    baseUrl: base,
    title: childText(item, 'title') ?? '',
    tags: children(item, 'category')
      .map((c) => c.textContent ?? '')
      .concat(children(item, 'subject').map((c) => c.textContent ?? '')),
    publishedAt: parseFeedDate(childText(item, 'pubDate') ?? childText(item, 'date')),
    contentHtml: childText(item, 'encoded'),
    summaryHtml: asHtml(childText(item, 'description')),
    byline: childText(item, 'creator') ?? authorOf(childText(item, 'author')),
    lang,
    image: feedImage(item),
    siteName: childText(item, 'source') || null,
  };
}

/** Descriptions are HTML by convention, but many are plain text; those become a paragraph. */
function asHtml(description: string | null): string | null {
  return description !== null && !description.includes('<') ? textToHtml(description) : description;
}

/** RSS <author> is "email (Name)"; the name is what a reader shows. */
function authorOf(author: string | null): string | null {
  if (!author) return null;
  return /\(([^)]+)\)/.exec(author)?.[1] ?? (author.includes('@') ? null : author);
}
