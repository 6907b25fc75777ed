/** Every imported file is hostile until proven otherwise: these files try scripts, bad links and absurd sizes. */
import { describe, expect, it } from 'vitest';
import { detectAndImport } from './detect-and-import';
import { fixture, testDeps } from './test-deps';
import type { Share } from '../core/share';
import type { ImportResult } from './types';

const DANGER = /<(script|style|iframe|object|embed|form|input|base|meta|svg)\b|\son\w+\s*=|javascript:|vbscript:|data:text/i;

async function importFixture(name: string): Promise<ImportResult> {
  const detected = detectAndImport(await fixture(name), name, testDeps());
  if (!detected.ok) throw new Error(detected.error);
  return detected.result;
}

function expectHarmless(shares: readonly Share[]): void {
  for (const share of shares) {
    expect(share.url).toMatch(/^https?:\/\//);
    expect(share.article?.content ?? '').not.toMatch(DANGER);
    // Titles, comments and tags are plain text: nothing that a careless renderer could take for markup.
    for (const text of [share.title, ...share.tags]) expect(text).not.toMatch(/<[a-z/!]/i);
  }
}

describe('hostile files', () => {
  it('Atom: scripts, handlers, javascript: and data: links', async () => {
    const { shares, skipped, notes } = await importFixture('hostile.atom');
    expectHarmless(shares);
    expect(shares.map((s) => [s.title, s.capture])).toEqual([
      ['Scripted title', 'article'],
      ['Only a script', 'link'],
      ['XHTML title', 'article'],
    ]);
    expect(shares[0]!.article!.content).toBe(
      "<p>Text that stays, next to <a>a javascript link</a> and an <img src='https://evil.example/p.png'> image.</p>",
    );
    expect(notes).toEqual([{ title: 'Only a script', reason: 'Imported as a link: the saved article was empty.' }]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'Its link is a “javascript:” address; only web links (http or https) are imported.',
      'Its link is a “data:” address; only web links (http or https) are imported.',
    ]);
  });

  it('RSS: objects, styles with script URLs, <base>, meta refresh, markup in titles and tags', async () => {
    const { shares, skipped } = await importFixture('hostile.rss');
    expectHarmless(shares);
    expect(shares.map((s) => [s.title, s.tags])).toEqual([['Bold title', []]]);
    expect(shares[0]!.article!.content).toBe('<div><p>Styled text.</p><a>vb</a></div>');
    expect(skipped).toHaveLength(1);
  });

  it('JSON Feed: wrong types everywhere and prototype keys', async () => {
    const { shares, skipped } = await importFixture('hostile.json');
    expectHarmless(shares);
    expect(shares.map((s) => [s.title, s.capture])).toEqual([
      ['https://evil.example/json-1', 'article'],
      ['Proto', 'article'],
      ['Null body', 'link'],
    ]);
    // content_text is text: the script tag is shown as words, never as markup.
    expect(shares[1]!.article!.content).toBe('<p>&lt;script&gt;alert(3)&lt;/script&gt;</p>');
    expect(skipped.map((s) => s.reason)).toEqual([
      'It has no link.',
      'It has no link.',
      'It has no link.',
      'It has no link.',
      'Its link is a “javascript:” address; only web links (http or https) are imported.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bookmarks: bookmarklets, data: URLs, markup in titles, folders and tags, absurd dates', async () => {
    const { shares, skipped } = await importFixture('hostile-bookmarks.html');
    expectHarmless(shares);
    expect(shares.map((s) => [s.title, s.tags, s.comment, s.sharedAt])).toEqual([
      // The title was only a script: the address stands in. Dates that cannot be real fall back to the clock.
      ['https://ok.example.com/', ['Folder', 'bold', 'fine'], 'A note <i>with</i> markup.', '2026-06-01T12:00:00.000Z'],
      ['Spaces around the link', ['Folder'], '', '2026-06-01T12:00:00.000Z'],
    ]);
    expect(skipped.map((s) => s.title)).toEqual(['Bookmarklet', 'Data URL', 'No HREF at all']);
  });

  it('caps a 10 MB title at 1,000 characters', () => {
    const title = `Start ${'x'.repeat(10 * 1024 * 1024)}`;
    const csv = `title,url\n"${title}",https://long.example/\n`;
    const detected = detectAndImport(csv, 'long.csv', testDeps());
    const share = detected.ok ? detected.result.shares[0] : undefined;
    expect(share?.title).toHaveLength(1000);
    expect(share?.title.startsWith('Start xxx')).toBe(true);
    expect(share?.title.endsWith('…')).toBe(true);
  });

  it('imports deeply nested markup as a link, without parsing it', () => {
    const deep = `${'<div>'.repeat(20_000)}words${'</div>'.repeat(20_000)}`;
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ url: 'https://deep.example/', title: 'Deep', content_html: deep }],
    };
    const started = performance.now();
    const detected = detectAndImport(JSON.stringify(feed), 'deep.json', testDeps());
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(detected.ok && detected.result.shares.map((s) => s.capture)).toEqual(['link']);
    expect(detected.ok && detected.result.notes).toEqual([
      { title: 'Deep', reason: 'Imported as a link: the saved article nests more than 500 elements deep.' },
    ]);
  });

  it('keeps the summary when the article is over 2 MB', () => {
    const big = `<p>${'word '.repeat(500_000)}</p>`;
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ url: 'https://big.example/', title: 'Big', content_html: big, summary: 'Short.' }],
    };
    const detected = detectAndImport(JSON.stringify(feed), 'big.json', testDeps());
    expect(detected.ok && detected.result.shares.map((s) => [s.capture, s.article?.content])).toEqual([['description', '<p>Short.</p>']]);
    expect(detected.ok && detected.result.notes[0]!.reason).toBe('Imported the summary instead: the saved article is larger than 2 MB.');
  });

  it('skips, with its reason, an entry whose article would be too large to store once made safe', () => {
    // Under 2 MB as written; quoted words are three and a half times as long as stored HTML (&quot;).
    const quotes = `<p>${'"a" '.repeat(400_000)}</p>`;
    const items = [
      { url: 'https://quotes.example/', title: 'Quotes', content_html: quotes },
      { url: 'https://fine.example/', title: 'Fine', content_html: '<p>A normal story, kept.</p>' },
    ];
    const detected = detectAndImport(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), 'q.json', testDeps());
    expect(detected.ok && detected.result.shares.map((s) => s.title)).toEqual(['Fine']);
    expect(detected.ok && detected.result.skipped.map((s) => s.reason)).toEqual([
      '“Quotes” is too large to store: its article would be over 5,000,000 characters. Share it as a link instead.',
    ]);
  });
});
