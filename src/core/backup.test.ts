import { toStoredShare } from './stored-share';
import { scrubHtml } from './feed/scrub-html';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, serializeBackup } from './backup';
import { defaultSettings } from './settings';
import type { Share } from './share';

const settings = defaultSettings('urn:uuid:3f1b1a38-6d59-4f0c-9a52-4d1b2f7f3c11', '2026-01-01T00:00:00.000Z');

function share(n: number, overrides: Partial<Share> = {}): Share {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `id-${n}`,
    url: `https://example.org/story/${n}?utm_source=feed`,
    canonicalUrl: `https://example.org/story/${n}`,
    title: `Story ${n} — “quoted” <b>not markup</b>`,
    comment: n % 2 ? 'Read this.\nSecond line.' : '',
    tags: ['Tech', 'Café'],
    sharedAt: at,
    updatedAt: at,
    capture: 'article',
    article: {
      content: '<p>Body with <a href="https://example.org/x">a link</a> and 漢字.</p>',
      excerpt: 'Body with a link',
      byline: 'A. Writer',
      siteName: 'Example',
      lang: 'en',
      publishedAt: null,
      modifiedAt: null,
      image: 'https://example.org/lead.jpg',
      favicon: 'data:image/png;base64,iVBORw0KGgo=',
      wordCount: 6,
      truncated: false,
    },
    ...overrides,
  };
}

/** A valid backup as a plain object, for tests that damage one field. */
function backupObject(shares: Share[] = [share(1), share(2)]): Record<string, unknown> {
  return JSON.parse(serializeBackup(shares, settings, '2026-02-01T00:00:00.000Z')) as Record<string, unknown>;
}

/** The backup with `edit` applied to its first share. */
function withShare(edit: (s: Record<string, unknown>) => void): string {
  const doc = backupObject();
  edit((doc.shares as Record<string, unknown>[])[0]!);
  return JSON.stringify(doc);
}

