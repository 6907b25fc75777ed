/**
 * The share form for the current tab: a preview of what was captured, the title, a comment and tags, and Share
 * (or Update, when this page is already shared). On pages the extension cannot read it offers a link-only share.
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type TagCount } from '../../shared/protocol';
import type { Capture, ShareSummary } from '../../core/share';
import { formatDate } from '../../shared/format-date';
import { persistStorage } from '../../shared/persist-storage';
import type { Preview } from '../hooks/use-preview';
import type { TargetTab } from '../hooks/use-target-tab';
import { ArticlePreview } from './ArticlePreview';
import { TagInput } from './TagInput';

const CAPTURE_LABEL: Record<Capture, string> = {
  article: 'Full article',
  selection: 'Selection as quote',
  description: 'Page description',
  link: 'Link only',
};

interface Props {
  tab: TargetTab;
  preview: Preview;
  knownTags: TagCount[];
  onShared: (share: ShareSummary, updated: boolean) => void;
}

export function ShareForm({ tab, preview, knownTags, onShared }: Props) {
  const ready = preview.state === 'ready' ? preview : null;
  const existing = ready?.existing ?? null;
  const [title, setTitle] = useState('');
  const [comment, setComment] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [capture, setCapture] = useState<Capture>('article');
  const [status, setStatus] = useState<{ busy: boolean; error: string | null; done: string | null }>({
    busy: false,
    error: null,
    done: null,
  });

  useEffect(() => {
    if (!ready) return setTitle(tab.title ?? '');
    setTitle(existing?.title ?? ready.page.title);
    setComment(existing?.comment ?? '');
    setTags(existing?.tags ?? []);
    setCapture(ready.page.capture);
  }, [ready?.page, existing, tab.title]);

  if (preview.state === 'loading')
    return (
      <p class="muted" role="status">
        Reading the page…
      </p>
    );

  const choices = ready ? [{ capture: ready.page.capture, article: ready.page.article }, ...ready.page.alternatives] : [];
  const chosen = choices.find((c) => c.capture === capture) ?? choices[0];

  const submit = async () => {
    if (status.busy) return;
    setStatus({ busy: true, error: null, done: null });
    // The comment and tags stay in the form whatever happens, so a failed write loses nothing typed.
    const reply = ready
      ? await send({ type: 'shareTab', tabId: tab.tabId, comment, tags, title, capture })
      : await send({ type: 'shareLink', url: tab.url ?? '', title: title || tab.title || '', comment, tags });
    if (!reply.ok) return setStatus({ busy: false, error: reply.error, done: null });
    setStatus({ busy: false, error: null, done: reply.updated ? 'Updated ✓' : 'Shared ✓' });
    onShared(reply.share, reply.updated);
    void persistStorage();
  };

  const onFormKeyDown = (e: KeyboardEvent) => {
    const inTextarea = (e.target as HTMLElement).tagName === 'TEXTAREA';
    if (e.key === 'Enter' && inTextarea && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const canShareLink = !ready && tab.url !== undefined && /^https?:/i.test(tab.url);
  if (preview.state === 'failed' && !canShareLink) {
    return (
      <p class="error" role="alert">
        {preview.error}
      </p>
    );
  }

  return (
    <form
      class="share-form"
      aria-label="Share this page"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={onFormKeyDown}
    >
      {preview.state === 'failed' && (
        <p class="notice" role="alert">
          {preview.error}
        </p>
      )}
      {ready?.page.notice && (
        <p class="notice" role="note">
          {ready.page.notice}
        </p>
      )}
      {existing && (
        <p class="notice" data-testid="already-shared">
          Already shared on {formatDate(existing.sharedAt)} — Update changes that share instead of adding another.
        </p>
      )}
      <label for="share-title">Title</label>
      <input id="share-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      {ready && <ArticlePreview article={chosen?.article ?? null} />}
      {choices.length > 1 && (
        <fieldset class="captures">
          <legend class="visually-hidden">What to share</legend>
          {choices.map((c) => (
            <label key={c.capture} class="capture">
              <input type="radio" name="capture" value={c.capture} checked={capture === c.capture} onChange={() => setCapture(c.capture)} />
              {CAPTURE_LABEL[c.capture]}
            </label>
          ))}
        </fieldset>
      )}
      <label for="share-comment">Comment</label>
      <textarea
        id="share-comment"
        rows={3}
        value={comment}
        placeholder="Why is this worth reading? (Ctrl+Enter shares)"
        onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
      />
      <label for="share-tags">Tags</label>
      <TagInput id="share-tags" tags={tags} known={knownTags} onChange={setTags} onSubmit={() => void submit()} />
      {status.error && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={status.busy}>
          {status.busy ? 'Sharing…' : existing ? 'Update' : ready ? 'Share' : 'Share link only'}
        </button>
        {status.error && <span class="muted">Your comment and tags are kept — press again to retry.</span>}
        {status.done && (
          <span class="ok" role="status">
            {status.done}
          </span>
        )}
      </div>
    </form>
  );
}
