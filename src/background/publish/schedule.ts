/**
 * When publishing runs: a few seconds after the last change (several changes in a few seconds make one publish),
 * with an alarm behind it in case the worker is stopped first — alarms outlive the worker, timers do not.
 */
export const PUBLISH_ALARM = 'sharefeed-publish';
/** Quiet time after a change before publishing. */
export const DEBOUNCE_MS = 3_000;
/** The alarm's delay: Chrome fires alarms of packed extensions no sooner than 30 s. */
const BACKSTOP_MS = 60_000;

export interface Scheduler {
  soon(): void;
}

export function publishScheduler(run: () => Promise<unknown>, setAlarm: (name: string, when: number) => void): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    soon() {
      clearTimeout(timer);
      timer = setTimeout(() => void run().catch(() => undefined), DEBOUNCE_MS);
      setAlarm(PUBLISH_ALARM, Date.now() + BACKSTOP_MS);
    },
  };
}
