/**
 * Options → Sync: one history across the person's browsers, through their own WebDAV folder — the publishing one
 * (its `sync/` folder) or another. Off by default; the saved password is never shown back.
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type PublicSyncSettings, type SyncSettings, type SyncStatus } from '../../shared/protocol';
import { ensureAccess } from '../../ui/host-access';
import { formatDate } from '../../shared/format-date';

interface Form {
  enabled: boolean;
  own: boolean;
  url: string;
  username: string;
  password: string;
}

const EMPTY: Form = { enabled: false, own: false, url: '', username: '', password: '' };

function formOf(sync: PublicSyncSettings | null): Form {
  if (!sync) return EMPTY;
  return 'kind' in sync
    ? { ...EMPTY, enabled: sync.enabled, own: true, url: sync.url, username: sync.username }
    : { ...EMPTY, enabled: sync.enabled };
}

export function SyncPanel() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [saved, setSaved] = useState<PublicSyncSettings | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const refresh = async () => {
    const reply = await send({ type: 'syncStatus' });
    if (reply.ok) setStatus(reply.status);
  };
  useEffect(() => {
    void send({ type: 'getSync' }).then((r) => {
      if (r.ok) {
        setSaved(r.sync);
        setForm(formOf(r.sync));
      }
    });
    void refresh();
    const timer = setInterval(() => void refresh(), 2_000);
    return () => clearInterval(timer);
  }, []);

  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setOutcome(null);
  };

  const save = async () => {
    const sync: SyncSettings = form.own
      ? { enabled: form.enabled, kind: 'webdav', url: form.url, username: form.username, password: form.password }
      : { enabled: form.enabled, useConnection: 'publishing' };
    if (form.own && form.enabled) {
      try {
        const { protocol, hostname } = new URL(form.url);
        await ensureAccess([`${protocol}//${hostname}/*`], async () => {
          await fetch(form.url, { method: 'PROPFIND', headers: { Depth: '0' }, credentials: 'omit' });
          return true;
        });
      } catch {
        // An address that is not one: the background says so.
      }
    }
    const reply = await send({ type: 'setSync', sync });
    if (!reply.ok) return setOutcome({ ok: false, text: reply.error });
    setSaved(reply.sync);
    setForm(formOf(reply.sync));
    setOutcome({ ok: true, text: reply.sync.enabled ? 'Saved ✓ — syncing now.' : 'Sync is off.' });
  };

  const syncNow = async () => {
    setOutcome(null);
    const reply = await send({ type: 'syncNow' });
    setOutcome(
      reply.ok
        ? { ok: true, text: `Synced: ${reply.report.pulled} in, ${reply.report.pushed} out, ${reply.report.deleted} removed.` }
        : { ok: false, text: reply.error },
    );
    void refresh();
  };

  const secretSaved = saved && 'kind' in saved && saved.hasSecret;
  return (
    <section aria-labelledby="sync-h" class="sync">
      <h2 id="sync-h">Sync</h2>
      <p class="muted">
        One history across your browsers, through your own WebDAV folder: shares, edits, deletions and the feed’s settings (never a
        password).
      </p>
      <label>
        <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: (e.target as HTMLInputElement).checked })} /> Sync
        this browser
      </label>
      <fieldset class="field">
        <legend>Through</legend>
        <label>
          <input type="radio" name="sync-where" checked={!form.own} onChange={() => set({ own: false })} /> The publishing folder (its sync/
          folder)
        </label>
        <label>
          <input type="radio" name="sync-where" checked={form.own} onChange={() => set({ own: true })} /> A WebDAV folder of its own
        </label>
      </fieldset>
      {form.own && (
        <>
          <div class="field">
            <label for="s-url">Sync folder address</label>
            <input id="s-url" type="url" value={form.url} onInput={(e) => set({ url: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="s-user">Sync user name</label>
            <input
              id="s-user"
              value={form.username}
              autocomplete="username"
              onInput={(e) => set({ username: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="s-password">Sync password</label>
            <input
              id="s-password"
              type="password"
              autocomplete="new-password"
              placeholder={secretSaved ? 'Saved — leave empty to keep it' : ''}
              value={form.password}
              onInput={(e) => set({ password: (e.target as HTMLInputElement).value })}
            />
          </div>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void save()}>
          Save sync
        </button>
        {saved?.enabled && (
          <button type="button" onClick={() => void syncNow()}>
            Sync now
          </button>
        )}
      </div>
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      {status && status.state !== 'off' && (
        <div data-testid="sync-status">
          {status.state === 'syncing' && (
            <p class="muted">Syncing{status.progress ? ` (${status.progress.done} of ${status.progress.total})` : ''}…</p>
          )}
          {status.lastSyncedAt && <p>Last synced {formatDate(status.lastSyncedAt)}.</p>}
          {status.lastError && (
            <p class="error" role="alert">
              {status.lastError}
            </p>
          )}
          {status.lastReport?.problems.map((problem) => (
            <p key={problem} class="notice">
              {problem}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
