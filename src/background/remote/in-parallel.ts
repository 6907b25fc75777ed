/**
 * Runs `work` over `items`, at most `limit` at once: a server on the other side of the world answers four
 * requests in the time of one. On a failure no new item is started, and the failure is thrown only once every
 * request already under way has ended — so nothing is still writing to the server when the caller, say, gives
 * back its lock.
 */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = ended.find((end) => end.status === 'rejected');
  if (failure) throw failure.reason;
}
