/**
 * Runs the extractor inside a tab. The script is injected only now, on the person's request, under the
 * `activeTab` grant their toolbar press (or shortcut, or menu click) gave: no host permissions, no content script
 * on every page, nothing web-accessible.
 */
import browser from '../shared/browser';
import { UserError } from '../shared/user-error';
import { restrictionReason } from '../core/restricted-url';
import type { ExtractReply, ExtractRequest } from '../extract/types';
import extractScript from '../extract/inject.ts?iife';

/** A page's tab as the extension may see it: URL and title only once `activeTab` was granted for it. */
async function tabInfo(tabId: number): Promise<{ url: string | undefined; title: string | undefined }> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, title: tab.title };
  } catch {
    throw new UserError('That tab is gone — it may have been closed. Open the page again and retry.');
  }
}

export async function extractTab(tabId: number, request: ExtractRequest): Promise<ExtractReply> {
  const { url } = await tabInfo(tabId);
  // A file page is readable once the person allowed file access for Sharefeed; only Chrome's refusal says it wasn't.
  const restricted = url === undefined || url.startsWith('file:') ? null : restrictionReason(url);
  if (restricted) return { ok: false, error: restricted };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [extractScript] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (req: ExtractRequest) =>
        (globalThis as unknown as { __sharefeedExtract: (r: ExtractRequest) => unknown }).__sharefeedExtract(req),
      args: [request],
    });
    const reply = result?.result as ExtractReply | undefined;
    return reply ?? { ok: false, error: 'The page did not answer — it may still be loading. Wait a moment and retry.' };
  } catch (err) {
    return { ok: false, error: injectionFailure(url, (err as Error).message) };
  }
}

function injectionFailure(url: string | undefined, message: string): string {
  if (url?.startsWith('file:')) return restrictionReason(url)!;
  // Without the grant Chrome hides the tab's URL, but its refusal names the kind of page.
  const scheme = /Cannot access an? ([a-z-]+):/i.exec(message)?.[1];
  const hidden = scheme ? `${scheme}://page/` : /extensions gallery/i.test(message) ? WEB_STORE : undefined;
  const reason = hidden && restrictionReason(hidden);
  if (reason) return reason;
  if (url === undefined || /Cannot access contents|permission|activeTab/i.test(message)) {
    return 'Sharefeed can read a page only after you press its toolbar button (or shortcut) on that page — press it and try again.';
  }
  if (/Frame with ID 0 was removed|No tab with id|crashed|error page/i.test(message)) {
    return 'This tab has no readable page right now (it crashed or failed to load). Reload it, or share the link.';
  }
  return `Sharefeed could not read this page (${message}). You can still share the link.`;
}

const WEB_STORE = 'https://chromewebstore.google.com/';
