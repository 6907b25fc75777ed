/** The CLI as a person runs it: a child process through tsx, reading the backup fixture from disk. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

async function sharefeed(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/main.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sharefeed CLI (child process)', () => {
  it('writes an RSS feed file from a backup, and fails with exit codes 1 and 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sharefeed-cli-'));
    try {
      const out = join(dir, 'feed.rss');
      const [ok, badFile, badUsage] = await Promise.all([
        sharefeed('feed', '--backup', 'test-imports/sharefeed-backup-v1.json', '--format', 'rss', '--out', out),
        sharefeed('feed', '--backup', 'test-imports/small.atom', '--format', 'rss'),
        sharefeed('feed', '--format', 'rss'),
      ]);
      expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
      const rss = parseRssFeed(await readFile(out, 'utf8'));
      expect(rss.title).toBe('Ana’s shared stories');
      expect(rss.items?.map((item) => [item.title, item.link])).toEqual([
        ['New telescope <first light>', 'https://news.example.com/telescope'],
        ['The :has() selector & you', 'https://web.example.net/css-has'],
        ['A comet’s tail, up close', 'https://science.example.org/2026/01/comet?utm_source=newsletter'],
      ]);
      expect(badFile.code).toBe(1);
      expect(badFile.stderr).toBe('sharefeed: This file is not a Sharefeed backup (it is not JSON — it may be truncated).\n');
      expect(badUsage.code).toBe(2);
      expect(badUsage.stderr).toMatch(/^sharefeed: Missing --backup <file>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
