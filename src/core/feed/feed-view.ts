/** What every format says about the feed as a whole, derived once from the settings and the written entries. */
import { DEFAULT_FEED_TITLE, type FeedSettings } from '../settings';
import { SHAREFEED_HOME, SHAREFEED_VERSION } from '../version';
import { rfc3339, timeOf } from './dates';
import type { EntryView } from './entry-view';
import { languageTag } from './entry-view';
import { tagKey } from './select';
import { SHAREFEED_NAMESPACE, isUuid, uuidV5 } from './uuid-v5';
import { webUrl } from './web-url';
import { publishedTagUrl, publishedUrl, type FeedFormat } from './formats';
import { cleanText } from './xml';

export interface FeedView {
  id: string;
  title: string;
  subtitle: string;
  /** The newest `updated` among the entries, or when the settings changed: never the clock, so output is reproducible. */
  updated: string;
  author: { name: string; email: string | null; url: string | null };
  /** Where the file is published: from the settings' address; a tag feed's file is taken to sit beside it. */
  selfUrl: string | null;
  homeUrl: string | null;
  /** The WebSub hub readers may subscribe at (rel="hub"). */
  hubUrl: string | null;
  icon: string | null;
  language: string | null;
  rights: string;
  generator: { name: string; version: string; url: string };
}

export function viewFeed(entries: readonly EntryView[], settings: FeedSettings, format: FeedFormat, tag?: string): FeedView {
  const key = tagKey(tag);
  const title = clean(settings.title) || DEFAULT_FEED_TITLE;
  const configured = webUrl(settings.feedUrl);
  const feedUrl = configured && publishedUrl(configured, format);
  const email = clean(settings.authorEmail);
  return {
    id: key ? tagFeedId(settings.feedId, key) : (feedUrl ?? clean(settings.feedId)),
    title: key ? `${title}: ${normalizedTag(tag!)}` : title,
    subtitle: clean(settings.subtitle),
    updated: newest(entries) ?? rfc3339(settings.updatedAt),
    // Atom needs an author on the feed or on every entry; the feed's title stands in for a missing name.
    author: {
      name: clean(settings.authorName) || title,
      email: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email) ? email : null,
      url: webUrl(settings.authorUrl),
    },
    selfUrl: key ? configured && publishedTagUrl(configured, format, key) : feedUrl,
    homeUrl: webUrl(settings.homeUrl),
    hubUrl: webUrl(settings.hubUrl),
    icon: webUrl(settings.icon),
    language: languageTag(settings.language),
    rights: clean(settings.rights),
    generator: { name: 'Sharefeed', version: SHAREFEED_VERSION, url: SHAREFEED_HOME },
  };
}

/** A tag feed is a different feed, so it gets its own stable id: a name-based UUID under the feed's own UUID. */
function tagFeedId(feedId: string, key: string): string {
  const own = feedId.replace(/^urn:uuid:/i, '');
  const namespace = isUuid(own) ? own : uuidV5(SHAREFEED_NAMESPACE, feedId);
  return `urn:uuid:${uuidV5(namespace, `tag:${key}`)}`;
}

function newest(entries: readonly EntryView[]): string | null {
  let best: string | null = null;
  for (const entry of entries) if (best === null || timeOf(entry.updated) > timeOf(best)) best = entry.updated;
  return best;
}

function normalizedTag(tag: string): string {
  return cleanText(tag).replace(/\s+/g, ' ').trim();
}

function clean(text: string): string {
  return cleanText(text).trim();
}
