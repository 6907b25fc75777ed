/**
 * Shares without the popup (keyboard shortcut, context menus): the outcome goes to the badge, and a failure's
 * reason is kept for the popup to show.
 */
import { errorSentence } from '../shared/user-error';
import type { TabStatus } from './tab-status';
import { showFailed, showShared } from './badge';

export async function quickShare(tabId: number, tabStatus: TabStatus, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
    await tabStatus.clear(tabId);
    await showShared(tabId);
  } catch (err) {
    await tabStatus.fail(tabId, errorSentence(err));
    await showFailed(tabId);
  }
}
