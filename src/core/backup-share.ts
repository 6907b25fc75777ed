/**
 * One share of a backup file: every field checked, unknown fields dropped, keys in one fixed order so a backup
 * of the same shares is the same bytes.
 */
import type { Article, Capture, Share } from './share';
import { BackupProblem, FieldReader } from './backup-fields';
import { MAX_STORED_CONTENT, TooLargeToStore, toStoredShare } from './stored-share';

/** Caps on what a backup may hold, far above anything Sharefeed writes, so a hostile file cannot exhaust memory. */
export const BACKUP_LIMITS = {
  shares: 100_000,
  id: 200,
  url: 8_192,
  /** Images and icons may be `data:` URLs. */
  imageUrl: 100_000,
  title: 10_000,
  comment: 100_000,
  tags: 500,
  tag: 100,
  /** The storage cap itself, so that every stored article can be restored. */
  content: MAX_STORED_CONTENT,
  excerpt: 100_000,
  name: 2_000,
  lang: 35,
  wordCount: 10_000_000,
} as const;

const CAPTURES: readonly Capture[] = ['article', 'selection', 'description', 'link'];
const IMAGE_SCHEMES = ['http:', 'https:', 'data:'];

export interface ReadContext {
  /** Names of fields that were dropped because Sharefeed does not know them. */
  unknown: Set<string>;
  warnings: string[];
}

/** Reads the share at 1-based position `n` of the file. */
export function readShare(raw: unknown, n: number, context: ReadContext): Share {
  const L = BACKUP_LIMITS;
  const f: FieldReader = FieldReader.open(raw, `share ${n}`);
  const id = f.string('id', 'id', L.id);
  if (!id.trim()) f.fail('id', 'is empty');
  const url = f.url('url', 'URL', L.url);
  const canonical = f.url('canonicalUrl', 'canonical URL', L.url);
  let title = f.string('title', 'title', L.title);
  if (!title.trim()) {
    context.warnings.push(`Share ${n} had no title; its address is used as the title.`);
    title = url;
  }
  const comment = f.string('comment', 'comment', L.comment);
  // Kept exactly as stored: a backup restores what was there, it does not re-normalize.
  const tags = f.array('tags', 'tags field', L.tags).map((tag, i) => {
    if (typeof tag !== 'string') throw new BackupProblem(`Tag ${i + 1} of share ${n} is not text.`);
    if (tag.length > L.tag) throw new BackupProblem(`Tag ${i + 1} of share ${n} is longer than ${L.tag} characters.`);
    return tag;
  });
  const sharedAt = f.date('sharedAt', 'share date (sharedAt)');
  const updatedAt = f.date('updatedAt', 'update date (updatedAt)');
  const capture = f.oneOf('capture', 'capture', CAPTURES);
  const rawArticle = f.value('article', 'article');
  const article = rawArticle === null ? null : readArticle(rawArticle, n, context);
  if (article === null && capture !== 'link') {
    throw new BackupProblem(`Share ${n} is captured as “${capture}” but has no article; only links may have none.`);
  }
  for (const key of f.unknownKeys()) context.unknown.add(key);
  const share = orderedShare({ id, url, canonicalUrl: canonical, title, comment, tags, sharedAt, updatedAt, capture, article });
  // A file can carry anything: its articles pass the storage gate here, so a restore compares, stores and writes
  // feeds of exactly what storage would hold. Sharefeed's own backups hold stored articles, which pass unchanged.
  try {
    return toStoredShare(share);
  } catch (err) {
    if (err instanceof TooLargeToStore) throw new BackupProblem(`Share ${n}: ${err.message}`);
    throw err;
  }
}

function readArticle(raw: unknown, n: number, context: ReadContext): Article {
  const L = BACKUP_LIMITS;
  const f: FieldReader = FieldReader.open(raw, `share ${n}’s article`);
  const article: Article = {
    content: f.string('content', 'content', L.content),
    excerpt: f.string('excerpt', 'excerpt', L.excerpt),
    byline: f.nullableString('byline', 'byline', L.name),
    siteName: f.nullableString('siteName', 'site name', L.name),
    lang: f.nullableString('lang', 'language', L.lang),
    publishedAt: f.nullableDate('publishedAt', 'publication date'),
    modifiedAt: f.nullableDate('modifiedAt', 'modification date'),
    image: f.nullableUrl('image', 'image URL', L.imageUrl, IMAGE_SCHEMES),
    favicon: f.nullableUrl('favicon', 'icon URL', L.imageUrl, IMAGE_SCHEMES),
    wordCount: f.integer('wordCount', 'word count', 0, L.wordCount),
    truncated: f.boolean('truncated', 'truncated flag'),
  };
  for (const key of f.unknownKeys()) context.unknown.add(key);
  return article;
}

/** The same share with its keys (and its article's keys) in the order of the `Share` type. */
export function orderedShare(s: Share): Share {
  const a = s.article;
  return {
    id: s.id,
    url: s.url,
    canonicalUrl: s.canonicalUrl,
    title: s.title,
    comment: s.comment,
    tags: [...s.tags],
    sharedAt: s.sharedAt,
    updatedAt: s.updatedAt,
    capture: s.capture,
    article: a && {
      content: a.content,
      excerpt: a.excerpt,
      byline: a.byline,
      siteName: a.siteName,
      lang: a.lang,
      publishedAt: a.publishedAt,
      modifiedAt: a.modifiedAt,
      image: a.image,
      favicon: a.favicon,
      wordCount: a.wordCount,
      truncated: a.truncated,
    },
  };
}
