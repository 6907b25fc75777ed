import { describe, expect, it } from 'vitest';
import { feedFilename, publishedTagUrl, publishedUrl, tagSlug } from './formats';

describe('publishedUrl', () => {
  it('uses the address as given for its own format', () => {
    expect(publishedUrl('https://e.org/feeds/sharefeed.atom', 'atom')).toBe('https://e.org/feeds/sharefeed.atom');
    expect(publishedUrl('https://e.org/feed.xml', 'rss')).toBe('https://e.org/feed.xml');
  });

  it('takes the other formats to be published beside it under their export names', () => {
    expect(publishedUrl('https://e.org/feeds/sharefeed.atom', 'rss')).toBe('https://e.org/feeds/sharefeed.rss');
    expect(publishedUrl('https://e.org/feeds/sharefeed.ATOM?v=1', 'json')).toBe('https://e.org/feeds/sharefeed.json?v=1');
    expect(publishedUrl('https://e.org/feed.xml', 'json')).toBe('https://e.org/feed.json');
  });

  it('uses an address without a feed file name as it is', () => {
    expect(publishedUrl('https://e.org/feed/', 'json')).toBe('https://e.org/feed/');
  });
});

describe('publishedTagUrl', () => {
  it('puts a tag feed where publishing puts it: tags/<slug> in the main feed’s folder', () => {
    expect(publishedTagUrl('https://e.org/feeds/feed.xml?v=2#x', 'rss', 'à lire')).toBe(
      `https://e.org/feeds/tags/${encodeURIComponent(tagSlug('à lire'))}.rss`,
    );
    expect(publishedTagUrl('https://e.org/feeds/', 'atom', 'web')).toBe('https://e.org/feeds/tags/web.atom');
    expect(publishedTagUrl('https://e.org/feeds/', 'json', '日本')).toBe(`https://e.org/feeds/tags/${encodeURIComponent('日本')}.json`);
  });

  it('names none when the address could be anything', () => {
    expect(publishedTagUrl('https://e.org/feed', 'json', 'web')).toBeNull();
  });
});

describe('tagSlug', () => {
  it('is the tag itself when it is only letters, digits and single hyphens, in any script', () => {
    expect(['rust', 'web-dev', '日本', 'été', 'c99'].map(tagSlug)).toEqual(['rust', 'web-dev', '日本', 'été', 'c99']);
  });

  it('gives every other tag a readable name and a short hash, so no two tags share one and none changes', () => {
    const slugs = ['c++', 'c#', 'c', 'feeds & syndication', '  ', '../../etc'].map(tagSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs[0]).toMatch(/^c-[0-9a-f]{8}$/);
    expect(slugs[3]).toMatch(/^feeds-syndication-[0-9a-f]{8}$/);
    expect(slugs[4]).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(slugs[5]).toMatch(/^etc-[0-9a-f]{8}$/);
    expect(tagSlug('c++')).toBe(slugs[0]);
  });
});

describe('feedFilename', () => {
  it('names the main feed and each tag’s feed, safely', () => {
    expect(feedFilename('atom')).toBe('sharefeed.atom');
    expect(feedFilename('json', 'web')).toBe('sharefeed-web.json');
    expect(feedFilename('rss', '../../etc')).toMatch(/^sharefeed-[\w.-]+\.rss$/);
    expect(feedFilename('rss', '../../etc')).not.toContain('/');
  });
});
