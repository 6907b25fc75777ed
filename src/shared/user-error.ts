/** Errors as sentences a person can act on. No browser API here, so handlers and their tests can use it. */

/** A handler throws `UserError` for failures whose message is meant for the person as it is. */
export class UserError extends Error {}

export function errorSentence(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  if (/quota|QuotaExceeded/i.test(message)) {
    return 'Your browser’s storage for Sharefeed is full — free some disk space or delete old shares, then retry.';
  }
  if (/ConstraintError/i.test(message)) {
    return 'Another share already has this page’s address, so nothing was changed — reload the list and retry.';
  }
  return `Something went wrong in Sharefeed: ${message}`;
}