function errorOf(text: string): string {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('serializeBackup', () => {
  it('writes the same bytes for the same shares, whatever their order and key order', () => {
    const a = serializeBackup([share(2), share(1), share(3)], settings, '2026-02-01T00:00:00.000Z');
    const reordered = { ...share(3) };
    const shuffled = Object.fromEntries(Object.entries(reordered).reverse()) as unknown as Share;
    const b = serializeBackup([shuffled, share(1), share(2)], settings, '2026-02-01T00:00:00.000Z');
    expect(b).toBe(a);
    expect(a.startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},\n  "exportedAt"`)).toBe(true);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('orders shares by share time, then id', () => {
    const same = '2026-03-01T00:00:00.000Z';
    const text = serializeBackup([share(9, { id: 'b', sharedAt: same }), share(1), share(8, { id: 'a', sharedAt: same })], settings, same);
    const ids = (JSON.parse(text) as { shares: Share[] }).shares.map((s) => s.id);
    expect(ids).toEqual(['id-1', 'a', 'b']);
  });
});

describe('parseBackup', () => {
  it('reads a version-1 backup file and writes it back byte for byte, its articles in stored form', async () => {
    // A file as Sharefeed 0.1 writes it: if the format changes, this file must still restore (add a migration).
    const text = await readFile(new URL('../../test-imports/sharefeed-backup-v1.json', import.meta.url), 'utf8');
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.shares.map((s) => [s.title, s.capture])).toEqual([
      ['A comet’s tail, up close', 'article'],
      ['The :has() selector & you', 'description'],
      ['New telescope <first light>', 'link'],
    ]);
    const written = serializeBackup(result.backup.shares, result.backup.settings, result.backup.exportedAt);
    // The articles passed the storage gate (0.1 stored them as captured), and the settings gained the WebSub hub
    // (empty in an older file); every other byte is as it was.
    const contents = (t: string) =>
      (JSON.parse(t) as { shares: { url: string; article: { content: string } | null }[] }).shares.map((s) => [s.article?.content, s.url]);
    const withoutContents = (t: string) =>
      JSON.stringify(JSON.parse(t), (key, value: unknown) => (key === 'content' || key === 'hubUrl' ? undefined : value));
    expect(withoutContents(written)).toBe(withoutContents(text));
    expect(JSON.parse(written).settings.hubUrl).toBe('');
    expect(contents(written).map(([html]) => html)).toEqual(contents(text).map(([html, url]) => html && scrubHtml(html, url)));
    // A backup of stored shares comes back exactly.
    const again = parseBackup(written);
    expect(again.ok && serializeBackup(again.backup.shares, again.backup.settings, again.backup.exportedAt)).toBe(written);
  });

  it('reads back every field of every share and the settings', () => {
    const shares = [share(1), share(2, { capture: 'link', article: null, tags: [] })].map(toStoredShare);
    const result = parseBackup(serializeBackup(shares, settings, '2026-02-01T00:00:00.000Z'));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      backup: { format: BACKUP_FORMAT, version: 1, exportedAt: '2026-02-01T00:00:00.000Z', settings, shares },
    });
  });

  it('refuses, with a sentence, an article too large to store once made safe', () => {
    // A million quote marks: within the file's limit as written, six times longer as stored HTML (&quot;).
    const text = withShare((s) => {
      (s.article as Record<string, unknown>).content = `<p>${'"'.repeat(1_000_000)}</p>`;
    });
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /^Share 1: “.*” is too large to store: its article would be over 5,000,000 characters\. Share it as a link instead\.$/,
    );
  });

  it('drops unknown fields and says so, without failing', () => {
    const text = withShare((s) => {
      s.starred = true;
      (s.article as Record<string, unknown>).html2 = '<p>x</p>';
    });
    const result = parseBackup(text);
    expect(result.ok && result.warnings).toEqual(['Fields Sharefeed does not know were ignored: “html2”, “starred”.']);
    expect(result.ok && Object.keys(result.backup.shares[0]!)).not.toContain('starred');
  });

  it('normalizes dates to UTC ISO form and a blank title to the address, with a warning', () => {
    const text = withShare((s) => {
      s.sharedAt = '2026-01-01T10:00:00+02:00';
      s.title = '  ';
    });
    const result = parseBackup(text);
    expect(result.ok && result.backup.shares[0]!.sharedAt).toBe('2026-01-01T08:00:00.000Z');
    expect(result.ok && result.backup.shares[0]!.title).toBe('https://example.org/story/1?utm_source=feed');
    expect(result.ok && result.warnings).toEqual(['Share 1 had no title; its address is used as the title.']);
  });

  it.each([
    ['', 'This file is not a Sharefeed backup (it is empty).'],
    ['hello', 'This file is not a Sharefeed backup (it is not JSON — it may be truncated).'],
    ['[1,2]', 'This file is not a Sharefeed backup (it is JSON, but not in Sharefeed’s backup format).'],
    [
      '{"version":"https://jsonfeed.org/version/1.1","items":[]}',
      'This file is not a Sharefeed backup (it is JSON, but not in Sharefeed’s backup format).',
    ],
  ])('refuses a file that is not a backup: %j', (text, error) => {
    expect(errorOf(text)).toBe(error);
  });

  it('refuses a truncated backup', () => {
    const text = serializeBackup([share(1)], settings, '2026-02-01T00:00:00.000Z');
    expect(errorOf(text.slice(0, text.length / 2))).toBe(
      'This Sharefeed backup is damaged (it is no longer valid JSON — it may be truncated); nothing was restored.',
    );
  });

  it('refuses a backup from a newer version, and one without a version', () => {
    expect(errorOf(JSON.stringify({ ...backupObject(), version: 2 }))).toBe(
      'This backup was made by a newer Sharefeed (backup format 2; this version reads up to 1) — update Sharefeed, then restore it.',
    );
    for (const version of [0, '1', 1.5, null]) {
      expect(errorOf(JSON.stringify({ ...backupObject(), version }))).toMatch(/^This Sharefeed backup has no valid format version/);
    }
  });

  it.each<[string, (s: Record<string, unknown>) => void, string]>([
    ['no URL', (s) => delete s.url, 'Share 1 has no URL.'],
    ['a javascript: URL', (s) => (s.url = 'javascript:alert(1)'), 'The URL of share 1 is not a web address (http or https).'],
    [
      'a relative canonical URL',
      (s) => (s.canonicalUrl = '/story/1'),
      'The canonical URL of share 1 is not a web address (http or https).',
    ],
    ['a title that is a number', (s) => (s.title = 42), 'The title of share 1 is not text.'],
    [
      'a 10,001-character title',
      (s) => (s.title = 'x'.repeat(10_001)),
      'The title of share 1 is too long (10,001 characters; the limit is 10,000).',
    ],
    ['an empty id', (s) => (s.id = ' '), 'The id of share 1 is empty.'],
    ['tags that are not a list', (s) => (s.tags = 'a,b'), 'The tags field of share 1 is not a list.'],
    ['a tag that is not text', (s) => (s.tags = ['ok', { x: 1 }]), 'Tag 2 of share 1 is not text.'],
    [
      'a date that is not ISO',
      (s) => (s.sharedAt = 'yesterday'),
      'The share date (sharedAt) of share 1 (“yesterday”) is not a date like 2025-01-31T12:00:00.000Z.',
    ],
    [
      'an impossible date',
      (s) => (s.updatedAt = '2026-13-45T00:00:00Z'),
      'The update date (updatedAt) of share 1 (“2026-13-45T00:00:00Z”) is not a date like 2025-01-31T12:00:00.000Z.',
    ],
    [
      'an unknown capture',
      (s) => (s.capture = 'pdf'),
      'The capture of share 1 is not one of “article”, “selection”, “description”, “link”.',
    ],
    [
      'an article capture without article',
      (s) => (s.article = null),
      'Share 1 is captured as “article” but has no article; only links may have none.',
    ],
    [
      'a negative word count',
      (s) => ((s.article as Record<string, unknown>).wordCount = -1),
      'The word count of share 1’s article is not a whole number from 0 to 10,000,000.',
    ],
    ['a missing article field', (s) => delete (s.article as Record<string, unknown>).truncated, 'Share 1’s article has no truncated flag.'],
    [
      'a javascript: image',
      (s) => ((s.article as Record<string, unknown>).image = 'javascript:x'),
      'The image URL of share 1’s article is not a web address (http or https).',
    ],
    ['an article that is a string', (s) => (s.article = '<p>x</p>'), 'Share 1’s article is not a JSON object.'],
    [
      'content over the cap',
      (s) => ((s.article as Record<string, unknown>).content = 'x'.repeat(5_000_001)),
      'The content of share 1’s article is too long (5,000,001 characters; the limit is 5,000,000).',
    ],
  ])('refuses a share with %s', (_name, edit, error) => {
    expect(errorOf(withShare(edit))).toBe(error);
  });

  it('refuses a share that is not an object', () => {
    const doc = backupObject();
    (doc.shares as unknown[])[1] = 'https://example.org';
    expect(errorOf(JSON.stringify(doc))).toBe('Share 2 is not a JSON object.');
  });

  it('refuses prototype-polluting keys anywhere it reads', () => {
    const text = serializeBackup([share(1)], settings, '2026-02-01T00:00:00.000Z');
    const inShare = text.replace('"id": "id-1",', '"__proto__": { "isAdmin": true }, "id": "id-1",');
    expect(errorOf(inShare)).toBe(
      'Share 1 contains the field “__proto__”, which Sharefeed never writes — the file was altered and cannot be restored.',
    );
    const inSettings = text.replace('"feedId":', '"constructor": {}, "feedId":');
    expect(errorOf(inSettings)).toMatch(/^The feed settings contain the field “constructor”/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses duplicate ids', () => {
    const text = serializeBackup([share(1), share(2), share(3, { id: 'id-1' })], settings, '2026-02-01T00:00:00.000Z');
    expect(errorOf(text)).toBe('Shares 1 and 3 have the same id, so the file cannot be restored safely.');
  });

  it('refuses more than 100,000 shares before reading any of them', () => {
    const doc = backupObject();
    doc.shares = new Array(100_001).fill(0);
    expect(errorOf(JSON.stringify(doc))).toBe('This backup has 100,001 shares; Sharefeed restores at most 100,000.');
  });

  it('refuses settings the options page would refuse', () => {
    const doc = backupObject();
    doc.settings = { ...settings, feedUrl: 'ftp://files.example/feed.xml' };
    expect(errorOf(JSON.stringify(doc))).toBe(
      'The feed settings in this backup cannot be used: “ftp://files.example/feed.xml” is not a web address — use a full http:// or https:// URL, or leave it empty.',
    );
    doc.settings = { ...settings, limit: 501 };
    expect(errorOf(JSON.stringify(doc))).toBe('The number of entries (limit) of the feed settings is not a whole number from 0 to 500.');
    delete doc.settings;
    expect(errorOf(JSON.stringify(doc))).toBe('The backup has no feed settings.');
  });
});

describe('restore progress', () => {
  it('tells how many shares were checked, every hundred and at the end', () => {
    const shares = Array.from({ length: 250 }, (_, i) => toStoredShare(share(i + 1)));
    const calls: [number, number][] = [];
    const parsed = parseBackup(serializeBackup(shares, settings, '2026-01-01T00:00:00.000Z'), (done, total) => calls.push([done, total]));
    expect(parsed.ok).toBe(true);
    expect(calls).toEqual([
      [0, 250],
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });
});
