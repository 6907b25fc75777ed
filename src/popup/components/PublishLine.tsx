/**
 * The popup's publishing line: "Published 2 minutes ago · Copy feed address", or what is happening now, or the
 * failure in one sentence with Retry. Nothing when publishing is off (the options page sets it up).
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type PublishStatus } from '../../shared/protocol';

export function PublishLine({ version }: { version: number }) {
  const [status, setStatus] = useState<PublishStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const refresh = async () => {
    const reply = await send({ type: 'publishStatus' });
    if (reply.ok) setStatus(reply.status);
  };
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 1_500);
    return () => clearInterval(timer);
  }, [version]);
  if (!status || status.state === 'off') return null;

  const copy = async () => {
    await navigator.clipboard.writeText(status.feedUrl ?? '').then(
      () => setNote('Copied'),
      () => setNote(status.feedUrl),
    );
  };
  const retry = async () => {
    setNote(null);
    setStatus({ ...status, state: 'publishing' });
    const reply = await send({ type: 'publishNow' });
    if (!reply.ok) setNote(null);
    await refresh();
  };

  return (
    <p
      class={status.state === 'failed' ? 'publish-line error' : 'publish-line muted'}
      data-testid="publish-line"
      role={status.state === 'failed' ? 'alert' : 'status'}
    >
      {status.state === 'failed' ? (
        <>
          Publishing failed: {status.lastError}{' '}
          <button type="button" class="link" onClick={() => void retry()}>
            Retry
          </button>
        </>
      ) : (
        <>
          {status.state === 'publishing'
            ? 'Publishing…'
            : status.state === 'pending'
              ? 'Publishing soon…'
              : `Published ${ago(status.lastPublishedAt)}`}
          {' · '}
          <button type="button" class="link" onClick={() => void copy()}>
            Copy feed address
          </button>
          {note && <span> {note}</span>}
        </>
      )}
    </p>
  );
}

/** "just now", "2 minutes ago", "3 hours ago", "on 21 Nov". */
function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return 'not yet';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `on ${new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}`;
}
