import { describe, expect, it } from 'vitest';
import { listTotals, siteFiles, touchedPaths, type SiteEntry } from './site-plan';

/** `n` entries, newest first, share i at minute i, every third tagged "rust", every fifth "Web". */
function entries(n: number): SiteEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const k = n - 1 - i;
    const tags = [...(k % 3 === 0 ? ['rust'] : []), ...(k % 5 === 0 ? ['Web'] : [])];
    return { id: `id-${String(k).padStart(5, '0')}`, sharedAt: new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString(), tags };
  });
}

const paths = (list: SiteEntry[]) => siteFiles(list).map((f) => f.path);

describe('siteFiles', () => {
  it('lays out feeds, front pages and archive pages counted from the oldest, for everything and each tag', () => {
    const all = paths(entries(120));
    expect(all.slice(0, 7)).toEqual(['feed.atom', 'feed.rss', 'feed.json', 'index.html', 'page-1.html', 'page-2.html', 'page-3.html']);
    expect(all).toContain('tags/rust.atom');
    expect(all).toContain('tags/rust.html');
    expect(all).toContain('tags/web.json');
    expect(all).not.toContain('tags/rust/page-2.html'); // 40 rust shares: one archive page
    expect(all).toContain('tags/rust/page-1.html');
  });

  it('keeps a full archive page’s shares when newer shares arrive', () => {
    const before = siteFiles(entries(120)).find((f) => f.path === 'page-1.html');
    const after = siteFiles(entries(121)).find((f) => f.path === 'page-1.html');
    expect(after).toEqual(before);
    const front = siteFiles(entries(121)).find((f) => f.path === 'index.html');
    expect(front).toMatchObject({ older: 'page-2.html' });
    expect(front?.kind === 'page' && front.ids).toHaveLength(50);
  });
});

describe('touchedPaths', () => {
  const list = entries(500);
  const totals = listTotals(list);
  const at = (k: number) => list.find((e) => e.id === `id-${String(k).padStart(5, '0')}`)!;

  it('an edit touches the feeds, the front page and the one archive page holding the share, and its tags’ files', () => {
    const share = at(123); // position 123 from the oldest: page 3; tagged rust (123 % 3 == 0)
    const touched = [...touchedPaths(list, [share], totals)].sort();
    expect(touched).toEqual(
      [
        'feed.atom',
        'feed.json',
        'feed.rss',
        'index.html',
        'page-3.html',
        'tags/rust.atom',
        'tags/rust.html',
        'tags/rust.json',
        'tags/rust.rss',
        'tags/rust/page-1.html',
      ].sort(),
    );
  });

  it('a new share touches only the newest archive page; a deleted old one every page after it', () => {
    const grown = entries(501);
    const newest = grown[0]!;
    expect([...touchedPaths(grown, [newest], totals)].filter((p) => /^page-/.test(p))).toEqual(['page-11.html']);
    const gone = at(30);
    const shrunk = list.filter((e) => e.id !== gone.id);
    expect([...touchedPaths(shrunk, [gone], totals)].filter((p) => /^page-/.test(p))).toEqual([
      'page-1.html',
      'page-2.html',
      'page-3.html',
      'page-4.html',
      'page-5.html',
      'page-6.html',
      'page-7.html',
      'page-8.html',
      'page-9.html',
      'page-10.html',
    ]);
  });

  it('touches the files of a tag no share carries any more', () => {
    const only = [{ id: 'a', sharedAt: '2026-01-01T00:00:00.000Z', tags: ['Lonely'] }];
    expect(touchedPaths([], only, { '': 1, lonely: 1 })).toContain('tags/lonely.html');
  });
});
