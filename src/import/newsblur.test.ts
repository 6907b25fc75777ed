import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAtom } from './atom';
import { fixture, testDeps } from './test-deps';
import { NEWSBLUR_FEED, newsblurAvailable } from '../core/test-pages';
import type { ImportResult } from './types';

describe.skipIf(!newsblurAvailable)('NewsBlur shared-stories feed (the real export in shared/fixtures)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    const text = await readFile(NEWSBLUR_FEED, 'utf8');
    result = importAtom(text, testDeps());
  }, 30_000);

  const byTitle = (start: string) => {
    const share = result.shares.find((s) => s.title.startsWith(start));
    if (!share) throw new Error(`no share titled “${start}…”`);
    return share;
  };

  it('imports all 25 entries, newest first as in the file, and says it is NewsBlur', () => {
    expect(result.format).toBe('NewsBlur shared stories');
    expect(result.shares).toHaveLength(25);
    expect(result.skipped).toEqual([]);
    expect(result.shares[0]!.title).toBe('Tracing the thoughts of a large language model');
    expect(result.shares[0]!.sharedAt).toBe('2025-08-28T14:03:57.597Z');
    expect(result.shares[24]!.sharedAt).toBe('2024-11-12T16:08:19.673Z');
  });

  it('keeps 18 stories as articles and makes the 7 without a real body link shares, saying why', () => {
    const captures = result.shares.map((s) => s.capture);
    expect(captures.filter((c) => c === 'article')).toHaveLength(18);
    expect(captures.filter((c) => c === 'link')).toHaveLength(7);
    const reasons = result.notes.map((n) => n.reason);
    expect(reasons.filter((r) => r === 'Imported as a link: the saved article was empty.')).toHaveLength(5);
    expect(reasons).toContain('Imported as a link: the saved article was only the word “None”.');
    expect(reasons).toContain(
      'Imported as a link: the saved article was only an error page (“You can’t perform that action at this time.”).',
    );
    expect(byTitle('BadRAM').capture).toBe('link');
    expect(byTitle('qdm12/gluetun').capture).toBe('link');
    expect(byTitle('qdm12/gluetun').article).toBeNull();
  });

  it('strips NewsBlur’s header from every article and keeps the story', () => {
    for (const share of result.shares.filter((s) => s.article)) {
      expect(share.article!.content).not.toContain('shared this story');
      expect(share.article!.content).not.toContain('gravatar.com');
      expect(share.article!.content).not.toMatch(/<(script|style|iframe)/i);
      expect(share.article!.wordCount).toBeGreaterThan(300);
    }
    const tracing = byTitle('Tracing the thoughts');
    expect(tracing.article!.content.startsWith('<div><p>Language models like Claude aren')).toBe(true);
    // Counted as a reader sees the words: a heading and the paragraph after it are separate words.
    expect(tracing.article!.wordCount).toBe(2914);
  });

  it('reads the site name and icon from “shared this story from …” (14 entries have one)', () => {
    const named = result.shares.filter((s) => s.article?.siteName);
    // 14 headers name a site; 3 of those entries (Heise, thea.codes, Trey Hunner) have no article to hold it.
    expect(named).toHaveLength(11);
    expect(byTitle('Authenticating MCP').article!.siteName).toBe('ceposta Technology Blog');
    expect(byTitle('Authenticating MCP').article!.favicon).toBe('https://s3.amazonaws.com/icons.newsblur.com/6518784.png');
    expect(byTitle('How To Create Multi-Step Forms').article!.siteName).toBe(
      'Comments on: How to Create Multi-Step Forms With Vanilla JavaScript and CSS',
    );
    expect(byTitle('Tracing the thoughts').article!.siteName).toBeNull();
  });

  it('has no comments (none of these 25 shares had one) and takes categories as tags', () => {
    expect(result.shares.filter((s) => s.comment)).toHaveLength(0);
    expect(result.shares.filter((s) => s.tags.length)).toHaveLength(2);
    expect(byTitle('Ubiquitous Successful Bus').tags).toEqual(['hackaday columns', 'hardware', 'usb', 'usb 2', 'usb hub']);
    expect(byTitle('BadRAM').tags).toEqual(['c_t_magazin']);
  });

  it('keeps real authors and drops NewsBlur’s “(No Author)” placeholder', () => {
    expect(byTitle('Ubiquitous Successful Bus').article!.byline).toBe('Arya Voronova');
    expect(byTitle('Publishing a simple client-side').article!.byline).toBe('Simon Willison');
  });
});

describe('NewsBlur header with a comment (hand-written from NewsBlur’s rss_story template)', () => {
  it('takes the comment row as the share’s comment, as plain text', async () => {
    const { shares, format } = importAtom(await fixture('newsblur-comment.atom'), testDeps());
    expect(format).toBe('NewsBlur shared stories');
    expect(shares.map((s) => [s.title, s.comment])).toEqual([
      ['A story with a comment', 'This is exactly the argument I was making last week & it holds up. <b>Read the second half.</b>'],
      ['Shared without a comment', ''],
    ]);
    expect(shares[0]!.article).toMatchObject({
      content: '<p>The story itself, as NewsBlur stored it.</p>',
      siteName: 'Example Org Blog',
      favicon: 'https://s3.amazonaws.com/icons.newsblur.com/1.png',
    });
    expect(shares[0]!.tags).toEqual(['argument']);
    expect(shares[1]!.article!.content).toBe('<p>Story text without a comment above it.</p>');
  });
});
