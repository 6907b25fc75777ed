/**
 * Why a server gave no answer, when the extension holds no host permission for it (it may still be reached if the
 * server answers CORS): a request shaped like the real ones (a method or header that needs the browser's CORS
 * preflight, as every real request does) tells whether it answers us; a `no-cors` GET, whose answer we may not
 * read, tells whether it is up at all. Neither carries credentials.
 */
import type { Fetch } from './remote-error';

/** `answers`: it answers us (CORS); `refuses-us`: it is up but does not let us read its answers; `down`: no answer. */
export type Reach = 'answers' | 'refuses-us' | 'down';

const PROBE_TIMEOUT_MS = 15_000;

/** The request a server is probed with: the target's own kind of request, without credentials. */
export interface Probe {
  url: string;
  method: string;
  headers: Record<string, string>;
}

export async function reachability({ url, method, headers }: Probe, fetch: Fetch): Promise<Reach> {
  const probe = (init: RequestInit) =>
    fetch(url, { ...init, credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
      () => true,
      () => false,
    );
  if (await probe({ mode: 'cors', method, headers })) return 'answers';
  return (await probe({ mode: 'no-cors', method: 'GET' })) ? 'refuses-us' : 'down';
}
