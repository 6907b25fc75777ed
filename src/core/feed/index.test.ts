import { describe, expect, it } from 'vitest';
import { writeFeed } from './index';
import { TEST_SETTINGS, sampleShares } from './test-fixtures';

describe('writeFeed', () => {
  it('names and types the file for each format', () => {
    expect(writeFeed('atom', sampleShares(), TEST_SETTINGS)).toMatchObject({
      filename: 'sharefeed.atom',
      mimeType: 'application/atom+xml',
    });
    expect(writeFeed('rss', sampleShares(), TEST_SETTINGS)).toMatchObject({ filename: 'sharefeed.rss', mimeType: 'application/rss+xml' });
    expect(writeFeed('json', sampleShares(), TEST_SETTINGS)).toMatchObject({
      filename: 'sharefeed.json',
      mimeType: 'application/feed+json',
    });
  });

  it('names a tag feed after the tag, safely', () => {
    expect(writeFeed('atom', sampleShares(), TEST_SETTINGS, 'Ünïcödé').filename).toBe('sharefeed-unicode.atom');
    expect(writeFeed('rss', sampleShares(), TEST_SETTINGS, 'feeds & syndication').filename).toBe('sharefeed-feeds-syndication.rss');
    expect(writeFeed('json', sampleShares(), TEST_SETTINGS, '日本').filename).toBe('sharefeed-tag.json');
    expect(writeFeed('json', sampleShares(), TEST_SETTINGS, '  ').filename).toBe('sharefeed.json');
  });

  it('writes only the selected entries, newest first, in every format', () => {
    const settings = { ...TEST_SETTINGS, limit: 1 };
    const atom = writeFeed('atom', sampleShares(), settings, 'WEB').body;
    const rss = writeFeed('rss', sampleShares(), settings, 'WEB').body;
    const json = JSON.parse(writeFeed('json', sampleShares(), settings, 'WEB').body) as { items: { id: string }[] };
    // Tagged "Web": the article (shared 20 Nov) and the selection (shared 18 Nov); the newer one only.
    expect(atom.match(/<entry/g)).toHaveLength(1);
    expect(atom).toContain('<id>urn:uuid:3f8e2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6</id>');
    expect(rss.match(/<guid isPermaLink="false">urn:uuid:3f8e2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6</g)).toHaveLength(1);
    expect(rss.match(/<item>/g)).toHaveLength(1);
    expect(json.items.map((i) => i.id)).toEqual(['urn:uuid:3f8e2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6']);
  });

  it('serializes JSON Feed with two-space indentation and a final newline', () => {
    const { body } = writeFeed('json', sampleShares(), TEST_SETTINGS);
    expect(body).toBe(`${JSON.stringify(JSON.parse(body), null, 2)}\n`);
    expect(body.startsWith('{\n  "version": "https://jsonfeed.org/version/1.1",\n')).toBe(true);
  });
});

describe('WebSub', () => {
  it('names the hub in every format when one is set, and nowhere when none is', () => {
    const settings = { ...TEST_SETTINGS, hubUrl: 'https://hub.example/' };
    expect(writeFeed('atom', sampleShares(), settings).body).toContain('<link rel="hub" href="https://hub.example/"/>');
    expect(writeFeed('rss', sampleShares(), settings).body).toContain('<atom:link rel="hub" href="https://hub.example/"/>');
    expect(JSON.parse(writeFeed('json', sampleShares(), settings).body).hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }]);
    for (const format of ['atom', 'rss', 'json'] as const)
      expect(writeFeed(format, sampleShares(), TEST_SETTINGS).body).not.toMatch(/rel="hub"|"hubs"/);
  });
});
