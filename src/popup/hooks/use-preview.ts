/** Extracts the target tab once when the popup opens, and shows any failure a shortcut share left for this tab. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/protocol';
import type { Protocol } from '../../shared/protocol';

export type Preview = { state: 'loading' } | ({ state: 'ready' } & Protocol['previewTab']['res']) | { state: 'failed'; error: string };

export function usePreview(tabId: number | null) {
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [lastError, setLastError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (tabId === null) return;
    setPreview({ state: 'loading' });
    const reply = await send({ type: 'previewTab', tabId });
    setPreview(reply.ok ? { state: 'ready', page: reply.page, existing: reply.existing } : { state: 'failed', error: reply.error });
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) return;
    void load();
    void send({ type: 'tabStatus', tabId }).then((r) => r.ok && setLastError(r.error));
  }, [tabId, load]);

  return { preview, setPreview, lastError, reload: load };
}
