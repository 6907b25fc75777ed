import { describe, expect, it } from 'vitest';
import { importBookmarks } from './bookmarks';
import { fixture, testDeps } from './test-deps';

describe('importBookmarks', () => {
  it('turns folders and TAGS into tags, DD into the comment, ADD_DATE into the share time', async () => {
    const { shares, skipped, format } = importBookmarks(await fixture('bookmarks.html'), testDeps());
    expect(format).toBe('bookmarks (HTML)');
    expect(shares.map((s) => [s.title, s.tags, s.comment, s.sharedAt])).toEqual([
      // The toolbar folder every browser has is not a tag.
      ['Toolbar link', [], '', '2023-11-14T22:15:00.000Z'],
      ['An essay & more', ['Reading', 'Long reads', 'essays', 'history'], 'Why I kept this: the second half.', '2023-11-14T22:20:00.000Z'],
      ['Today’s news', ['Reading'], '', '2023-11-14T22:23:20.000Z'],
      ['Bread (comments)', ['Recipes'], '', '2022-04-15T05:20:00.000Z'],
      ['Top level, date in milliseconds', [], '', '2024-03-01T00:00:00.000Z'],
    ]);
    expect(shares.every((s) => s.capture === 'link' && s.article === null)).toBe(true);
    expect(shares[1]).toMatchObject({
      url: 'https://longform.example.org/essay?utm_campaign=x',
      canonicalUrl: 'https://longform.example.org/essay',
      updatedAt: '2023-11-15T00:59:59.000Z',
    });
    expect(skipped).toEqual([
      { title: 'A bookmarklet', reason: 'Its link is a “javascript:” address; only web links (http or https) are imported.' },
      { title: 'Most visited', reason: 'Its link is a “place:” address; only web links (http or https) are imported.' },
      // Same page as "Bread (comments)" once the #fragment is dropped; that one is newer.
      { title: 'Bread', reason: 'It is listed more than once in the file (same address); the most recent entry was imported.' },
    ]);
  });

  it('keeps a multi-line note as lines', () => {
    const html = '<DL><p><DT><A HREF="https://a.example/" ADD_DATE="1700000000">A</A><DD>Line one\nline two\n\n\nPara two\n</DL>';
    expect(importBookmarks(html, testDeps()).shares[0]!.comment).toBe('Line one\nline two\n\nPara two');
  });
});
