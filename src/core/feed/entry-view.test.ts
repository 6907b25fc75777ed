import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { languageTag, viewEntry } from './entry-view';
import { viewFeed } from './feed-view';
import { TEST_SETTINGS, sampleShares } from './test-fixtures';
import { SHAREFEED_NAMESPACE, uuidV5 } from './uuid-v5';

const [article, link] = sampleShares() as [Share, Share];

describe('viewEntry', () => {
  it('derives what every format says about a share', () => {
    expect(viewEntry(article)).toEqual({
      id: 'urn:uuid:3f8e2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6',
      title: 'What is a feed? — « Ünïcödé » 日本語 🎉',
      url: 'https://www.example.org/2026/11/what-is-a-feed?utm=no',
      site: { name: 'Example Times', origin: 'https://www.example.org/', icon: 'https://www.example.org/favicon.ico' },
      author: 'Grace Hopper',
      published: '2026-11-20T10:00:00.000Z',
      updated: '2026-11-20T10:05:00.000Z',
      sourceUpdated: '2026-11-19T08:00:00.000Z',
      tags: ['Web', 'feeds & syndication', 'Ünïcödé'],
      summary: 'A feed is a list & more.',
      language: 'en',
      image: { url: 'https://example.org/lead.jpg', type: 'image/jpeg' },
    });
  });

  it('falls back from byline to site name to host, and from the title to the address', () => {
    expect(viewEntry(link)).toMatchObject({ author: 'news.example.com', site: { name: 'news.example.com' } });
    expect(viewEntry({ ...link, title: ' \u0001 ' }).title).toBe('https://news.example.com/item?id=42');
    expect(viewEntry({ ...link, url: 'javascript:x', title: '' })).toMatchObject({
      title: 'Untitled',
      url: null,
      site: null,
      author: null,
    });
  });

  it('keeps ids stable: the share UUID, or a UUID derived from an id that is not one', () => {
    expect(viewEntry({ ...link, id: 'E1D2C3B4-A596-4788-9A0B-1C2D3E4F5A6B' }).id).toBe('urn:uuid:e1d2c3b4-a596-4788-9a0b-1c2d3e4f5a6b');
    expect(viewEntry({ ...link, id: 'pocket-123' }).id).toBe(`urn:uuid:${uuidV5(SHAREFEED_NAMESPACE, 'pocket-123')}`);
  });
});

describe('languageTag', () => {
  it('accepts BCP 47 tags and the underscore form pages use, nothing else', () => {
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(languageTag('english')).toBeNull();
    expect(languageTag('')).toBeNull();
  });
});

describe('viewFeed', () => {
  it('dates the feed by its newest entry and names it by its address', () => {
    const feed = viewFeed(sampleShares().map(viewEntry), TEST_SETTINGS, 'atom');
    expect(feed).toMatchObject({ id: 'https://ada.example.org/sharefeed.atom', updated: '2026-11-21T09:30:00.000Z' });
  });

  it('gives a tag feed its own stable id, and a self link where publishing puts it (tags/ beside the main feed)', () => {
    const feed = viewFeed([], TEST_SETTINGS, 'atom', ' Web ');
    expect(feed.id).toBe(`urn:uuid:${uuidV5('0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01', 'tag:web')}`);
    expect(feed).toMatchObject({
      title: 'Ada’s shared stories: Web',
      selfUrl: 'https://ada.example.org/tags/web.atom',
      updated: TEST_SETTINGS.updatedAt,
    });
    expect(viewFeed([], { ...TEST_SETTINGS, feedUrl: 'https://ada.example.org/feed' }, 'rss', 'web').selfUrl).toBeNull();
  });

  it('stands the title in for a missing author name and ignores unusable settings', () => {
    const feed = viewFeed([], { ...TEST_SETTINGS, authorName: '', authorEmail: 'nope', authorUrl: 'javascript:x', icon: '/i.png' }, 'rss');
    expect(feed.author).toEqual({ name: 'Ada’s shared stories', email: null, url: null });
    expect(feed.icon).toBeNull();
  });
});
