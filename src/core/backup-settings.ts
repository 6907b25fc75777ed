/** The feed settings of a backup file: every field checked, then the same rules as the options page. */
import { settingsProblem, type FeedSettings } from './settings';
import { BackupProblem, FieldReader } from './backup-fields';
import type { ReadContext } from './backup-share';

const TEXT = 2_000;
const LONG_TEXT = 10_000;

export function readSettings(raw: unknown, context: ReadContext): FeedSettings {
  const f: FieldReader = FieldReader.open(raw, 'the feed settings', true);
  const settings: FeedSettings = {
    feedId: f.string('feedId', 'feed id (feedId)', 200),
    title: f.string('title', 'title', TEXT),
    subtitle: f.string('subtitle', 'subtitle', LONG_TEXT),
    authorName: f.string('authorName', 'author name', TEXT),
    authorEmail: f.string('authorEmail', 'author email', TEXT),
    authorUrl: f.string('authorUrl', 'author URL', TEXT),
    feedUrl: f.string('feedUrl', 'feed URL', TEXT),
    homeUrl: f.string('homeUrl', 'home page URL', TEXT),
    // Backups written before WebSub support have no hub.
    hubUrl: f.optionalString('hubUrl', 'WebSub hub URL', TEXT),
    icon: f.string('icon', 'icon URL', TEXT),
    language: f.string('language', 'language', 100),
    rights: f.string('rights', 'rights', LONG_TEXT),
    limit: f.integer('limit', 'number of entries (limit)', 0, 500),
    mode: f.oneOf('mode', 'mode', ['full', 'summary'] as const),
    updatedAt: f.date('updatedAt', 'update date (updatedAt)'),
  };
  if (!settings.feedId.trim()) f.fail('feed id (feedId)', 'is empty');
  const problem = settingsProblem(settings);
  if (problem) throw new BackupProblem(`The feed settings in this backup cannot be used: ${lowerFirst(problem)}`);
  for (const key of f.unknownKeys()) context.unknown.add(key);
  return settings;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The same settings with keys in the order of the `FeedSettings` type, so backups are byte-for-byte stable. */
export function orderedSettings(s: FeedSettings): FeedSettings {
  return {
    feedId: s.feedId,
    title: s.title,
    subtitle: s.subtitle,
    authorName: s.authorName,
    authorEmail: s.authorEmail,
    authorUrl: s.authorUrl,
    feedUrl: s.feedUrl,
    homeUrl: s.homeUrl,
    hubUrl: s.hubUrl,
    icon: s.icon,
    language: s.language,
    rights: s.rights,
    limit: s.limit,
    mode: s.mode,
    updatedAt: s.updatedAt,
  };
}
