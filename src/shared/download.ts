/**
 * Saves a generated file from an extension page. A link with `download` needs no `downloads` permission;
 * the service worker cannot do this itself (it has no URL.createObjectURL), which is why pages call it.
 */
import type { FeedFile } from '../core/feed/index';

export function downloadFile(file: FeedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
