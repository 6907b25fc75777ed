/** What an upgrade had to tell the person (a share it had to cut to fit), shown until they dismiss it. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/protocol';

export function NoticesView() {
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => void send({ type: 'notices' }).then((r) => r.ok && setNotices(r.notices)), []);
  if (!notices.length) return null;
  return (
    <section class="notice" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void send({ type: 'dismissNotices' }).then(() => setNotices([]))}>
        Dismiss
      </button>
    </section>
  );
}
