/** One row of the history: open, read the stored copy, edit in place, delete. */
import { useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { send, type TagCount } from '../../shared/protocol';
import type { Share, ShareSummary } from '../../core/share';
import { formatDate } from '../../shared/format-date';
import { TagInput } from './TagInput';

interface Props {
  share: ShareSummary;
  knownTags: TagCount[];
  onChanged: (share: Share) => void;
  onDeleted: (share: Share) => void;
}

export function ShareItem({ share, knownTags, onChanged, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ title: share.title, comment: share.comment, tags: share.tags });
  const [error, setError] = useState<string | null>(null);
  const site = share.article?.siteName ?? hostOf(share.url);
  const readerUrl = browser.runtime.getURL(`src/reader/index.html?id=${encodeURIComponent(share.id)}`);

  const save = async () => {
    const reply = await send({ type: 'updateShare', id: share.id, ...draft });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setEditing(false);
    onChanged(reply.share);
  };

  const startEditing = () => {
    setDraft({ title: share.title, comment: share.comment, tags: share.tags });
    setEditing(true);
  };

  const remove = async () => {
    const reply = await send({ type: 'deleteShare', id: share.id });
    if (!reply.ok) return setError(reply.error);
    onDeleted(reply.share);
  };

  if (editing) {
    return (
      <li class="share-item editing">
        <form
          aria-label={`Edit ${share.title}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            // Esc leaves the edit (dropping the draft), not the popup.
            if (e.key !== 'Escape' || e.defaultPrevented) return;
            e.preventDefault();
            setEditing(false);
          }}
        >
          <label for={`t-${share.id}`}>Title</label>
          <input
            id={`t-${share.id}`}
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })}
          />
          <label for={`c-${share.id}`}>Comment</label>
          <textarea
            id={`c-${share.id}`}
            rows={2}
            value={draft.comment}
            onInput={(e) => setDraft({ ...draft, comment: (e.target as HTMLTextAreaElement).value })}
          />
          <label for={`g-${share.id}`}>Tags</label>
          <TagInput id={`g-${share.id}`} tags={draft.tags} known={knownTags} onChange={(tags) => setDraft({ ...draft, tags })} />
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li class="share-item">
      <a class="title" href={share.url} target="_blank" rel="noopener noreferrer">
        {share.title}
      </a>
      <div class="muted small">
        {site} · <time dateTime={share.sharedAt}>{formatDate(share.sharedAt)}</time>
        {share.capture === 'link' && ' · link only'}
      </div>
      {share.comment && <p class="comment">{share.comment}</p>}
      <div>
        {share.tags.map((t) => (
          <span class="tag" key={t}>
            {t}
          </span>
        ))}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row-actions">
        {share.article && (
          <a href={readerUrl} target="_blank" rel="noopener">
            Read
          </a>
        )}
        <button type="button" class="link" onClick={startEditing} aria-label={`Edit ${share.title}`}>
          Edit
        </button>
        <button type="button" class="link" onClick={() => void remove()} aria-label={`Delete ${share.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
