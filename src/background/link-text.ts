/**
 * The text of a link the person right-clicked. Firefox reports it with the click (`linkText`); Chrome does not, so
 * it is read from the page — the menu click granted `activeTab` for it — as the text of the first link there with
 * that address. Null when it cannot be read; the caller then names the link by its address.
 */
import browser from '../shared/browser';

export async function linkText(tabId: number, href: string): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (url: string) => {
        const link = Array.from(document.links).find((a) => a.href === url);
        const text = (link?.innerText || link?.getAttribute('aria-label') || link?.title || '').replace(/\s+/g, ' ').trim();
        return text.slice(0, 300) || null;
      },
      args: [href],
    });
    return typeof result?.result === 'string' ? result.result : null;
  } catch {
    return null;
  }
}
