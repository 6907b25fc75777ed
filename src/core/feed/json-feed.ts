/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same entries as the XML formats, as plain data. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { entryContentHtml } from './content';
import { viewEntry, type EntryView } from './entry-view';
import { viewFeed } from './feed-view';

export interface JsonFeedAuthor {
  name: string;
  url?: string;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  content_html: string;
  summary?: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  language?: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/** The shares as given (already selected and ordered). Keys are in a fixed order, so serializing is deterministic. */
export function toJsonFeed(shares: readonly Share[], settings: FeedSettings, tag?: string): JsonFeed {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'json', tag);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    ...(feed.homeUrl && { home_page_url: feed.homeUrl }),
    ...(feed.selfUrl && { feed_url: feed.selfUrl }),
    ...(feed.subtitle && { description: feed.subtitle }),
    ...(feed.icon && { icon: feed.icon }),
    ...(feed.language && { language: feed.language }),
    authors: [{ name: feed.author.name, ...(feed.author.url && { url: feed.author.url }) }],
    items: shares.map((share, i) => jsonItem(share, views[i]!, settings.mode)),
  };
}

function jsonItem(share: Share, view: EntryView, mode: FeedSettings['mode']): JsonFeedItem {
  return {
    id: view.id,
    ...(view.url && { url: view.url }),
    title: view.title,
    content_html: entryContentHtml(share, mode, view),
    ...(view.summary && { summary: view.summary }),
    ...(view.image && { image: view.image.url }),
    date_published: view.published,
    date_modified: view.updated,
    ...(view.author && { authors: [{ name: view.author }] }),
    ...(view.tags.length > 0 && { tags: view.tags }),
    ...(view.language && { language: view.language }),
  };
}
