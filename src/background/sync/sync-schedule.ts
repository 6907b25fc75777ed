/**
 * When sync runs: every minute while it is on (an alarm, which outlives the worker), and a few seconds after a
 * change here, so the other browsers see it within a minute.
 */
export const SYNC_ALARM = 'sharefeed-sync';
const DEBOUNCE_MS = 5_000;

export function syncScheduler(run: () => Promise<unknown>): { soon(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    soon() {
      clearTimeout(timer);
      timer = setTimeout(() => void run().catch(() => undefined), DEBOUNCE_MS);
    },
  };
}
