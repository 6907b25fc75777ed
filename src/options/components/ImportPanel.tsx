/**
 * Import stories from other tools. The file is parsed here, in the page (the worker has no DOMParser), and
 * its content sanitized; then the shares go to the background in batches, with progress for large files.
 */
import { useState } from 'preact/hooks';
import { send } from '../../shared/protocol';
import { detectAndImport } from '../../import/detect-and-import';
import type { ImportDeps } from '../../import/types';
import { scrubForStorage } from '../../core/stored-share';
import { canonicalUrl } from '../../core/canonical-url';
import type { MergeReport } from '../../core/merge-shares';
import type { Share } from '../../core/share';
import { ReportView } from './ReportView';

/** Shares per message: at most 200, and at most 8 M characters of them (a message may carry 64 MiB). */
const BATCH = 200;
const BATCH_CHARS = 8_000_000;

function batchEnd(shares: readonly Share[], from: number): number {
  let chars = 0;
  let end = from;
  while (end < shares.length && end - from < BATCH) {
    chars += JSON.stringify(shares[end]).length;
    if (end > from && chars > BATCH_CHARS) break;
    end++;
  }
  return end;
}

const deps: ImportDeps = {
  parseXml: (text) => new DOMParser().parseFromString(text, 'application/xml'),
  parseHtml: (text) => new DOMParser().parseFromString(text, 'text/html'),
  sanitize: (html, baseUrl) => scrubForStorage(html, baseUrl),
  canonicalUrl: (url) => canonicalUrl(url),
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

export function ImportPanel() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ error: string | null; report: MergeReport | null; format: string }>({
    error: null,
    report: null,
    format: '',
  });

  const importFile = async (file: File) => {
    setOutcome({ error: null, report: null, format: '' });
    const text = await file.text().catch(() => null);
    if (text === null)
      return setOutcome({
        error: 'That file could not be read — choose it again, or check that it is still there.',
        report: null,
        format: '',
      });
    const detected = detectAndImport(text, file.name, deps);
    if (!detected.ok) return setOutcome({ error: detected.error, report: null, format: '' });
    const { shares, skipped, notes, format } = detected.result;
    const total: MergeReport = { added: 0, updated: 0, unchanged: 0, removed: 0, skipped: [...skipped, ...notes] };
    setProgress({ done: 0, total: shares.length });
    for (let i = 0; i < shares.length;) {
      const end = batchEnd(shares, i);
      const reply = await send({ type: 'importShares', shares: shares.slice(i, end) });
      if (!reply.ok) {
        setProgress(null);
        const saved = i ? ` The first ${i} were imported; importing the file again skips them.` : '';
        return setOutcome({ error: reply.error + saved, report: null, format });
      }
      total.added += reply.report.added;
      total.updated += reply.report.updated;
      total.unchanged += reply.report.unchanged;
      total.skipped.push(...reply.report.skipped);
      setProgress({ done: end, total: shares.length });
      i = end;
    }
    setProgress(null);
    setOutcome({ error: null, report: total, format });
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">Import</h2>
      <p class="muted">
        From a NewsBlur shared-stories feed or any Atom, RSS or JSON Feed file, a browser bookmarks export (also Pocket, linkding, Shaarli,
        Raindrop), or Pocket’s CSV export. Pages already shared are updated, not doubled.
      </p>
      <label for="import-file">File to import</label>
      <input
        id="import-file"
        type="file"
        accept=".xml,.atom,.rss,.json,.html,.htm,.csv,application/xml,text/html,text/csv,application/json"
        disabled={progress !== null}
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void importFile(file);
        }}
      />
      {progress && (
        <p role="status">
          <progress max={progress.total} value={progress.done} /> {progress.done} of {progress.total}
        </p>
      )}
      {outcome.error && (
        <p class="error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome.report && <ReportView report={outcome.report} verb={`Imported from ${outcome.format}`} />}
    </section>
  );
}
