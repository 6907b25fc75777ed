/** Past shares, newest first: search, tag chips, a page at a time, and Undo after a delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { send, type TagCount } from '../../shared/protocol';
import type { Share } from '../../core/share';
import { useHistory } from '../hooks/use-history';
import { ShareItem } from './ShareItem';

interface Props {
  knownTags: TagCount[];
  tag: string | null;
  onTag: (tag: string | null) => void;
  /** Changes whenever a share was added elsewhere in the popup, to reload the list. */
  version: number;
  /** A share's tags may have changed: the chips' counts need a refresh. */
  onChanged: () => void;
}

export function History({ knownTags, tag, onTag, version, onChanged }: Props) {
  const [query, setQuery] = useState('');
  const { shares, total, error, loadMore, replace, remove, reinsert, refresh } = useHistory(query, tag);
  const [deleted, setDeleted] = useState<Share | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);

  useEffect(() => void (version && refresh()), [version]);

  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore());
    observer.observe(el);
    return () => observer.disconnect();
  }, [loadMore]);

  const undo = async () => {
    if (!deleted) return;
    const reply = await send({ type: 'restoreShare', share: deleted });
    if (!reply.ok) return setUndoError(reply.error);
    setDeleted(null);
    reinsert(reply.share);
    onChanged();
  };

  return (
    <section class="history" aria-label="Your shares">
      <div class="history-head">
        <h2>Your shares {total !== null && <span class="muted">({total.toLocaleString()})</span>}</h2>
        <input
          type="search"
          aria-label="Search shares"
          placeholder="Search title, comment, site, tags"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      {knownTags.length > 0 && (
        <div class="chips" role="group" aria-label="Filter by tag">
          {knownTags.slice(0, 30).map((t) => (
            <button
              type="button"
              key={t.tag}
              class={`tag ${tag?.toLowerCase() === t.tag.toLowerCase() ? 'selected' : ''}`}
              aria-pressed={tag?.toLowerCase() === t.tag.toLowerCase()}
              onClick={() => onTag(tag?.toLowerCase() === t.tag.toLowerCase() ? null : t.tag)}
            >
              {t.tag} <span class="muted">{t.count}</span>
            </button>
          ))}
        </div>
      )}
      {deleted && (
        <div class="notice" role="status">
          Deleted “{deleted.title}”.{' '}
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
          {undoError && <span class="error">{undoError}</span>}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {total === 0 && <p class="muted">{query || tag ? 'No shares match.' : 'Nothing shared yet. Shares you make appear here.'}</p>}
      <ul class="share-list">
        {shares.map((share) => (
          <ShareItem
            key={share.id}
            share={share}
            knownTags={knownTags}
            onChanged={(s) => {
              replace(s);
              onChanged();
            }}
            onDeleted={(s) => {
              setDeleted(s);
              setUndoError(null);
              remove(s.id);
              onChanged();
            }}
          />
        ))}
      </ul>
      <div ref={sentinel} class="sentinel" />
    </section>
  );
}
