/** The feed's own metadata, set on the options page. Every writer reads the same object. */
export interface FeedSettings {
  /** A `urn:uuid:` made once at install; the feed's permanent identity when no public URL is set. */
  feedId: string;
  title: string;
  subtitle: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  /** Where the person publishes the feed file (rel="self"); empty when unknown. */
  feedUrl: string;
  /** The person's home page (rel="alternate"); empty when unknown. */
  homeUrl: string;
  icon: string;
  /** BCP 47 language of the feed as a whole; empty = unspecified. */
  language: string;
  rights: string;
  /** Entries per feed, 1–500, or 0 for all. */
  limit: number;
  mode: 'full' | 'summary';
  /** When these settings last changed; feeds use it as `updated` when they have no entries. */
  updatedAt: string;
}

export const DEFAULT_FEED_TITLE = 'Shared stories';

export function defaultSettings(feedId: string, now: string): FeedSettings {
  return {
    feedId,
    title: DEFAULT_FEED_TITLE,
    subtitle: '',
    authorName: '',
    authorEmail: '',
    authorUrl: '',
    feedUrl: '',
    homeUrl: '',
    icon: '',
    language: '',
    rights: '',
    limit: 50,
    mode: 'full',
    updatedAt: now,
  };
}
