/**
 * Export the feed in each format, for all shares or the selected tag. The feed is written here, in the page, from
 * shares read a part at a time (a feed of every share can be far larger than one message), with progress.
 */
import { useState } from 'preact/hooks';
import { send } from '../shared/protocol';
import { UserError, errorSentence } from '../shared/user-error';
import { streamFeed, type FeedFormat } from '../core/feed/index';
import { downloadFile } from '../shared/download';
import { readExport } from './read-shares';

const FORMATS: { format: FeedFormat; label: string }[] = [
  { format: 'atom', label: 'Atom' },
  { format: 'rss', label: 'RSS' },
  { format: 'json', label: 'JSON Feed' },
];

type Progress = { format: FeedFormat; read: number; total: number | null };

export function ExportBar({ tag }: { tag: string | null }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noAddress, setNoAddress] = useState(false);

  const exportAs = async (format: FeedFormat) => {
    setProgress({ format, read: 0, total: null });
    setError(null);
    try {
      const reply = await send({ type: 'getSettings' });
      if (!reply.ok) throw new UserError(reply.error);
      const { settings } = reply;
      const limit = settings.limit > 0 ? settings.limit : undefined;
      const shares = await readExport({ tag: tag ?? undefined, limit }, (read, total) => setProgress({ format, read, total }));
      downloadFile(streamFeed(format, shares, settings, tag ?? undefined));
      setNoAddress(!settings.feedUrl.trim());
    } catch (err) {
      setError(errorSentence(err));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section class="export" aria-label="Export feed">
      <span class="muted">Export{tag ? ` “${tag}”` : ''}:</span>
      {FORMATS.map(({ format, label }) => (
        <button type="button" key={format} disabled={progress !== null} onClick={() => void exportAs(format)}>
          {progress?.format === format ? `${label}…` : `Export ${label}`}
        </button>
      ))}
      {progress?.total && progress.total > 100 ? (
        <p role="status">
          <progress max={progress.total} value={progress.read} /> {progress.read.toLocaleString()} of {progress.total.toLocaleString()}{' '}
          shares read
        </p>
      ) : null}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {noAddress && !error && (
        <p class="muted small" data-testid="no-feed-address">
          This feed names no public address yet, so readers cannot check where its updates come from: once you know where you will publish
          it, set “Public URL of the feed” in the feed settings and export again.
        </p>
      )}
    </section>
  );
}
