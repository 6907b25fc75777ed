/** The feed settings row: created with defaults (and a permanent feed id) the first time it is read. */
import { defaultSettings, type FeedSettings } from '../core/settings';
import type { SharefeedDb } from './db';

export class SettingsStore {
  constructor(
    private readonly db: SharefeedDb,
    private readonly now: () => string,
    private readonly newId: () => string,
    /** Told after every change of the settings (publishing and sync follow). */
    private readonly onChange: () => void = () => undefined,
  ) {}

  async get(): Promise<FeedSettings> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const row = await this.db.settings.get('feed');
      if (row?.key === 'feed') return { ...defaultSettings(row.value.feedId, row.value.updatedAt), ...row.value };
      const settings = defaultSettings(`urn:uuid:${this.newId()}`, this.now());
      await this.db.settings.put({ key: 'feed', value: settings });
      return settings;
    });
  }

  async save(changes: Partial<Omit<FeedSettings, 'feedId' | 'updatedAt'>>): Promise<FeedSettings> {
    const current = await this.get();
    const next: FeedSettings = { ...current, ...changes, feedId: current.feedId, updatedAt: this.now() };
    await this.write(next);
    return next;
  }

  /** The settings row and a change row for publishing and sync, in one transaction. */
  private async write(settings: FeedSettings, origin?: 'sync'): Promise<void> {
    await this.db.transaction('rw', this.db.settings, this.db.changes, async () => {
      await this.db.settings.put({ key: 'feed', value: settings });
      await this.db.changes.add({
        kind: 'settings',
        id: '',
        sharedAt: '',
        tags: [],
        at: settings.updatedAt,
        ...(origin ? { origin } : {}),
      });
    });
    this.onChange();
  }

  /** What upgrades had to tell the person, oldest first. */
  async notices(): Promise<string[]> {
    const row = await this.db.settings.get('notices');
    return row?.key === 'notices' ? row.value : [];
  }

  async dismissNotices(): Promise<void> {
    await this.db.settings.delete('notices');
  }

  /** Restoring a backup brings back the feed's identity too, so readers see the same feed. */
  async replace(settings: FeedSettings, origin?: 'sync'): Promise<void> {
    await this.write(settings, origin);
  }
}
