/**
 * Pages the extension cannot (or may not) inject into. The background asks before injecting, so the person reads
 * one plain sentence — why, and what they can do instead — rather than a browser error.
 */

const BROWSER_NAMES: Record<string, string> = {
  'chrome:': 'Chrome',
  'chrome-untrusted:': 'Chrome',
  'edge:': 'Edge',
  'brave:': 'Brave',
  'opera:': 'Opera',
  'vivaldi:': 'Vivaldi',
  'about:': 'The browser',
  'resource:': 'The browser',
  'devtools:': 'The browser',
  'chrome-devtools:': 'The browser',
};

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);

/** Chrome's built-in PDF viewer is an extension with this id; its tab may show this URL instead of the file's. */
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const STORES: { host: string; path: string; name: string }[] = [
  { host: 'chromewebstore.google.com', path: '/', name: 'Chrome Web Store' },
  { host: 'chrome.google.com', path: '/webstore', name: 'Chrome Web Store' },
  { host: 'addons.mozilla.org', path: '/', name: 'Firefox add-ons site' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', name: 'Edge add-ons site' },
];

const SHARE_LINK = 'You can still share the link.';

function isPdf(url: URL): boolean {
  if (url.protocol === 'chrome-extension:') return url.host === PDF_VIEWER_ID;
  return ['http:', 'https:', 'file:'].includes(url.protocol) && /\.pdf$/i.test(url.pathname);
}

/** How the address starts, as the person sees it: `chrome://…`, `about:…`. */
function shownScheme(url: URL): string {
  return url.href.startsWith(`${url.protocol}//`) ? `${url.protocol}//…` : `${url.protocol}…`;
}

/** Why the extension cannot read the page at `url`, in one sentence with what to do instead; null when it can. */
export function restrictionReason(url: string | undefined): string | null {
  if (url === undefined || url.trim() === '') {
    return 'Sharefeed cannot see this tab’s address — press its toolbar button on the page itself and try again.';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab’s address is not a web page Sharefeed can read. Open the page you want to share and try again.';
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') {
    return 'Sharefeed cannot read a page’s source view (view-source:…). Open the page itself to share it.';
  }
  if (isPdf(parsed)) {
    return `This page is a PDF, which Sharefeed cannot read as an article. ${SHARE_LINK}`;
  }
  const browserName = BROWSER_NAMES[scheme];
  if (browserName) {
    return `${browserName} does not let extensions read its own pages (${shownScheme(parsed)}). Open a web page to share it.`;
  }
  if (EXTENSION_SCHEMES.has(scheme)) {
    return `The browser does not let extensions read other extensions’ pages (${shownScheme(parsed)}). Open a web page to share it.`;
  }
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'javascript:') {
    return `This page was made on the fly (${scheme}…) and has no address to share. Open a web page to share it.`;
  }
  if (scheme === 'file:') {
    return 'Sharefeed may not read files on your computer (file://…) unless you turn on “Allow access to file URLs” for it in the browser’s extension settings. You can also share the link.';
  }
  if (scheme !== 'http:' && scheme !== 'https:') {
    return `Sharefeed can read only web pages (http and https), not ${shownScheme(parsed)} addresses.`;
  }
  const host = parsed.hostname.toLowerCase();
  const store = STORES.find((s) => s.host === host && parsed.pathname.startsWith(s.path));
  if (store) {
    return `The browser does not let extensions read the ${store.name}. ${SHARE_LINK}`;
  }
  return null;
}
