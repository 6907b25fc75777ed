import { describe, expect, it } from 'vitest';
import { publishedUrl } from './formats';

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
