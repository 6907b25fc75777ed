/** Export the feed in each format, for all shares or the selected tag. */
import { useState } from 'preact/hooks';
import { send } from '../shared/protocol';
import type { FeedFormat } from '../core/feed/index';
import { downloadFile } from '../shared/download';

const FORMATS: { format: FeedFormat; label: string }[] = [
  { format: 'atom', label: 'Atom' },
  { format: 'rss', label: 'RSS' },
  { format: 'json', label: 'JSON Feed' },
];

export function ExportBar({ tag }: { tag: string | null }) {
  const [busy, setBusy] = useState<FeedFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportAs = async (format: FeedFormat) => {
    setBusy(format);
    const reply = await send({ type: 'exportFeed', format, tag: tag ?? undefined });
    setBusy(null);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    downloadFile(reply);
  };

  return (
    <section class="export" aria-label="Export feed">
      <span class="muted">Export{tag ? ` “${tag}”` : ''}:</span>
      {FORMATS.map(({ format, label }) => (
        <button type="button" key={format} disabled={busy !== null} onClick={() => void exportAs(format)}>
          {busy === format ? `${label}…` : `Export ${label}`}
        </button>
      ))}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
