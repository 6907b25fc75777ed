/**
 * Why a share made without the popup (shortcut, context menu) failed, kept per tab until the popup shows it.
 * Stored in the database rather than a variable because the worker may be stopped between the two.
 */
import type { SharefeedDb } from './db';

const STALE_AFTER_MS = 60 * 60 * 1000;

export class TabStatus {
  constructor(
    private readonly db: SharefeedDb,
    private readonly now: () => string,
  ) {}

  async fail(tabId: number, error: string): Promise<void> {
    await this.db.tabStatus.put({ tabId, error, at: this.now() });
  }

  async clear(tabId: number): Promise<void> {
    await this.db.tabStatus.delete(tabId);
  }

  /** The failure's reason, once; none when it is older than an hour (tab ids are reused after a restart). */
  async take(tabId: number): Promise<string | null> {
    return this.db.transaction('rw', this.db.tabStatus, async () => {
      const row = await this.db.tabStatus.get(tabId);
      if (row) await this.db.tabStatus.delete(tabId);
      const fresh = row && Date.parse(this.now()) - Date.parse(row.at) < STALE_AFTER_MS;
      return fresh ? row.error : null;
    });
  }
}
