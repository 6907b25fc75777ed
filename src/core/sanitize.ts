/**
 * The one gate every piece of page HTML passes before it leaves the page: what is stored is shown later in the
 * reader and written into feeds that other programs render, so only reading markup survives — no scripts, styles,
 * frames, forms, event handlers, classes or ids — and every link and image is an absolute http(s) URL.
 */
import createDOMPurify, { type Config } from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p',
  'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'cite', 'datetime', 'lang', 'dir', 'colspan', 'rowspan',
  'headers', 'scope', 'abbr', 'start', 'reversed', 'type', 'value', 'span',
];

/** Attributes holding a URL: resolved against the page, then kept only when http(s) (or mailto: for links). */
const URL_ATTRS = new Set(['href', 'src', 'cite']);

/**
 * Dropped with their content: controls whose text is only a label ("Subscribe", "Menu"), and plugin elements,
 * whose fallback markup, unwrapped, would nest blocks where a parser won't have them (`<p><object><p>`).
 */
const DROP_WITH_CONTENT = ['button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'nav', 'object', 'embed'];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Same shape as DOMPurify's default, minus every scheme but http(s) and mailto: data:, blob:, tel:… are dropped.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ADD_URI_SAFE_ATTR: ['abbr', 'headers'],
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  RETURN_DOM: true,
};

function resolveUrl(value: string, attr: string, baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    return null;
  }
  const ok = url.protocol === 'http:' || url.protocol === 'https:' || (attr === 'href' && url.protocol === 'mailto:');
  return ok ? url.href : null;
}

/**
 * Sanitizes `html` into safe reading markup with absolute URLs (against `baseUrl`, the document's base URL).
 * `window` is any DOM window (the page's own, or jsdom's in tests): DOMPurify parses in an inert document of it.
 */
export function sanitizeArticleHtml(html: string, window: Window, baseUrl: string): string {
  return sanitizeArticleBody(html, window, baseUrl).innerHTML;
}

type Purifier = ReturnType<typeof createDOMPurify>;

/** One DOMPurify per window (building one costs more than sanitizing a short page), and the base URL its hook uses. */
const purifiers = new WeakMap<Window, Purifier>();
let hookBaseUrl = '';

function purifierFor(window: Window): Purifier {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (!URL_ATTRS.has(data.attrName)) return;
      const resolved = resolveUrl(data.attrValue, data.attrName, hookBaseUrl);
      if (resolved === null) data.keepAttr = false;
      else data.attrValue = resolved;
    });
    purifiers.set(window, purify);
  }
  return purify;
}

/**
 * As {@link sanitizeArticleHtml}, returning the inert `<body>` that holds the result, for further cutting. A node
 * (Readability's article) is serialized and parsed afresh: the tree Readability rearranged can hold nestings no
 * parser would build (`<p><h2>`), and what is stored must be what every reader will parse back, byte for byte.
 */
export function sanitizeArticleBody(html: string | Node, window: Window, baseUrl: string): HTMLElement {
  const purify = purifierFor(window);
  let source = typeof html === 'string' ? html : ((html as Element).innerHTML ?? html.textContent ?? '');
  let body = cleanBody(purify, source, baseUrl);
  // Removing an element can leave markup that parses differently (mutation XSS lives there): sanitize what a
  // parser makes of the result until it comes back unchanged. Two rounds settle every case in our hostile suite.
  for (let round = 0; round < 3 && purify.removed.some((entry) => 'element' in entry); round++) {
    const serialized = body.innerHTML;
    if (parsesTo(window, serialized) === serialized) break;
    source = serialized;
    body = cleanBody(purify, source, baseUrl);
  }
  return body;
}

function cleanBody(purify: Purifier, html: string, baseUrl: string): HTMLElement {
  hookBaseUrl = baseUrl; // read by the hook, synchronously, during this call only
  const body = purify.sanitize(html, CONFIG) as HTMLElement;
  // An image whose only source was a data: URI or a script URL is an empty box: drop it.
  for (const img of Array.from(body.querySelectorAll('img:not([src])'))) img.remove();
  return body;
}

/** What an HTML parser makes of `html` in a body, serialized again; DOMParser's documents are inert. */
function parsesTo(window: Window, html: string): string {
  const { DOMParser } = window as Window & typeof globalThis;
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.innerHTML;
}
