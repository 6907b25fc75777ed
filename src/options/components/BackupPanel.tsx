/**
 * Backup and restore. A backup holds every share with its article and the settings; restoring validates the
 * whole file first, so a bad file changes nothing.
 */
import { useState } from 'preact/hooks';
import { send } from '../../shared/protocol';
import type { MergeReport } from '../../core/merge-shares';
import { downloadFile } from '../../shared/download';
import { ReportView } from './ReportView';

export function BackupPanel() {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ error: string | null; report: MergeReport | null }>({ error: null, report: null });

  const exportBackup = async () => {
    const reply = await send({ type: 'exportBackup' });
    if (!reply.ok) return setResult({ error: reply.error, report: null });
    downloadFile(reply);
  };

  const restore = async (e: Event) => {
    e.preventDefault();
    if (!file) return setResult({ error: 'Choose a backup file first.', report: null });
    setBusy(true);
    const reply = await send({ type: 'restoreBackup', text: await file.text(), mode });
    setBusy(false);
    setResult(reply.ok ? { error: null, report: reply.report } : { error: reply.error, report: null });
  };

  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Backup and restore</h2>
      <p class="muted">A backup is one JSON file with every share, its saved article and your feed settings.</p>
      <button type="button" onClick={() => void exportBackup()}>Export backup</button>
      <form class="restore" aria-label="Restore backup" onSubmit={(e) => void restore(e)}>
        <div class="field">
          <label for="restore-file">Backup file</label>
          <input id="restore-file" type="file" accept=".json,application/json" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </div>
        <fieldset class="field">
          <legend>When a share exists in both</legend>
          <label><input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge: keep the newer of each</label>
          <label><input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace everything with the backup</label>
        </fieldset>
        {mode === 'replace' && <p class="notice">Replace deletes shares that are not in the backup file.</p>}
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Restoring…' : 'Restore backup'}</button>
      </form>
      {result.error && <p class="error" role="alert">{result.error}</p>}
      {result.report && <ReportView report={result.report} verb="Restored" />}
    </section>
  );
}
