/** Realistic shares for E2E tests of the history, put in through the product's own import message. */
import type { Page } from '@playwright/test';
import type { Share } from '../src/core/share';
import type { ExtensionDriver } from './fixtures';

const TOPICS = ['Rust', 'Climate', 'Elections', 'Chess', 'Typography', 'Databases', 'Jazz', 'Astronomy'];
const SITES = ['The Verge', 'Ars Technica', 'Le Monde', 'Heise', 'Quanta'];

export function seedShare(n: number, articleBytes = 2_000): Share {
  const at = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
  const topic = TOPICS[n % TOPICS.length]!;
  const paragraph = `<p>${topic} story ${n} — ${'lorem ipsum dolor sit amet '.repeat(4)}</p>`;
  return {
    id: crypto.randomUUID(),
    url: `https://example.org/${topic.toLowerCase()}/${n}`,
    canonicalUrl: `https://example.org/${topic.toLowerCase()}/${n}`,
    title: `${topic} notes number ${n}`,
    comment: n % 4 === 0 ? `Recommended reading about ${topic.toLowerCase()} (#${n})` : '',
    tags: [topic.toLowerCase(), n % 2 ? 'longread' : 'brief'],
    sharedAt: at,
    updatedAt: at,
    capture: 'article',
    article: {
      content: paragraph.repeat(Math.max(1, Math.round(articleBytes / paragraph.length))),
      excerpt: `${topic} in brief, part ${n}.`,
      byline: 'Sam Writer',
      siteName: SITES[n % SITES.length]!,
      lang: 'en',
      publishedAt: at,
      modifiedAt: null,
      image: null,
      favicon: null,
      wordCount: 300,
      truncated: false,
    },
  };
}

/** Stores `count` shares through `importShares`, in batches the message channel carries comfortably. */
export async function seed(ext: ExtensionDriver, from: Page, count: number, articleBytes?: number): Promise<Share[]> {
  const shares = Array.from({ length: count }, (_, i) => seedShare(i, articleBytes));
  for (let i = 0; i < shares.length; i += 500) {
    const reply = await ext.send<{ ok: boolean; error?: string }>(from, {
      type: 'importShares',
      shares: shares.slice(i, i + 500),
    });
    if (!reply.ok) throw new Error(reply.error);
  }
  return shares;
}
