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

type Members = [key: string, value: unknown][];

/** The shares as given (already selected and ordered) as a JSON Feed document, a piece per item. */
export function* jsonFeedChunks(shares: readonly Share[], settings: FeedSettings, tag?: string): Generator<string> {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'json', tag);
  const head = members(
    [
      ['version', 'https://jsonfeed.org/version/1.1'],
      ['title', feed.title],
      ['home_page_url', feed.homeUrl],
      ['feed_url', feed.selfUrl],
      ['description', feed.subtitle || null],
      ['icon', feed.icon],
      ['language', feed.language],
      ['authors', [{ name: feed.author.name, ...(feed.author.url && { url: feed.author.url }) }]],
      ['hubs', feed.hubUrl && [{ type: 'WebSub', url: feed.hubUrl }]],
    ],
    '  ',
  );
  if (!shares.length) {
    yield `{\n${head},\n  "items": []\n}\n`;
    return;
  }
  yield `{\n${head},\n  "items": [\n`;
  for (let i = 0; i < shares.length; i++) yield* jsonItem(shares[i]!, views[i]!, settings.mode, i === shares.length - 1);
  yield '  ]\n}\n';
}

/** One item, in pieces: the members before `content_html`, the article itself (copied once), and the rest. */
function* jsonItem(share: Share, view: EntryView, mode: FeedSettings['mode'], last: boolean): Generator<string> {
  const indent = '      ';
  const [head, body] = entryContentParts(share, mode, view);
  yield `    {\n${members(
    [
      ['id', view.id],
      ['url', view.url],
      ['title', view.title],
    ],
    indent,
  )},\n${indent}"content_html": "${head}`;
  yield body;
  const rest = members(
    [
      ['summary', view.summary || null],
      ['image', view.image?.url],
      ['date_published', view.published],
      ['date_modified', view.updated],
      ['authors', view.author ? [{ name: view.author }] : null],
      ['tags', view.tags.length ? view.tags : null],
      ['language', view.language],
    ],
    indent,
  );
  yield `",\n${rest}\n    }${last ? '' : ','}\n`;
}

/** Object members a line each, as JSON.stringify's 2-space layout writes them at `indent`; null and undefined left out. */
function members(list: Members, indent: string): string {
  return list
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${indent}${JSON.stringify(key)}: ${json(value, indent)}`)
    .join(',\n');
}

function json(value: unknown, indent: string): string {
  if (typeof value !== 'object') return JSON.stringify(value);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
