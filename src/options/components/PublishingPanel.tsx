/**
 * Options → Publishing: where the feed and the page are published after every change — a WebDAV folder or a GitHub
 * repository — with Test connection, Save, and the last publish's report. A saved password or token is never shown
 * again: the field stays empty, and saving it empty keeps the saved one.
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type PublishStatus } from '../../shared/protocol';
import { targetOrigins, type PublicTarget, type PublishTarget } from '../../core/publish/publish-target';
import { ensureAccess, requestAccess } from '../../ui/host-access';
import { formatDate } from '../../shared/format-date';

type Kind = 'off' | 'webdav' | 'github';

interface Form {
  kind: Kind;
  url: string;
  username: string;
  password: string;
  owner: string;
  repo: string;
  branch: string;
  path: string;
  token: string;
  apiUrl: string;
  publicUrl: string;
}

const EMPTY: Form = {
  kind: 'off',
  url: '',
  username: '',
  password: '',
  owner: '',
  repo: '',
  branch: 'main',
  path: '',
  token: '',
  apiUrl: '',
  publicUrl: '',
};

function formOf(target: PublicTarget | null): Form {
  if (!target) return EMPTY;
  if (target.kind === 'webdav')
    return { ...EMPTY, kind: 'webdav', url: target.url, username: target.username, publicUrl: target.publicUrl ?? '' };
  const apiUrl = target.apiUrl === 'https://api.github.com' ? '' : (target.apiUrl ?? '');
  return {
    ...EMPTY,
    kind: 'github',
    owner: target.owner,
    repo: target.repo,
    branch: target.branch,
    path: target.path,
    apiUrl,
    publicUrl: target.publicUrl ?? '',
  };
}

function targetOf(form: Form): PublishTarget | null {
  if (form.kind === 'webdav')
    return { kind: 'webdav', url: form.url, username: form.username, password: form.password, publicUrl: form.publicUrl };
  if (form.kind === 'github') {
    const { owner, repo, branch, path, token, apiUrl, publicUrl } = form;
    return { kind: 'github', owner, repo, branch, path, token, apiUrl, publicUrl };
  }
  return null;
}

/** A request from this page to the server, to learn whether it lets Sharefeed in by itself (CORS). */
async function reachable(target: PublishTarget): Promise<boolean> {
  const url = target.kind === 'webdav' ? target.url : `${target.apiUrl || 'https://api.github.com'}/repos/${target.owner}/${target.repo}`;
  await fetch(url, {
    method: target.kind === 'webdav' ? 'PROPFIND' : 'GET',
    headers: target.kind === 'webdav' ? { Depth: '0' } : {},
    credentials: 'omit',
  });
  return true;
}

