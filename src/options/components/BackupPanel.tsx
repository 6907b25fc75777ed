/**
 * Backup and restore. A backup holds every share with its article and the settings; it is written here from
 * shares read a part at a time, so it has no size limit. Restoring hands the file to the background, which
 * validates it whole first, so a bad file changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { listen, send } from '../../shared/protocol';
import { UserError, errorSentence } from '../../shared/user-error';
import type { MergeReport } from '../../core/merge-shares';
import { serializeBackup } from '../../core/backup';
import { downloadFile } from '../../shared/download';
import { readExport } from '../../ui/read-shares';
import { persistStorage } from '../../shared/persist-storage';
import { ReportView } from './ReportView';

type Result = { error: string | null; report: MergeReport | null };

async function writeBackup(onProgress: (read: number, total: number) => void) {
  const reply = await send({ type: 'getSettings' });
  if (!reply.ok) throw new UserError(reply.error);
  const shares = await readExport({}, onProgress);
  const now = new Date().toISOString();
  return {
    filename: `sharefeed-backup-${now.slice(0, 10)}.json`,
    mimeType: 'application/json',
    body: serializeBackup(shares, reply.settings, now),
  };
}

export function BackupPanel() {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<Result>({ error: null, report: null });
  const [persistent, setPersistent] = useState<boolean | null>(null);

  useEffect(() => void persistStorage().then(setPersistent), []);

  const exportBackup = async () => {
    setBusy('Reading your shares…');
    try {
      downloadFile(
        await writeBackup((read, total) => setBusy(`Reading your shares… ${read.toLocaleString()} of ${total.toLocaleString()}`)),
      );
      setResult({ error: null, report: null });
    } catch (err) {
      setResult({ error: errorSentence(err), report: null });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (e: Event) => {
    e.preventDefault();
    if (!file) return setResult({ error: 'Choose a backup file first.', report: null });
    setBusy('Restoring…');
    const url = URL.createObjectURL(file);
    const stop = listen('restoreProgress', ({ done, total }) =>
      setBusy(done < total ? `Checking shares… ${done.toLocaleString()} of ${total.toLocaleString()}` : 'Storing…'),
    );
    try {
      const reply = await send({ type: 'restoreBackup', file: url, mode });
      setResult(reply.ok ? { error: null, report: reply.report } : { error: reply.error, report: null });
    } finally {
      stop();
      URL.revokeObjectURL(url);
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Backup and restore</h2>
      <p class="muted">A backup is one JSON file with every share, its saved article and your feed settings.</p>
      {persistent === false && (
        <p class="notice" data-testid="storage-best-effort">
          Your browser keeps Sharefeed’s storage only as long as it has room, and may clear it when the disk is nearly full: export a backup
          now and then.
        </p>
      )}
      <button type="button" disabled={busy !== null} onClick={() => void exportBackup()}>
        Export backup
      </button>
      <form class="restore" aria-label="Restore backup" onSubmit={(e) => void restore(e)}>
        <div class="field">
          <label for="restore-file">Backup file</label>
          <input
            id="restore-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
          />
        </div>
        <fieldset class="field">
          <legend>When a share exists in both</legend>
          <label>
            <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge: keep the newer of
            each
          </label>
          <label>
            <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace everything
            with the backup
          </label>
        </fieldset>
        {mode === 'replace' && <p class="notice">Replace deletes shares that are not in the backup file.</p>}
        <button type="submit" class="primary" disabled={busy !== null}>
          Restore backup
        </button>
      </form>
      {busy && <p role="status">{busy}</p>}
      {result.error && (
        <p class="error" role="alert">
          {result.error}
        </p>
      )}
      {result.report && <ReportView report={result.report} verb="Restored" />}
    </section>
  );
}
