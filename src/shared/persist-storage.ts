/**
 * Asks the browser not to evict Sharefeed's storage under disk pressure: the shares are years of reading.
 * `navigator.storage.persist()` exists only in pages (not in service workers), so the extension’s pages ask,
 * after each share (until granted) and when the options page opens. Answers whether storage is now persistent.
 */
export async function persistStorage(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false; // Not offered here (some private modes): storage stays "best effort".
  }
}