export function PublishingPanel() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [saved, setSaved] = useState<PublicTarget | null>(null);
  const [status, setStatus] = useState<PublishStatus | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; allow?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const reply = await send({ type: 'publishStatus' });
    if (reply.ok) setStatus(reply.status);
  };
  useEffect(() => {
    void send({ type: 'getPublishing' }).then((r) => {
      if (!r.ok) return;
      setSaved(r.publishing);
      setForm(formOf(r.publishing));
    });
    void refresh();
    const timer = setInterval(() => void refresh(), 2_000);
    return () => clearInterval(timer);
  }, []);

  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setOutcome(null);
  };

  /** From the click: the one origin the target needs, then the action. */
  const act = async (action: 'test' | 'save') => {
    const target = targetOf(form);
    setBusy(true);
    setOutcome(null);
    try {
      if (target) {
        let origins: string[];
        try {
          origins = targetOrigins(target);
        } catch {
          origins = [];
        }
        const access = await ensureAccess(origins, () => reachable(target));
        if (access === 'needs-click')
          return setOutcome({ ok: false, text: `Allow Sharefeed to reach ${hostOf(origins)} to go on.`, allow: origins });
      }
      if (action === 'test' && target) {
        const reply = await send({ type: 'testPublishing', publishing: target });
        setOutcome(reply.ok ? { ok: true, text: reply.message } : { ok: false, text: reply.error });
      } else {
        const reply = await send({ type: 'setPublishing', publishing: target });
        if (!reply.ok) return setOutcome({ ok: false, text: reply.error });
        setSaved(reply.publishing);
        setForm(formOf(reply.publishing));
        setOutcome({ ok: true, text: reply.publishing ? 'Saved ✓ — publishing now.' : 'Publishing is off.' });
        void refresh();
      }
    } finally {
      setBusy(false);
    }
  };

  // The saved secret is kept only for the server and account it was saved for (the background checks this too).
  const savedForm = saved && formOf(saved);
  const secretSaved =
    !!saved?.hasSecret &&
    savedForm?.kind === form.kind &&
    (form.kind === 'webdav'
      ? savedForm.url.trim() === form.url.trim() && savedForm.username.trim() === form.username.trim()
      : savedForm.apiUrl.trim() === form.apiUrl.trim() && savedForm.owner.trim() === form.owner.trim());
  const field = (key: keyof Form, label: string, extra: Record<string, string> = {}, hint?: string) => (
    <div class="field">
      <label for={`p-${key}`}>{label}</label>
      <input id={`p-${key}`} value={form[key]} onInput={(e) => set({ [key]: (e.target as HTMLInputElement).value })} {...extra} />
      {hint && <small class="muted">{hint}</small>}
    </div>
  );

  return (
    <section aria-labelledby="publishing-h" class="publishing">
      <h2 id="publishing-h">Publishing</h2>
      <p class="muted">
        After every share, edit or delete, Sharefeed writes your feeds (Atom, RSS, JSON Feed) and a public page to storage you already have.
      </p>
      <fieldset class="field">
        <legend>Publish to</legend>
        {(['off', 'webdav', 'github'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="publish-kind" checked={form.kind === kind} onChange={() => set({ kind })} />{' '}
            {kind === 'off' ? 'Nowhere (export by hand)' : kind === 'webdav' ? 'A WebDAV folder' : 'GitHub Pages'}
          </label>
        ))}
      </fieldset>
      {form.kind === 'webdav' && (
        <>
          {field(
            'url',
            'Folder address',
            { type: 'url', placeholder: 'https://cloud.example.org/remote.php/dav/files/you/feed/' },
            'Nextcloud, ownCloud, a NAS, Apache or nginx with WebDAV.',
          )}
          {field('username', 'User name', { autocomplete: 'username' })}
          {field('password', 'Password or app password', {
            type: 'password',
            autocomplete: 'new-password',
            placeholder: secretSaved ? 'Saved — leave empty to keep it' : '',
          })}
          {field('publicUrl', 'Public address (optional)', { type: 'url' }, 'Where readers find the folder, if not at the folder address.')}
        </>
      )}
      {form.kind === 'github' && (
        <>
          {field('owner', 'Owner (user or organization)')}
          {field('repo', 'Repository')}
          {field('branch', 'Branch')}
          {field('path', 'Folder in the repository (optional)')}
          {field(
            'token',
            'Token',
            { type: 'password', autocomplete: 'new-password', placeholder: secretSaved ? 'Saved — leave empty to keep it' : '' },
            'A fine-grained token with “Contents: read and write” on this repository.',
          )}
          {field(
            'apiUrl',
            'API address (optional)',
            { type: 'url', placeholder: 'https://api.github.com' },
            'For GitHub Enterprise: https://your-host/api/v3',
          )}
          {field('publicUrl', 'Public address (optional)', { type: 'url' }, 'Defaults to https://<owner>.github.io/<repository>/.')}
        </>
      )}
      <div class="actions">
        {form.kind !== 'off' && (
          <button type="button" disabled={busy} onClick={() => void act('test')}>
            Test connection
          </button>
        )}
        <button type="button" class="primary" disabled={busy} onClick={() => void act('save')}>
          {form.kind === 'off' ? 'Turn publishing off' : 'Save'}
        </button>
        {outcome?.allow && (
          <button
            type="button"
            onClick={() =>
              void requestAccess(outcome.allow!).then(
                (a) => a === 'granted' && setOutcome({ ok: true, text: 'Allowed — press Save again.' }),
              )
            }
          >
            Allow access
          </button>
        )}
      </div>
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      {status && status.state !== 'off' && <StatusView status={status} />}
    </section>
  );
}

function StatusView({ status }: { status: PublishStatus }) {
  const bytes = status.lastReport?.files.reduce((sum, f) => sum + f.bytes, 0) ?? 0;
  return (
    <div class="publish-status" data-testid="publish-status">
      <p>
        Feed address: <a href={status.feedUrl ?? undefined}>{status.feedUrl}</a>
      </p>
      {status.lastPublishedAt ? (
        <p>
          Last published {formatDate(status.lastPublishedAt)}: {status.lastReport?.files.length ?? 0} file
          {status.lastReport?.files.length === 1 ? '' : 's'}, {(bytes / 1024).toFixed(1)} KB
          {status.lastReport?.removed.length ? `, ${status.lastReport.removed.length} removed` : ''}.
        </p>
      ) : (
        <p class="muted">Not published yet.</p>
      )}
      {status.state === 'publishing' && <p class="muted">Publishing…</p>}
      {status.state === 'pending' && <p class="muted">Changes waiting to be published.</p>}
      {status.lastError && (
        <p class="error" role="alert">
          {status.lastError}
          {status.nextAttemptAt && ` Next try: ${formatDate(status.nextAttemptAt)}.`}
        </p>
      )}
      {status.lastPingError && <p class="notice">{status.lastPingError}</p>}
    </div>
  );
}

function hostOf(origins: string[]): string {
  return origins[0]?.replace(/^\w+:\/\/|\/\*$/g, '') ?? 'the server';
}
