import { readFile } from 'node:fs/promises';
import { parseAtomFeed } from 'feedsmith';
import { parseFragment, serializeOuter } from 'parse5';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './run';

const BACKUP = 'test-imports/sharefeed-backup-v1.json';

/** Files in memory (the real backup fixture among them), and what the CLI printed. */
async function memoryIo(files: Record<string, string> = {}) {
  const disk = new Map(Object.entries({ [BACKUP]: await readFile(BACKUP, 'utf8'), ...files }));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const text = disk.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, chunks) => {
      if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      disk.set(path, [...chunks].join(''));
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, disk, out: () => out.join(''), err: () => err.join('') };
}

interface JsonFeed {
  title: string;
  items: { title: string; url: string }[];
}

describe('runCli', () => {
  it('writes the feed of a backup to stdout, newest first', async () => {
    const m = await memoryIo();
    expect(await runCli(['feed', '--backup', BACKUP, '--format', 'json'], m.io)).toBe(0);
    const feed = JSON.parse(m.out()) as JsonFeed;
    expect(feed.title).toBe('Ana’s shared stories');
    expect(feed.items.map((i) => i.title)).toEqual([
      'New telescope <first light>',
      'The :has() selector & you',
      'A comet’s tail, up close',
    ]);
    expect(m.err()).toBe('');
  });

  it('filters by tag (any case) and limits, and writes to --out', async () => {
    const m = await memoryIo();
    expect(
      await runCli(['feed', '--backup', BACKUP, '--format', 'atom', '--tag', 'SCIENCE', '--limit', '1', '--out', 'feed.atom'], m.io),
    ).toBe(0);
    const atom = parseAtomFeed(m.disk.get('feed.atom') ?? '');
    // A title with "<" in it is sent as escaped HTML (type="html"), so a reader shows the text as typed.
    const entry = atom.entries?.[0];
    expect(atom.entries).toHaveLength(1);
    expect(entry?.title).toEqual({ type: 'html', value: 'New telescope &lt;first light&gt;' });
    expect(shownText(entry?.title?.value ?? '')).toBe('New telescope <first light>');
    expect(m.out()).toBe('');
  });

  it('gates the articles of the backup file as storage does: nothing executable reaches the feed', async () => {
    const backup = JSON.parse(await readFile(BACKUP, 'utf8')) as { shares: { article: { content: string } | null }[] };
    const target = backup.shares.find((s) => s.article)!;
    target.article!.content = '<p onclick="alert(1)">story</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    const m = await memoryIo({ 'hostile.json': JSON.stringify(backup) });
    expect(await runCli(['feed', '--backup', 'hostile.json', '--format', 'rss'], m.io)).toBe(0);
    expect(m.out()).toContain('<p>story</p><a>x</a>');
    expect(m.out()).not.toMatch(/alert|<script|javascript:/);
  });

  it('answers --help on stdout', async () => {
    const m = await memoryIo();
    expect(await runCli(['--help'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^Usage: sharefeed feed --backup <file>/);
  });

  it('exits 2 on a usage error, with one sentence and a pointer to --help', async () => {
    const m = await memoryIo();
    expect(await runCli(['feed', '--backup', BACKUP, '--format', 'html'], m.io)).toBe(2);
    expect(m.err()).toBe('sharefeed: Unknown format “html”; use atom, rss or json. Run “sharefeed --help” for the options.\n');
  });

  it.each([
    ['a missing file', 'nope.json', 'sharefeed: There is no file “nope.json”.\n'],
    [
      'a file that is not a backup',
      'notes.txt',
      'sharefeed: This file is not a Sharefeed backup (it is not JSON — it may be truncated).\n',
    ],
  ])('exits 1 on %s', async (_what, path, message) => {
    const m = await memoryIo({ 'notes.txt': 'just notes' });
    expect(await runCli(['feed', '--backup', path, '--format', 'rss'], m.io)).toBe(1);
    expect(m.err()).toBe(message);
    expect(m.out()).toBe('');
  });

  it('exits 1 when the output cannot be written', async () => {
    const m = await memoryIo();
    expect(await runCli(['feed', '--backup', BACKUP, '--format', 'rss', '--out', '/missing/feed.rss'], m.io)).toBe(1);
    expect(m.err()).toBe('sharefeed: The folder for “/missing/feed.rss” does not exist.\n');
  });
});

/** The text a reader shows for an HTML text construct. */
function shownText(html: string): string {
  return parseFragment(html)
    .childNodes.map((n) => ('value' in n ? n.value : serializeOuter(n)))
    .join('');
}
