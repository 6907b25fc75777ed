/**
 * Tells a WebSub hub that feeds changed, so subscribed readers fetch them now instead of at their next poll: one
 * form-encoded POST per feed, `hub.mode=publish` with the feed's address as `hub.url` (and `hub.topic`, which some
 * hubs read instead). A failed ping is reported and not retried on its own: the next publish pings again.
 */
import type { Fetch } from '../remote/remote-error';

/** The sentence for the first ping that failed, or null when the hub took them all. */
export async function pingHub(hubUrl: string, feedUrls: readonly string[], fetch: Fetch): Promise<string | null> {
  const host = new URL(hubUrl).host;
  for (const feed of feedUrls) {
    let response: Response;
    try {
      response = await fetch(hubUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feed, 'hub.topic': feed }).toString(),
        credentials: 'omit',
      });
    } catch {
      return `The WebSub hub ${host} could not be reached, so readers will see the change at their next check.`;
    }
    if (!response.ok)
      return `The WebSub hub ${host} refused the notice (HTTP ${response.status}), so readers will see the change at their next check.`;
  }
  return null;
}
