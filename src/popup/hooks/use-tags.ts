/** All tags with their counts, for autocomplete and the filter chips. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send, type TagCount } from '../../shared/protocol';

export function useTags() {
  const [tags, setTags] = useState<TagCount[]>([]);
  const refresh = useCallback(async () => {
    const reply = await send({ type: 'listTags' });
    if (reply.ok) setTags(reply.tags);
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return { tags, refreshTags: refresh };
}
