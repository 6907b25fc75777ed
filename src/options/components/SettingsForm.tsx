/** The feed's metadata as feed readers show it. Saved through the background, which validates it. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/protocol';
import type { FeedSettings } from '../../core/settings';
import { ensureAccess } from '../../ui/host-access';

function hubOrigin(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url.trim());
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

type Editable = Omit<FeedSettings, 'feedId' | 'updatedAt'>;

const TEXT_FIELDS: { key: keyof Editable; label: string; hint?: string; type?: 'text' | 'email' | 'url'; placeholder?: string }[] = [
  { key: 'title', label: 'Feed title' },
  { key: 'subtitle', label: 'Subtitle' },
  { key: 'authorName', label: 'Your name' },
  { key: 'authorEmail', label: 'Your email', type: 'email' },
  { key: 'authorUrl', label: 'Your web page', type: 'url' },
  {
    key: 'feedUrl',
    label: 'Public URL of the feed',
    type: 'url',
    hint: 'Where you publish the exported file; readers use it to find updates. Publishing (below) fills it in.',
  },
  {
    key: 'hubUrl',
    label: 'WebSub hub (optional)',
    type: 'url',
    placeholder: 'https://pubsubhubbub.appspot.com/',
    hint: 'A hub readers can subscribe at: told after each publish, it brings them new shares at once.',
  },
  { key: 'homeUrl', label: 'Home page', type: 'url' },
  { key: 'icon', label: 'Icon URL', type: 'url' },
  { key: 'language', label: 'Language', hint: 'For example en, de or pt-BR.' },
  { key: 'rights', label: 'Rights / licence' },
];

export function SettingsForm() {
  const [settings, setSettings] = useState<Editable | null>(null);
  const [status, setStatus] = useState<{ error: string | null; saved: boolean }>({ error: null, saved: false });

  useEffect(() => {
    void send({ type: 'getSettings' }).then((r) => (r.ok ? setSettings(r.settings) : setStatus({ error: r.error, saved: false })));
  }, []);

  if (!settings) return <p class="muted">{status.error ?? 'Loading settings…'}</p>;
  const set = (patch: Partial<Editable>) => {
    setSettings({ ...settings, ...patch });
    setStatus({ error: null, saved: false });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const { feedId: _id, updatedAt: _at, ...editable } = settings as FeedSettings;
    // A hub is told after each publish: it is a server of its own, so Sharefeed asks to reach it, from this click.
    const hub = hubOrigin(editable.hubUrl);
    if (hub) await ensureAccess([hub], async () => false);
    const reply = await send({ type: 'saveSettings', settings: editable });
    setStatus(reply.ok ? { error: null, saved: true } : { error: reply.error, saved: false });
  };

  return (
    <form class="settings" aria-labelledby="settings-h" onSubmit={(e) => void save(e)}>
      <h2 id="settings-h">Your feed</h2>
      {TEXT_FIELDS.map(({ key, label, hint, type, placeholder }) => (
        <div class="field" key={key}>
          <label for={`f-${key}`}>{label}</label>
          <input
            id={`f-${key}`}
            inputMode={type ?? 'text'}
            placeholder={placeholder}
            value={String(settings[key] ?? '')}
            onInput={(e) => set({ [key]: (e.target as HTMLInputElement).value })}
          />
          {hint && <small class="muted">{hint}</small>}
        </div>
      ))}
      <div class="field">
        <label for="f-limit">Entries in the feed</label>
        <input
          id="f-limit"
          type="number"
          min={1}
          max={500}
          disabled={settings.limit === 0}
          value={settings.limit === 0 || Number.isNaN(settings.limit) ? '' : String(settings.limit)}
          // An empty or out-of-range number is kept as typed; saving then says what is allowed.
          onInput={(e) => set({ limit: Number.parseInt((e.target as HTMLInputElement).value, 10) })}
        />
        <label>
          <input
            type="checkbox"
            checked={settings.limit === 0}
            onChange={(e) => set({ limit: (e.target as HTMLInputElement).checked ? 0 : 50 })}
          />{' '}
          All shares
        </label>
        <small class="muted">The newest 1 to 500 shares, or all of them.</small>
      </div>
      <fieldset class="field">
        <legend>Entry content</legend>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'full'} onChange={() => set({ mode: 'full' })} /> Full text
        </label>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'summary'} onChange={() => set({ mode: 'summary' })} /> Summary only
        </label>
      </fieldset>
      {status.error && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
      <button type="submit" class="primary">
        Save settings
      </button>
      {status.saved && (
        <span class="ok" role="status">
          {' '}
          Saved ✓
        </span>
      )}
    </form>
  );
}
