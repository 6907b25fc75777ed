/** What the injected extractor answers: plain, structured-clonable data, the same in every browser. */
import type { CapturedPage } from '../core/captured-page';

export type { CapturedPage };

export interface ExtractRequest {
  /** `auto`: the article, else a fallback; `selection`: the person's selection on purpose. */
  mode: 'auto' | 'selection';
}

export type ExtractReply = { ok: true; page: CapturedPage } | { ok: false; error: string };
