import { describe, expect, it } from 'vitest';
import { importJsonFeed } from './json-feed';
import { TEST_NOW, fixture, testDeps } from './test-deps';

describe('importJsonFeed', () => {
  it('reads JSON Feed 1.1 items: html and text content, summaries, authors, tags, images', async () => {
    const { shares, notes, format } = importJsonFeed(await fixture('small.json'), testDeps());
    expect(format).toBe('JSON Feed');
    expect(shares.map((s) => [s.title, s.url, s.capture])).toEqual([
      ['HTML content', 'https://json.example.org/posts/html', 'article'],
      ['Text content', 'https://json.example.org/posts/text', 'article'],
      ['Summary only, URL in the id', 'https://json.example.org/posts/id-only', 'description'],
      ['https://elsewhere.example.com/linked', 'https://elsewhere.example.com/linked', 'link'],
    ]);
    const [html, text, summary] = shares;
    expect(html).toMatchObject({ tags: ['Français', 'web'], sharedAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-02T10:00:00.000Z' });
    expect(html!.article).toMatchObject({
      content: "<p>Bonjour, voici un article complet avec <a href='https://json.example.org/lien'>un lien</a>.</p>",
      excerpt: 'Un résumé.',
      byline: 'Item Author',
      lang: 'fr',
      image: 'https://json.example.org/images/lead.png',
    });
    expect(text!.article!.content).toBe('<p>First paragraph.</p>&#10;<p>Second &lt; paragraph &amp; more.</p>');
    expect(text!.article!.byline).toBe('Feed Author');
    expect(summary!.sharedAt).toBe(TEST_NOW);
    expect(notes).toEqual([{ title: 'https://elsewhere.example.com/linked', reason: 'Imported as a link: the saved article was empty.' }]);
  });

  it('refuses JSON that is not a JSON Feed, and a feed without items', () => {
    expect(() => importJsonFeed('{"version":"https://jsonfeed.org/version/2"}', testDeps())).toThrow(
      'This JSON file is not a JSON Feed (version 1.0 or 1.1).',
    );
    expect(() => importJsonFeed('{"version":"https://jsonfeed.org/version/1"}', testDeps())).toThrow(
      'This JSON Feed has no list of items.',
    );
    expect(() => importJsonFeed('{"version":', testDeps())).toThrow(
      'This JSON Feed is not valid JSON (it may be truncated); nothing was imported.',
    );
  });
});
