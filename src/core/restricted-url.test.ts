import { describe, expect, it } from 'vitest';
import { restrictionReason } from './restricted-url';

describe('restrictionReason', () => {
  it.each([
    ['chrome://settings/', /^Chrome does not let extensions read its own pages \(chrome:\/\/…\)/],
    ['edge://flags', /^Edge does not let extensions/],
    ['about:blank', /^The browser does not let extensions read its own pages \(about:…\)/],
    ['view-source:https://example.org/', /page’s source view/],
    ['https://chromewebstore.google.com/detail/x/abc', /Chrome Web Store\. You can still share the link\.$/],
    ['https://chrome.google.com/webstore/detail/x', /Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', /Firefox add-ons site/],
    ['https://example.org/paper.PDF', /^This page is a PDF/],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /^This page is a PDF/],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', /other extensions’ pages/],
    ['data:text/html,<p>x', /made on the fly/],
    ['file:///home/me/notes.html', /Allow access to file URLs/],
    ['ftp://example.org/', /only web pages \(http and https\)/],
    ['', /cannot see this tab’s address/],
    [undefined, /cannot see this tab’s address/],
  ])('%s: one sentence saying why', (url, reason) => {
    const sentence = restrictionReason(url);
    expect(sentence).toMatch(reason);
    expect(sentence).toMatch(/[.]$/);
  });

  it('lets ordinary web pages through, including look-alikes of the stores', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/a',
      'https://google.com/webstore-news',
      'https://mozilla.org/addons',
    ]) {
      expect(restrictionReason(url)).toBeNull();
    }
  });
});
