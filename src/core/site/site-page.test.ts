/**
 * The public page against the W3C Nu HTML checker (0 errors), read back as microformats, and with hostile shares:
 * nothing active reaches it. The checker runs once per test over many pages (starting Java costs seconds).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { mf2 } from 'microformats-parser';
import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { toStoredShare } from '../stored-share';
import { readHtml } from '../feed/html-check';
import { TEST_SETTINGS, fixtureShare, sampleShares } from '../feed/test-fixtures';
import { anyShare, nastyHtml } from '../feed/test-arbitraries';
import { corpusPageNames } from '../test-pages';
import { renderPage, type SitePage } from './site-page';
import { nuErrors } from './test-nu';

const page = (shares: readonly Share[], overrides: Partial<SitePage> = {}): string =>
  renderPage({ path: 'index.html', settings: TEST_SETTINGS, tag: null, shares, pageLabel: null, newer: null, older: null, ...overrides });

/** Our hand-written hostile pages (test-pages/hostile-*), whole, as the article of a share: through the storage gate. */
function hostileShares(): Share[] {
  const own = new URL('../../../test-pages/', import.meta.url);
  return readdirSync(own)
    .filter((name) => name.startsWith('hostile-'))
    .map((name, i) => {
      const url = `https://hostile.example/${name}/`;
      const base = sampleShares()[0]!;
      return toStoredShare({
        ...base,
        id: `00000000-0000-4000-8000-00000000000${i}`,
        url,
        canonicalUrl: url,
        title: `${name} <script>self.xss=1</script>`,
        comment: '<img src=x onerror=self.xss=1> "quoted" & more',
        tags: ['<b>tag</b>', 'x"y'],
        article: { ...base.article!, content: readFileSync(new URL(`${name}/source.html`, own), 'utf8') },
      });
    });
}

describe('the public page', () => {
  const hostile = hostileShares();
  const corpus = corpusPageNames().map((name, i) => fixtureShare(name, i));

  it('passes the W3C Nu HTML checker with no error: real articles in full, summaries, tag and archive pages, hostile and random shares', () => {
    const pages: Record<string, string> = {
      summary: page(sampleShares()),
      full: page(sampleShares(), { settings: { ...TEST_SETTINGS, mode: 'full' } }),
      tagArchive: page(sampleShares(), {
        path: 'tags/日本/page-2.html',
        tag: '日本',
        pageLabel: 'Page 2 of 3',
        newer: 'tags/日本.html',
        older: 'tags/日本/page-1.html',
      }),
      empty: page([], { settings: { ...TEST_SETTINGS, title: '', subtitle: '', authorName: '', icon: '' } }),
      hostile: page(hostile, { settings: { ...TEST_SETTINGS, mode: 'full' } }),
    };
    for (let i = 0; i < corpus.length; i += 13)
      pages[`corpus-${i}`] = page(corpus.slice(i, i + 13), { settings: { ...TEST_SETTINGS, mode: 'full' } });
    const html = fc.sample(nastyHtml, { numRuns: 400, seed: 7 });
    const metas = fc.sample(anyShare, { numRuns: 400, seed: 7 });
    for (let p = 0; p < 20; p++) {
      const shares = html.slice(p * 20, p * 20 + 20).map((content, i) => {
        const meta = metas[p * 20 + i]!;
        const base = sampleShares()[0]!;
        return toStoredShare({ ...meta, id: `${p}-${i}`, url: base.url, article: { ...base.article!, ...meta.article, content } });
      });
      pages[`random-${p}`] = page(shares, { settings: { ...TEST_SETTINGS, mode: 'full' }, tag: p % 2 ? 'x <y> & "z"' : null });
    }
    expect(nuErrors(pages)).toEqual([]);
  }, 120_000);

  it('is an h-feed whose h-entries bookmark each shared page under its title', () => {
    const shares = sampleShares();
    const parsed = mf2(page(shares), { baseUrl: 'https://ada.example.org/' });
    const feed = parsed.items.find((item) => item.type?.includes('h-feed'))!;
    const entries = (feed.children ?? []).filter((item) => item.type?.includes('h-entry'));
    expect(entries).toHaveLength(shares.length);
    entries.forEach((entry, i) => {
      expect(entry.properties['bookmark-of']).toEqual([shares[i]!.url]);
      expect(entry.properties.name?.[0]).toBe(shares[i]!.title.replace(/\s+/g, ' ').trim());
      expect(new Date(String(entry.properties.published?.[0])).toISOString()).toBe(new Date(shares[i]!.sharedAt).toISOString());
      expect(entry.properties.category).toEqual(shares[i]!.tags.length ? shares[i]!.tags : undefined);
    });
  });

  it('carries nothing active from hostile shares: no script, no handler, no script URL, no style attribute', () => {
    const { elements } = readHtml(page(hostile, { settings: { ...TEST_SETTINGS, mode: 'full' } }).replace(/^<!DOCTYPE html>/, ''));
    for (const { name, attrs } of elements) {
      expect(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'button']).not.toContain(name);
      for (const [attr, value] of Object.entries(attrs)) {
        expect(attr).not.toMatch(/^on|^style$|^srcdoc$/);
        expect(value).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
      }
    }
  });

  it('writes the same bytes for the same data', () => {
    expect(page(sampleShares())).toBe(page(sampleShares()));
  });
});
