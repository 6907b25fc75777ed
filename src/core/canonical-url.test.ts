import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, and nothing else', () => {
    expect(canonicalUrl('https://News.Example:443/a/b?utm_source=nl&id=7&fbclid=x&UTM_Medium=m&gclid=1&mc_eid=e&p=2#comments')).toBe(
      'https://news.example/a/b?id=7&p=2',
    );
    expect(canonicalUrl('https://x.example/?pk_campaign=a&_hsenc=b&igshid=c')).toBe('https://x.example/');
  });

  it('keeps parameters that pick the content, as written, in a stable order', () => {
    expect(canonicalUrl('https://x.example/s?q=a%20b&page=2&id=1&id=0')).toBe('https://x.example/s?id=1&id=0&page=2&q=a%20b');
    expect(canonicalUrl('https://x.example/s?b=1&a=2')).toBe(canonicalUrl('https://x.example/s?a=2&b=1'));
  });

  it('resolves a relative URL against a base', () => {
    expect(canonicalUrl('/story?utm_campaign=x', 'https://x.example/section/')).toBe('https://x.example/story');
  });

  it('leaves what is not an http(s) URL unchanged', () => {
    for (const url of ['mailto:a@b.example', 'not a url', '', 'javascript:alert(1)', 'ftp://x.example/?utm_source=a']) {
      expect(canonicalUrl(url)).toBe(url);
    }
  });

  it('never throws, and applying it twice changes nothing (property)', () => {
    const param = fc.tuple(
      fc.oneof(fc.constantFrom('utm_source', 'fbclid', 'id', 'p', 'Q', 'mc_cid', '%75tm_x'), fc.string({ maxLength: 6 })),
      fc.string({ maxLength: 8 }),
    );
    const url = fc
      .record({
        host: fc.domain(),
        path: fc.webPath(),
        params: fc.array(param, { maxLength: 6 }),
        hash: fc.option(fc.string({ maxLength: 8 })),
      })
      .map(({ host, path, params, hash }) => {
        const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        return `https://${host}${path}${query ? `?${query}` : ''}${hash === null ? '' : `#${hash}`}`;
      });
    fc.assert(
      fc.property(fc.oneof(url, fc.string()), (input) => {
        const once = canonicalUrl(input);
        expect(canonicalUrl(once)).toBe(once);
        if (/^https?:/.test(once)) {
          expect(once).not.toContain('#');
          expect(once).not.toMatch(/[?&](?:utm_|fbclid=|mc_cid=)/i);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
