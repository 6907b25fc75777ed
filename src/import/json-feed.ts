/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Every value is checked: the file is untrusted JSON. */
import { collectShares } from './collect-shares';
import { parseFeedDate } from './feed-date';
import { textToHtml } from './plain-text';
import { ImportProblem, emptyItem, type ImportDeps, type ImportItem, type ImportResult } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && typeof value.version === 'string' && value.version.startsWith('https://jsonfeed.org/version/1');
}

export function importJsonFeed(text: string, deps: ImportDeps): ImportResult {
  let feed: unknown;
  try {
    feed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportProblem('This JSON Feed is not valid JSON (it may be truncated); nothing was imported.');
  }
  if (!isJsonFeed(feed)) throw new ImportProblem('This JSON file is not a JSON Feed (version 1.0 or 1.1).');
  if (!Array.isArray(feed.items)) throw new ImportProblem('This JSON Feed has no list of items.');
  const base = str(feed.home_page_url) ?? str(feed.feed_url);
  const lang = str(feed.language);
  const feedAuthor = authorName(feed);
  const items = feed.items.map((raw): ImportItem => {
    const item = isObject(raw) ? raw : {};
    const text = str(item.content_text);
    const summary = str(item.summary);
    return {
      ...emptyItem(),
      url: str(item.url) ?? str(item.external_url) ?? idUrl(item.id),
      baseUrl: base,
      title: str(item.title) ?? '',
      tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
      publishedAt: parseFeedDate(str(item.date_published)),
      updatedAt: parseFeedDate(str(item.date_modified)),
      contentHtml: str(item.content_html) ?? (text === null ? null : textToHtml(text)),
      summaryHtml: summary === null ? null : textToHtml(summary),
      byline: authorName(item) ?? feedAuthor,
      lang: str(item.language) ?? lang,
      image: str(item.image) ?? str(item.banner_image),
      favicon: str(feed.favicon),
    };
  });
  return collectShares(items, deps, 'JSON Feed');
}

/** 1.1 has `authors`, 1.0 had `author`. */
function authorName(obj: Json): string | null {
  const authors = Array.isArray(obj.authors) ? obj.authors : [obj.author];
  const first = authors.find(isObject);
  return first ? str(first.name) : null;
}

function idUrl(id: unknown): string | null {
  return typeof id === 'string' && /^https?:\/\//i.test(id) ? id : null;
}
