/**
 * The capture a popup previewed, per tab, until its Share press: kept in the database, since the worker may be
 * stopped while the person types a comment. It is for one page: a newer preview replaces it, it goes when the tab
 * loads another page or closes, and one older than half an hour is not used (the page may have changed since).
 */
import type { CapturedPage } from '../core/captured-page';
import type { SharefeedDb } from './db';

const FRESH_FOR_MS = 30 * 60 * 1000;
/** Captures also held in memory: the last few popups' (a capture may be megabytes). */
const IN_MEMORY = 4;

export class Captures {
  /** The rows this worker kept, read back without a database round trip (the popup is usually still open). */
  private readonly recent = new Map<number, { tabId: number; url: string; page: CapturedPage; at: string }>();

  constructor(
    private readonly db: SharefeedDb,
    private readonly now: () => string,
  ) {}

  async keep(tabId: number, page: CapturedPage): Promise<void> {
    const row = { tabId, url: page.url, page, at: this.now() };
    this.recent.delete(tabId);
    await this.db.captures.put(row);
    this.recent.set(tabId, row);
    for (const oldest of this.recent.keys()) if (this.recent.size > IN_MEMORY) this.recent.delete(oldest);
  }

  /** The tab's capture; null when there is none or it is stale. */
  async get(tabId: number): Promise<{ url: string; page: CapturedPage } | null> {
    const row = this.recent.get(tabId) ?? (await this.db.captures.get(tabId));
    return row && Date.parse(this.now()) - Date.parse(row.at) < FRESH_FOR_MS ? row : null;
  }

  /** The tab shows another page (or closed): its capture no longer applies. */
  async drop(tabId: number): Promise<void> {
    this.recent.delete(tabId);
    await this.db.captures.delete(tabId);
  }
}
