/** The feed settings row: created with defaults (and a permanent feed id) the first time it is read. */
import { defaultSettings, type FeedSettings } from '../core/settings';
import type { SharefeedDb } from './db';

export class SettingsStore {
  constructor(
    private readonly db: SharefeedDb,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  async get(): Promise<FeedSettings> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const row = await this.db.settings.get('feed');
      if (row) return { ...defaultSettings(row.value.feedId, row.value.updatedAt), ...row.value };
      const settings = defaultSettings(`urn:uuid:${this.newId()}`, this.now());
      await this.db.settings.put({ key: 'feed', value: settings });
      return settings;
    });
  }

  async save(changes: Omit<FeedSettings, 'feedId' | 'updatedAt'>): Promise<FeedSettings> {
    const current = await this.get();
    const next: FeedSettings = { ...current, ...changes, feedId: current.feedId, updatedAt: this.now() };
    await this.db.settings.put({ key: 'feed', value: next });
    return next;
  }

  /** Restoring a backup brings back the feed's identity too, so readers see the same feed. */
  async replace(settings: FeedSettings): Promise<void> {
    await this.db.settings.put({ key: 'feed', value: settings });
  }
}
