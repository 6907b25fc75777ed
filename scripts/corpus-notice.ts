/** Vitest and Playwright global setup: one line, once, when the real-page corpus is absent and its tests skip. */
import { CORPUS_MISSING, corpusAvailable } from '../src/core/test-pages';

export default function corpusNotice(): void {
  if (!corpusAvailable) console.log(`\n${CORPUS_MISSING}\n`);
}
