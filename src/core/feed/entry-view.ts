/** What every format says about one share, derived once and identically: ids, dates, names, links. */
import type { Share } from '../share';
import { rfc3339 } from './dates';
import { SHAREFEED_NAMESPACE, isUuid, uuidV5 } from './uuid-v5';
import { imageType, originOf, siteHost, webUrl } from './web-url';
import { cleanText } from './xml';

export interface EntryView {
  /** `urn:uuid:<share id>`; the same in every export, so readers never show an entry twice. */
  id: string;
  title: string;
  url: string | null;
  site: { name: string; origin: string | null; icon: string | null } | null;
  author: string | null;
  published: string;
  updated: string;
  /** When the original was last known to change (for Atom's `source`). */
  sourceUpdated: string;
  tags: string[];
  summary: string;
  language: string | null;
  image: { url: string; type: string | null } | null;
}

export function viewEntry(share: Share): EntryView {
  const url = webUrl(share.url);
  const article = share.article;
  const siteName = clean(article?.siteName) || (url ? siteHost(url) : '');
  const imageUrl = webUrl(article?.image);
  const title = cleanText(share.title);
  return {
    id: `urn:uuid:${isUuid(share.id) ? share.id.toLowerCase() : uuidV5(SHAREFEED_NAMESPACE, share.id)}`,
    title: title.trim() ? title : (url ?? 'Untitled'),
    url,
    site: siteName ? { name: siteName, origin: url && originOf(url), icon: webUrl(article?.favicon) } : null,
    author: clean(article?.byline) || siteName || null,
    published: rfc3339(share.sharedAt, share.updatedAt),
    updated: rfc3339(share.updatedAt, share.sharedAt),
    sourceUpdated: rfc3339(article?.modifiedAt, article?.publishedAt, share.sharedAt, share.updatedAt),
    tags: share.tags.map(cleanText).filter((tag) => tag.trim()),
    summary: clean(article?.excerpt),
    language: languageTag(article?.lang),
    image: imageUrl ? { url: imageUrl, type: imageType(imageUrl) } : null,
  };
}

function clean(text: string | null | undefined): string {
  return cleanText(text ?? '').trim();
}

/** A BCP 47 tag as feeds expect it (`en`, `pt-BR`), or null for values pages use that are not tags. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = (value ?? '').trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}
