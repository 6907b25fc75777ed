/**
 * The history list, a page at a time: the first page on open, more as the person scrolls. Search and tag
 * filters are answered by the background's indexes, so each keystroke reads one page, not the whole history.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shared/protocol';
import type { ShareSummary } from '../../core/share';
import { FIRST_LIST_MARK } from '../first-list-mark';

export const PAGE_SIZE = 30;

export function useHistory(query: string, tag: string | null) {
  const [shares, setShares] = useState<ShareSummary[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (offset: number) => {
      const mine = ++generation.current;
      const reply = await send({ type: 'listHistory', query, tag: tag ?? undefined, offset, limit: PAGE_SIZE });
      if (mine !== generation.current) return; // a newer query answered first
      if (!reply.ok) return setError(reply.error);
      setError(null);
      setTotal(reply.total);
      setShares((prev) => (offset === 0 ? reply.shares : [...prev, ...reply.shares]));
      // User Timing mark for `npm run bench` (test build only): when the first page of history is ready to paint.
      if (__SHAREFEED_TEST__ && !performance.getEntriesByName(FIRST_LIST_MARK).length)
        requestAnimationFrame(() => performance.mark(FIRST_LIST_MARK));
    },
    [query, tag],
  );

  useEffect(() => void fetchPage(0), [fetchPage]);

  const loadMore = useCallback(() => {
    if (total !== null && shares.length < total) void fetchPage(shares.length);
  }, [fetchPage, shares.length, total]);

  // Edits, deletes and undos patch the rows already loaded, so the list stays where the person scrolled it.
  const replace = useCallback((share: ShareSummary) => {
    setShares((prev) => prev.map((s) => (s.id === share.id ? share : s)));
  }, []);

  const remove = useCallback((id: string) => {
    setShares((prev) => prev.filter((s) => s.id !== id));
    setTotal((n) => (n === null ? n : n - 1));
  }, []);

  /** Puts a share back where the newest-first order has it (the Undo of a delete). */
  const reinsert = useCallback((share: ShareSummary) => {
    setShares((prev) => {
      const at = prev.findIndex((s) => s.sharedAt < share.sharedAt || (s.sharedAt === share.sharedAt && s.id > share.id));
      return at < 0 ? [...prev, share] : [...prev.slice(0, at), share, ...prev.slice(at)];
    });
    setTotal((n) => (n === null ? n : n + 1));
  }, []);

  const refresh = useCallback(() => fetchPage(0), [fetchPage]);

  return { shares, total, error, loadMore, replace, remove, reinsert, refresh };
}
