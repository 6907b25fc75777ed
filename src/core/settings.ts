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
  /** A WebSub hub every feed names (rel="hub") and that is told after each publish; empty for none. */
  hubUrl: string;
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
    hubUrl: '',
    icon: '',
    language: '',
    rights: '',
    limit: 50,
    mode: 'full',
    updatedAt: now,
  };
}

const URL_FIELDS = ['authorUrl', 'feedUrl', 'homeUrl', 'hubUrl', 'icon'] as const;

/** One sentence naming the first setting that cannot be used, or null when all can. */
export function settingsProblem(s: Omit<FeedSettings, 'feedId' | 'updatedAt'>): string | null {
  if (!s.title.trim()) return 'The feed needs a title.';
  for (const field of URL_FIELDS) {
    const value = s[field].trim();
    if (value && !/^https?:\/\/[^\s/]+/i.test(value)) {
      return `“${value}” is not a web address — use a full http:// or https:// URL, or leave it empty.`;
    }
  }
  if (s.authorEmail.trim() && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(s.authorEmail.trim())) {
    return `“${s.authorEmail}” is not an email address.`;
  }
  if (!Number.isInteger(s.limit) || s.limit < 0 || s.limit > 500) {
    return 'The number of entries must be a whole number from 1 to 500, or “all”.';
  }
  if (s.language.trim() && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(s.language.trim())) {
    return `“${s.language}” is not a language tag — use one like “en” or “pt-BR”.`;
  }
  return null;
}
