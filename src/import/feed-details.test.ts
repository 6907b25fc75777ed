/** What real feeds taught the importers: images declared beside the story, site names, word breaks, untitled items. */
import { describe, expect, it } from 'vitest';
import { importRss } from './rss';
import { importAtom } from './atom';
import { testDeps } from './test-deps';

const rss = (items: string, channel = '<title>Harbour Notes</title><link>https://harbour.example/</link>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${channel}${items}</channel></rss>`;

describe('feed details', () => {
  it('takes an image enclosure, Media RSS content or thumbnail as the lead image; not an audio enclosure', () => {
    const { shares } = importRss(
      rss(
        '<item><title>A</title><link>https://harbour.example/a</link><description>Text a.</description><enclosure url="https://cdn.example/a.jpg" type="image/jpeg" length="1"/></item>' +
          '<item><title>B</title><link>https://harbour.example/b</link><description>Text b.</description><media:content url="https://cdn.example/b.png" medium="image"/></item>' +
          '<item><title>C</title><link>https://harbour.example/c</link><description>Text c.</description><media:thumbnail url="/c-thumb.webp"/></item>' +
          '<item><title>D</title><link>https://harbour.example/d</link><description>Text d.</description><enclosure url="https://cdn.example/d.mp3" type="audio/mpeg" length="1"/></item>',
      ),
      testDeps(),
    );
    expect(shares.map((s) => s.article?.image)).toEqual([
      'https://cdn.example/a.jpg',
      'https://cdn.example/b.png',
      'https://harbour.example/c-thumb.webp',
      null,
    ]);
  });

  it('names the site after the channel when items name none', () => {
    const { shares } = importRss(
      rss('<item><title>A</title><link>https://harbour.example/a</link><description>Words here.</description></item>'),
      testDeps(),
    );
    expect(shares[0]!.article!.siteName).toBe('Harbour Notes');
  });

  it('keeps a space where blocks or line breaks separated words', () => {
    const { shares } = importRss(
      rss(
        '<item><title>A</title><link>https://harbour.example/a</link><description><![CDATA[<h2>Welcome</h2><p>Last orders at ten.<br>Closed on Mondays.</p>]]></description></item>',
      ),
      testDeps(),
    );
    expect(shares[0]!.article!.excerpt).toBe('Welcome Last orders at ten. Closed on Mondays.');
    expect(shares[0]!.article!.wordCount).toBe(8);
  });

  it('names an untitled entry by its story’s first heading, not its address', () => {
    const { shares } = importAtom(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><link href="https://harbour.example/untitled"/><content type="html">&lt;h1&gt;The lifeboat crew&lt;/h1&gt;&lt;p&gt;Story.&lt;/p&gt;</content></entry></feed>',
      testDeps(),
    );
    expect(shares[0]!.title).toBe('The lifeboat crew');
  });
});
