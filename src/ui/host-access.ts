/**
 * Making sure the extension may reach a server the person chose, asking for no more than that one origin. From a
 * click (a permission request needs the person's gesture): already allowed → done; the server answers Sharefeed's
 * requests itself (CORS) → no permission needed; else the browser asks the person for that origin.
 */
import browser from '../shared/browser';

export type Access = 'granted' | 'cors' | 'declined' | 'needs-click';

/**
 * `probe` tries a real request from this page (the same rules as the worker's): it answers true when the server
 * allowed it without a permission.
 */
export async function ensureAccess(origins: string[], probe: () => Promise<boolean>): Promise<Access> {
  if (!origins.length || (await browser.permissions.contains({ origins }))) return 'granted';
  if (await withTimeout(probe(), 2_500)) return 'cors';
  return requestAccess(origins);
}

/** Asks the browser (a dialog the person answers). Call it straight from a click. */
export async function requestAccess(origins: string[]): Promise<Access> {
  try {
    return (await browser.permissions.request({ origins })) ? 'granted' : 'declined';
  } catch {
    // The click's gesture expired while the server was tried: a second click asks.
    return 'needs-click';
  }
}

async function withTimeout(work: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
