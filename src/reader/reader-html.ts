/**
 * The reader's second wall. Every stored article already passed the storage gate (core/stored-share.ts), which is
 * the one sanitizer; DOMPurify here applies the same policy (core/feed/html-policy.ts) once more in case the
 * database holds something no gate ever saw, so reader and feeds show the same markup.
 */
import DOMPurify from 'dompurify';
import { KEPT_ATTRIBUTES, KEPT_ELEMENTS, safeUrl } from '../core/feed/html-policy';

const purify = DOMPurify(window);
purify.setConfig({
  ALLOWED_TAGS: [...KEPT_ELEMENTS],
  ALLOWED_ATTR: [...KEPT_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
});
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName !== 'href' && data.attrName !== 'src' && data.attrName !== 'cite') return;
  const url = safeUrl(data.attrValue, null, data.attrName === 'href');
  if (url === null) data.keepAttr = false;
});

/** The stored article's HTML as the reader shows it. */
export function readerHtml(stored: string): string {
  return purify.sanitize(stored);
}
