/**
 * When the person revokes the host permission publishing needs, publishing pauses and the status says why — unless
 * the server answers CORS, which needs no permission (or is down just now: the next publish tells which).
 */
import browser from '../../shared/browser';
import { targetOrigins } from '../../core/publish/publish-target';
import type { Fetch } from '../remote/remote-error';
import { reachability } from '../remote/reachability';
import { noAccessSentence, probeUrl, type Publisher } from './publisher';

export async function pausePublishingIfBlocked(publisher: Publisher, fetch: Fetch): Promise<void> {
  const target = await publisher.store.target();
  if (!target || (await browser.permissions.contains({ origins: targetOrigins(target) }))) return;
  if ((await reachability(probeUrl(target), fetch)) !== 'refuses-us') return;
  await publisher.store.update({ lastError: noAccessSentence(target), nextAttemptAt: null });
}
