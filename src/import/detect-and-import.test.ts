import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectAndImport } from './detect-and-import';
import { fixture, testDeps } from './test-deps';

describe('detectAndImport', () => {
  it.each([
    ['small.atom', 'Atom', 4],
    ['small.rss', 'RSS', 3],
    ['small.json', 'JSON Feed', 4],
    ['bookmarks.html', 'bookmarks (HTML)', 5],
    ['pocket.csv', 'Pocket CSV', 5],
    ['newsblur-comment.atom', 'NewsBlur shared stories', 2],
  ])('recognizes %s by its content, whatever its name', async (name, format, count) => {
    // A misleading name: the content decides.
    const detected = detectAndImport(await fixture(name), 'download.txt', testDeps());
    expect(detected.ok && [detected.result.format, detected.result.shares.length]).toEqual([format, count]);
  });

  it('recognizes a bookmarks file without the Netscape doctype, and an Atom feed with a prefix', () => {
    const bookmarks = '<html><body><DL><p><DT><A HREF="https://a.example/">A</A></DL></body></html>';
    const prefixed =
      '<?xml version="1.0"?>\n<!-- c -->\n<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:entry><atom:title>P</atom:title><atom:link href="https://p.example/"/></atom:entry></atom:feed>';
    const one = (text: string) => {
      const detected = detectAndImport(text, 'f', testDeps());
      return detected.ok ? [detected.result.format, detected.result.shares.map((s) => s.url)] : detected.error;
    };
    expect(one(bookmarks)).toEqual(['bookmarks (HTML)', ['https://a.example/']]);
    expect(one(prefixed)).toEqual(['Atom', ['https://p.example/']]);
  });

  it.each([
    ['', 'empty.json', '“empty.json” is empty.'],
    [
      'hello world',
      'notes.txt',
      'Sharefeed cannot tell what kind of file “notes.txt” is. Sharefeed imports Atom, RSS and JSON Feed files, browser bookmark exports (HTML) and Pocket’s CSV export.',
    ],
    [
      'name,email\nA,a@example.org\n',
      'contacts.csv',
      '“contacts.csv” has no “url” column; Sharefeed imports Pocket’s CSV export (title, url, time_added, tags).',
    ],
    ['{"items": []', 'feed.json', '“feed.json” looks like JSON but cannot be read (it may be truncated); nothing was imported.'],
    [
      '{"a": 1}',
      'data.json',
      '“data.json” is a JSON file but not a JSON Feed. Sharefeed imports Atom, RSS and JSON Feed files, browser bookmark exports (HTML) and Pocket’s CSV export.',
    ],
    [
      '{"format": "sharefeed-backup", "version": 1}',
      'b.json',
      '“b.json” is a Sharefeed backup — restore it under “Backup and restore” instead.',
    ],
    [
      '<?xml version="1.0"?><opml version="2.0"><body/></opml>',
      'subs.opml',
      '“subs.opml” is a list of subscriptions (OPML), not stories; Sharefeed imports the stories of a feed.',
    ],
    [
      '<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>',
      'page.html',
      '“page.html” is a web page, not a feed or a bookmarks export.',
    ],
    [
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'pic.svg',
      '“pic.svg” is XML but not a feed Sharefeed knows (its root is <svg>). Sharefeed imports Atom, RSS and JSON Feed files, browser bookmark exports (HTML) and Pocket’s CSV export.',
    ],
    ['<unknown><open>', 'x.xml', '“x.xml” is not well-formed XML (it may be truncated or damaged); nothing was imported.'],
    [
      '<rss version="2.0"><channel><item><title>cut',
      'cut.rss',
      'This feed is not well-formed XML (it may be truncated or damaged); nothing was imported.',
    ],
  ])('explains what is wrong with %j', (text, name, error) => {
    expect(detectAndImport(text, name, testDeps())).toEqual({ ok: false, error });
  });

  it('refuses XML entity declarations (billion laughs) before parsing', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title><link>https://a.example/</link></item></channel></rss>';
    expect(detectAndImport(lol, 'lol.rss', testDeps())).toEqual({
      ok: false,
      error: 'This feed declares XML entities, which Sharefeed does not read for safety; nothing was imported.',
    });
  });

  it('refuses a file over 100 MB without reading it', () => {
    const huge = `<rss>${' '.repeat(100_000_000)}`;
    expect(detectAndImport(huge, 'huge.rss', testDeps())).toEqual({
      ok: false,
      error: '“huge.rss” is larger than 100 MB; Sharefeed imports files up to 100 MB.',
    });
  });

  it('never throws, whatever the file holds', () => {
    const deps = testDeps();
    const start = fc.constantFrom(
      '',
      '<',
      '<rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '{',
      '{"version":"https://jsonfeed.org/version/1.1","items":',
      'url,title\n',
      '<DL><DT><A HREF=',
    );
    fc.assert(
      fc.property(start, fc.string({ unit: 'binary', maxLength: 200 }), (prefix, rest) => {
        const detected = detectAndImport(prefix + rest, 'fuzz', deps);
        return detected.ok ? Array.isArray(detected.result.shares) : /\.$/.test(detected.error);
      }),
      { numRuns: 200 },
    );
  });
});
