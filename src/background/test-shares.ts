/** Realistic shares for background tests (not shipped: only tests import this). */
import type { Share } from '../core/share';

export function makeShare(n: number, overrides: Partial<Share> = {}): Share {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: `https://news.example/story-${n}?utm_source=x`,
    canonicalUrl: `https://news.example/story-${n}`,
    title: `Story number ${n}: Café society`,
    comment: n % 2 ? `Worth reading #${n}` : '',
    tags: n % 3 ? ['tech', `t${n % 5}`] : ['Science'],
    sharedAt: at,
    updatedAt: at,
    capture: 'article',
    article: {
      content: `<p>Paragraph of story ${n}.</p>`,
      excerpt: `Excerpt ${n}`,
      byline: 'A. Writer',
      siteName: 'Example News',
      lang: 'en',
      publishedAt: at,
      modifiedAt: null,
      image: null,
      favicon: 'https://news.example/favicon.ico',
      wordCount: 4,
      truncated: false,
    },
    ...overrides,
  };
}
