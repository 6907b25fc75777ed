/**
 * Saves a generated file from an extension page. A link with `download` needs no `downloads` permission;
 * the service worker cannot do this itself (it has no URL.createObjectURL), which is why pages call it.
 */
import type { FeedFile, FeedStream } from '../core/feed/index';

/** Pieces are handed to the Blob a batch at a time: the browser holds the file, the page never holds it whole. */
const BATCH_CHARS = 8 << 20;

export function downloadFile(file: FeedFile | FeedStream, doc: Document = document): void {
  const type = `${file.mimeType};charset=utf-8`;
  const blob = 'body' in file ? new Blob([file.body], { type }) : blobOf(file.chunks, type);
  const url = URL.createObjectURL(blob);
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

export function blobOf(chunks: Iterable<string>, type: string, batchChars = BATCH_CHARS): Blob {
  let blob = new Blob([], { type });
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= batchChars) {
      blob = new Blob([blob, ...batch], { type });
      batch = [];
      size = 0;
    }
  }
  return new Blob([blob, ...batch], { type });
}
