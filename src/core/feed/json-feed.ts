/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same entries as the XML formats, written as text in
 * the layout of `JSON.stringify(feed, null, 2)`, keys in a fixed order so output is deterministic. Each item's
 * `content_html` is feed-ready HTML (html-text.ts), which needs no JSON escaping: it is copied, not re-read.
 */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { entryContentParts } from './content';
import { viewEntry, type EntryView } from './entry-view';
import { viewFeed } from './feed-view';

/** Where an item's `content_html` goes in its text: the article is written beside it, not into it. */
const CONTENT = Symbol('content_html');

type Fields = [key: string, value: unknown][];

/** The shares as given (already selected and ordered) as a JSON Feed document, a piece per item. */
export function* jsonFeedChunks(shares: readonly Share[], settings: FeedSettings, tag?: string): Generator<string> {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'json', tag);
  const head: Fields = [
    ['version', 'https://jsonfeed.org/version/1.1'],
    ['title', feed.title],
    ['home_page_url', feed.homeUrl],
    ['feed_url', feed.selfUrl],
    ['description', feed.subtitle || null],
    ['icon', feed.icon],
    ['language', feed.language],
    ['authors', [{ name: feed.author.name, ...(feed.author.url && { url: feed.author.url }) }]],
  ];
  if (!shares.length) {
    yield `${object([...head, ['items', []]], '')}\n`;
    return;
  }
  yield `${object(head, '').slice(0, -2)},\n  "items": [\n`;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i]!;
    const view = views[i]!;
    const [before, after] = jsonItem(view).split(CONTENT_MARK);
    const [head, body] = entryContentParts(share, settings.mode, view);
    yield `    ${before}"${head}`;
    yield body;
    yield `"${after}${i < shares.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n}\n';
}

/** Stands for the content in an item's text; JSON.stringify escapes it in every string, so it appears only there. */
const CONTENT_MARK = '\u0000';

function jsonItem(view: EntryView): string {
  return object(
    [
      ['id', view.id],
      ['url', view.url],
      ['title', view.title],
      ['content_html', CONTENT],
      ['summary', view.summary || null],
      ['image', view.image?.url],
      ['date_published', view.published],
      ['date_modified', view.updated],
      ['authors', view.author ? [{ name: view.author }] : null],
      ['tags', view.tags.length ? view.tags : null],
      ['language', view.language],
    ],
    '    ',
  );
}

/** `{ … }` with one key per line, indented as JSON.stringify's 2-space layout at depth `indent`; null and undefined values left out. */
function object(fields: Fields, indent: string): string {
  const inner = `${indent}  `;
  const lines = fields
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${inner}${JSON.stringify(key)}: ${value === CONTENT ? CONTENT_MARK : json(value, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function json(value: unknown, indent: string): string {
  if (typeof value !== 'object') return JSON.stringify(value);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
