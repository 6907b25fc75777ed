/**
 * Reads a file an extension page handed over as a `blob:` URL of its own making. Files (backups of years of
 * articles) can be far larger than the 64 MiB a message may carry; a blob URL carries any size. Only blob URLs
 * of this extension are read: nothing else can be fetched through this door.
 */
import browser from '../shared/browser';
import { UserError } from '../shared/user-error';

export async function readPageFile(url: string): Promise<string> {
  const ours = `blob:${new URL(browser.runtime.getURL('')).origin}/`;
  if (!url.startsWith(ours)) throw new UserError('Sharefeed reads only files chosen in its own pages.');
  try {
    return await (await fetch(url)).text();
  } catch {
    throw new UserError('The chosen file could no longer be read — choose it again and retry.');
  }
}
