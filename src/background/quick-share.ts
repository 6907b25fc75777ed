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
  // The reason is kept before the badge shows, so a popup opened at the "!" finds it. Keeping it may itself fail
  // (the database may be what failed): the badge shows all the same, and the popup then reads the page afresh.
  try {
    await (error === null ? tabStatus.clear(tabId) : tabStatus.fail(tabId, error));
  } catch {
    // Nothing more to keep; the badge below still tells the outcome.
  }
  await (error === null ? showShared(tabId) : showFailed(tabId));
}
