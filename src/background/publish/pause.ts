/** When the person revokes the host permission publishing needs, publishing pauses and the status says why. */
import browser from '../../shared/browser';
import { targetOrigins } from '../../core/publish/publish-target';
import { noAccessSentence, type Publisher } from './publisher';

export async function pausePublishingIfBlocked(publisher: Publisher): Promise<void> {
  const target = await publisher.store.target();
  if (!target || (await browser.permissions.contains({ origins: targetOrigins(target) }))) return;
  await publisher.store.update({ lastError: noAccessSentence(target), nextAttemptAt: null });
}
