/**
 * Why a server gave no answer, when the extension holds no host permission for it (it may still be reached if the
 * server answers CORS): a plain request tells whether it answers us; a `no-cors` one, whose answer we may not
 * read, tells whether it is up at all. Neither carries credentials.
 */
import type { Fetch } from './remote-error';

/** `answers`: it answers us (CORS); `refuses-us`: it is up but does not let us read its answers; `down`: no answer. */
export type Reach = 'answers' | 'refuses-us' | 'down';

const PROBE_TIMEOUT_MS = 15_000;

export async function reachability(url: string, fetch: Fetch): Promise<Reach> {
  const probe = (mode: RequestMode) =>
    fetch(url, { mode, credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
      () => true,
      () => false,
    );
  if (await probe('cors')) return 'answers';
  return (await probe('no-cors')) ? 'refuses-us' : 'down';
}
