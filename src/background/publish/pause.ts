/**
 * When the person revokes the host permission publishing needs, publishing pauses and the status says why — unless
 * the server answers CORS, which needs no permission (or is down just now: the next publish tells which).
 */
import browser from '../../shared/browser';
import { targetOrigins } from '../../core/publish/publish-target';
import type { Fetch } from '../remote/remote-error';
import { reachability } from '../remote/reachability';
import { noAccessSentence, probeOf, type Publisher } from './publisher';

export async function pausePublishingIfBlocked(publisher: Publisher, fetch: Fetch): Promise<void> {
  const { target, state } = await publisher.store.snapshot();
  if (!target || (await browser.permissions.contains({ origins: targetOrigins(target) }))) return;
  if ((await reachability(probeOf(target), fetch)) !== 'refuses-us') return;
  // Recorded for this target only: one set meanwhile starts from its own state.
  await publisher.store.update({ lastError: noAccessSentence(target), nextAttemptAt: null }, state.generation);
}
