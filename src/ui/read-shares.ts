/**
 * Every share with the given ids, read from the background one message-sized part at a time, so exports and
 * backups of any size never hit the browser's cap on a message. `onProgress` hears how many are read so far.
 */
import { send } from '../shared/protocol';
import { UserError } from '../shared/user-error';
import type { Share } from '../core/share';

/** Ids asked for in one message; the background answers as many as fit. */
const IDS_PER_REQUEST = 500;

export async function readShares(ids: readonly string[], onProgress: (read: number) => void = () => {}): Promise<Share[]> {
  const shares: Share[] = [];
  for (let read = 0; read < ids.length;) {
    const reply = await send({ type: 'readShares', ids: ids.slice(read, read + IDS_PER_REQUEST) });
    if (!reply.ok) throw new UserError(reply.error);
    shares.push(...reply.shares);
    read += reply.read;
    onProgress(read);
  }
  return shares;
}

/** The ids to export (a tag's, or all; at most `limit`), then their shares. */
export async function readExport(
  options: { tag?: string; limit?: number },
  onProgress: (read: number, total: number) => void,
): Promise<Share[]> {
  const reply = await send({ type: 'shareIds', ...options });
  if (!reply.ok) throw new UserError(reply.error);
  onProgress(0, reply.ids.length);
  return readShares(reply.ids, (read) => onProgress(read, reply.ids.length));
}
