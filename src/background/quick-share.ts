/**
 * Shares without the popup (keyboard shortcut, context menus): the outcome goes to the badge, and a failure's
 * reason is kept for the popup to show.
 */
import { errorSentence } from '../shared/user-error';
import type { TabStatus } from './tab-status';
import { showFailed, showShared } from './badge';

export async function quickShare(tabId: number, tabStatus: TabStatus, run: () => Promise<unknown>): Promise<void> {
  let error: string | null = null;
  try {
    await run();
  } catch (err) {
    error = errorSentence(err);
  }
  // The badge first: the reason is kept in the database, which may be the very thing that failed.
  await (error === null ? showShared(tabId) : showFailed(tabId));
  try {
    await (error === null ? tabStatus.clear(tabId) : tabStatus.fail(tabId, error));
  } catch {
    // The "!" still says the share failed; the popup then reads the page afresh and says why.
  }
}
