/**
 * Why a share made without the popup (shortcut, context menu) failed, kept per tab for the popup to show.
 * Stored in the database rather than a variable because the worker may be stopped between the two. It is read, not
 * taken: every popup opened on that tab shows it (a person may open the popup twice, and Chrome's own popup may ask
 * at the same moment as another), until the tab loads another page, a share from the tab succeeds, or an hour passes.
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

  /** The failure's reason; none when it is older than an hour (tab ids are reused after a restart). */
  async read(tabId: number): Promise<string | null> {
    const row = await this.db.tabStatus.get(tabId);
    const fresh = row && Date.parse(this.now()) - Date.parse(row.at) < STALE_AFTER_MS;
    return fresh ? row.error : null;
  }
}
