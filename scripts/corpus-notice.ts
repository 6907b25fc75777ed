/** Vitest and Playwright global setup: one line, once, when the real-page corpus is absent and its tests skip. */
import { CORPUS_MISSING } from '../src/core/test-pages';

export default function corpusNotice(): void {
  if (CORPUS_MISSING) console.log(`\n${CORPUS_MISSING}\n`);
}
