/** The toolbar badge: ✓ when this tab's page is shared, ! when a share from the shortcut or a menu failed. */
import browser from '../shared/browser';

export async function showShared(tabId: number): Promise<void> {
  await setBadge(tabId, '✓', '#2e7d32', 'Shared — click to edit or share again');
}

export async function showFailed(tabId: number): Promise<void> {
  await setBadge(tabId, '!', '#c62828', 'Sharing failed — click to see why');
}

export async function clearBadge(tabId: number): Promise<void> {
  await setBadge(tabId, '', '#000000', '');
}

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setTitle({ tabId, title: title || 'Share this page' });
  } catch {
    // The tab closed meanwhile: there is no badge left to set.
  }
}
