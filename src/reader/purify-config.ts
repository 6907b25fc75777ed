import type { Config } from 'dompurify';

/** Only reading markup: no forms, frames, styles or scripts, and links that open outside the extension. */
export const READER_PURIFY_CONFIG: Config = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'class', 'id'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};
