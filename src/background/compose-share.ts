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
    input.capture && input.capture !== page.capture
      ? page.alternatives.find((alt) => alt.capture === input.capture)
      : undefined;
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

/** Sharing a page again updates the first share: same id and share time, so feed entries keep their identity. */
export function reshare(existing: Share, fresh: Share): Share {
  return { ...fresh, id: existing.id, sharedAt: existing.sharedAt };
}

/** A link-only share (restricted pages, "Share this link"). */
export function linkShare(
  link: { url: string; canonicalUrl: string; title: string },
  input: ShareInput,
  id: string,
  now: string,
): Share {
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
