/** Errors as sentences a person can act on. No browser API here, so handlers and their tests can use it. */

/** A handler throws `UserError` for failures whose message is meant for the person as it is. */
export class UserError extends Error {}

const FULL = 'Your browser’s storage for Sharefeed is full — free some disk space or delete old shares, then retry.';
const CLASH = 'Another share already has this page’s address, so nothing was changed — reload the list and retry.';
const NO_DATABASE =
  'Sharefeed cannot open its database (a private window, or storage turned off for extensions) — nothing was saved; retry in a normal window.';

/** The names an error goes by: its own and, for Dexie's wrapped errors, the cause's. */
function names(err: unknown): string {
  const parts: string[] = [];
  for (
    let e = err as { name?: unknown; message?: unknown; inner?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.inner as typeof e, depth++
  ) {
    parts.push(String(e.name ?? ''), String(e.message ?? ''));
  }
  return parts.join(' ');
}

export function errorSentence(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const said = names(err);
  if (/quota|QuotaExceeded|disk is full|not enough space/i.test(said)) return FULL;
  if (/ConstraintError/i.test(said)) return CLASH;
  if (/OpenFailed|MissingAPI|InvalidState|DatabaseClosed|UnknownError|indexedDB (?:API )?(?:missing|not available)/i.test(said)) {
    return NO_DATABASE;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `Something went wrong in Sharefeed: ${message}`;
}
