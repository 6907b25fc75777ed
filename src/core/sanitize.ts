/**
 * The one gate every piece of page HTML passes before it leaves the page: what is stored is shown later in the
 * reader and written into feeds that other programs render, so only reading markup survives — no scripts, styles,
 * frames, forms, event handlers, classes or ids — and every link and image is an absolute http(s) URL.
 */
// eslint-disable-next-line no-restricted-imports -- leaves core when the storage gate runs on parse5
import createDOMPurify, { type Config } from 'dompurify';

/**
 * Reading markup only, and nothing the storage gate (core/feed/html-policy.ts) would drop: the preview shows what
 * will be stored. (`bdo`, `col` and `colgroup` are left out for that reason: feed readers treat them as unsafe.)
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  // DOMPurify walks the <body> it parses into, too: without this it "removes" that root, copying the whole article
  // to keep its content. A parser never makes a second body (its attributes still pass the attribute rules).
  'body',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'cite',
  'datetime',
  'lang',
  'dir',
  'colspan',
  'rowspan',
  'scope',
  'abbr',
  'start',
  'reversed',
  'type',
  'value',
];

const SIZE_ATTRS = new Set(['width', 'height']);
const VALID_SIZE = /^\d{1,5}%?$/;

/** Attributes holding a URL: resolved against the page, then kept only when http(s) (or mailto: for links). */
const URL_ATTRS = new Set(['href', 'src', 'cite']);

/**
 * Dropped with their content: controls whose text is only a label ("Subscribe", "Menu"), and plugin elements,
 * whose fallback markup, unwrapped, would nest blocks where a parser won't have them (`<p><object><p>`).
 */
const DROP_WITH_CONTENT = ['button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'nav', 'object', 'embed'];

/** Set once on each purifier (setConfig), so calls skip re-reading it; RETURN_DOM gives the `<body>` back. */
const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Same shape as DOMPurify's default, minus every scheme but http(s) and mailto: data:, blob:, tel:… are dropped.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ADD_URI_SAFE_ATTR: ['abbr'],
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
  return sanitizeArticleBody(html, window, baseUrl).html;
}

type Purifier = ReturnType<typeof createDOMPurify>;

/**
 * One DOMPurify per window, configured once (building one costs more than sanitizing a short page); the base URL
 * its hook resolves against, and the URLs already resolved against it (articles repeat links and image hosts).
 */
const purifiers = new WeakMap<Window, Purifier>();
let hookBaseUrl = '';
let resolved = new Map<string, string | null>();

function purifierFor(window: Window): Purifier {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.setConfig(CONFIG);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      // The storage gate keeps only sizes HTML defines (`20`, `50%`), so "20px" would be lost there anyway.
      if (SIZE_ATTRS.has(data.attrName) && !VALID_SIZE.test(data.attrValue.trim())) data.keepAttr = false;
      if (!URL_ATTRS.has(data.attrName)) return;
      // mailto: is kept for links only, so an href and a src of the same text may resolve differently.
      const key = `${data.attrName === 'href' ? 'h' : 's'}${data.attrValue}`;
      let url = resolved.get(key);
      if (url === undefined) resolved.set(key, (url = resolveUrl(data.attrValue, data.attrName, hookBaseUrl)));
      if (url === null) data.keepAttr = false;
      else data.attrValue = url;
    });
    purifiers.set(window, purify);
  }
  return purify;
}

/** Sanitized markup: the inert `<body>` holding it, for further cutting, and that body's HTML as serialized. */
export interface SanitizedBody {
  body: HTMLElement;
  html: string;
}

/**
 * As {@link sanitizeArticleHtml}, keeping the inert `<body>` that holds the result. A node (Readability's article)
 * is serialized and parsed afresh: the tree Readability rearranged can hold nestings no parser would build
 * (`<p><h2>`), and what is stored must be what every reader will parse back, byte for byte.
 */
export function sanitizeArticleBody(html: string | Node, window: Window, baseUrl: string): SanitizedBody {
  const purify = purifierFor(window);
  let source = typeof html === 'string' ? html : ((html as Element).innerHTML ?? html.textContent ?? '');
  let body = cleanBody(purify, source, baseUrl);
  // Removing an element can leave markup that parses differently (mutation XSS lives there): sanitize what a
  // parser makes of the result until it comes back unchanged. Two rounds settle every case in our hostile suite.
  // Removed comments and attributes cannot change how the rest parses, so they need no second look.
  for (let round = 0; round < 3 && removedAnElement(purify); round++) {
    const serialized = body.innerHTML;
    if (parsesTo(window, serialized) === serialized) return { body, html: serialized };
    source = serialized;
    body = cleanBody(purify, source, baseUrl);
  }
  return { body, html: body.innerHTML };
}

function removedAnElement(purify: Purifier): boolean {
  return purify.removed.some((entry) => 'element' in entry && (entry.element as Node).nodeType === 1);
}

function cleanBody(purify: Purifier, html: string, baseUrl: string): HTMLElement {
  if (hookBaseUrl !== baseUrl) resolved = new Map();
  hookBaseUrl = baseUrl; // read by the hook, synchronously, during this call only
  const body = purify.sanitize(html) as unknown as HTMLElement;
  // An image whose only source was a data: URI or a script URL is an empty box: drop it.
  for (const img of Array.from(body.querySelectorAll('img:not([src])'))) img.remove();
  return body;
}

/** What an HTML parser makes of `html` in a body, serialized again; DOMParser's documents are inert. */
function parsesTo(window: Window, html: string): string {
  const { DOMParser } = window as Window & typeof globalThis;
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.innerHTML;
}
