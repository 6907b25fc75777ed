import { describe, expect, it } from 'vitest';
import { feedFilename, publishedTagUrl, publishedUrl } from './formats';

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
  it('puts a tag feed beside the main feed file, under its export name', () => {
    expect(publishedTagUrl('https://e.org/feeds/feed.xml?v=2#x', 'rss', 'à lire')).toBe(
      `https://e.org/feeds/${feedFilename('rss', 'à lire')}`,
    );
    expect(publishedTagUrl('https://e.org/feeds/', 'atom', 'web')).toBe('https://e.org/feeds/sharefeed-web.atom');
  });

  it('names none when the address could be anything', () => {
    expect(publishedTagUrl('https://e.org/feed', 'json', 'web')).toBeNull();
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
