/** Turns what the page gave us, plus what the person typed, into a Share. Pure: the clock and ids come in. */
import { normalizeTags, type Capture, type Share } from '../core/share';
import type { CapturedPage } from '../extract/types';

export interface ShareInput {
  comment?: string;
  tags?: string[];
  title?: string;
  capture?: Capture;
}

export function composeShare(page: CapturedPage, input: ShareInput, id: string, now: string): Share {
  const chosen =
    input.capture && input.capture !== page.capture ? page.alternatives.find((alt) => alt.capture === input.capture) : undefined;
  const title = input.title?.trim() || page.title;
  return {
    id,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title,
    comment: (input.comment ?? '').trim(),
    tags: normalizeTags(input.tags ?? []),
    sharedAt: now,
    updatedAt: now,
    capture: chosen?.capture ?? page.capture,
    article: chosen ? chosen.article : page.article,
  };
}

/** Captures from the fullest body to the barest. */
const FULLNESS: Record<Capture, number> = { article: 3, selection: 2, description: 1, link: 0 };

/**
 * Sharing a page again updates the first share: same id and share time, so feed entries keep their identity.
 * What the person did not say this time is kept: a shortcut or menu share sends no title, comment or tags, and
 * must not wipe the ones typed before; nor may "Share this link" replace a stored article with a bare link,
 * unless the person chose that capture.
 */
export function reshare(existing: Share, fresh: Share, input: ShareInput): Share {
  const keepBody = input.capture === undefined && FULLNESS[fresh.capture] < FULLNESS[existing.capture];
  return {
    ...fresh,
    id: existing.id,
    sharedAt: existing.sharedAt,
    title: input.title?.trim() ? fresh.title : existing.title,
    comment: input.comment === undefined ? existing.comment : fresh.comment,
    tags: input.tags === undefined ? existing.tags : fresh.tags,
    ...(keepBody ? { capture: existing.capture, article: existing.article } : {}),
  };
}

/** A link-only share (restricted pages, "Share this link"). */
export function linkShare(link: { url: string; canonicalUrl: string; title: string }, input: ShareInput, id: string, now: string): Share {
  return {
    id,
    url: link.url,
    canonicalUrl: link.canonicalUrl,
    title: input.title?.trim() || link.title.trim() || link.url,
    comment: (input.comment ?? '').trim(),
    tags: normalizeTags(input.tags ?? []),
    sharedAt: now,
    updatedAt: now,
    capture: 'link',
    article: null,
  };
}
