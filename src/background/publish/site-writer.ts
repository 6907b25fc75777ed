/**
 * Writes a publish's files to the person's target: a WebDAV folder (each file to a temporary name, then moved over
 * the old one; folders made as needed) or a GitHub repository (all files in one commit). Also the connection test
 * behind the options page's button.
 */
import type { PublishTarget } from '../../core/publish/publish-target';
import { GithubRepo } from '../remote/github';
import { type Fetch } from '../remote/remote-error';
import { WebdavFolder } from '../remote/webdav';
import { RemoteError } from '../remote/remote-error';
import { inParallel } from '../remote/in-parallel';
import { isSitePath } from '../../core/site/site-layout';

export interface SiteFileBody {
  path: string;
  body: string;
  contentType: string;
}

export interface SiteWriter {
  /** Checks the credentials and the right to write, in one sentence when something is wrong (throws RemoteError). */
  check(): Promise<void>;
  /**
   * Starts a publish. A WebDAV folder may be published to from several browsers (synced ones): this takes the
   * folder's lock (a file made only if there is none, which expires), so two publishes never interleave, and
   * answers the hashes of the files as last published by any browser, so a change one browser published is not
   * published again by another (empty when the folder has no readable index: everything is sent). Null where the
   * target keeps no such index (GitHub: each publish is one commit).
   */
  begin(): Promise<Record<string, string> | null>;
  /** Ends it: the new index of hashes, and the lock released. */
  end(hashes: Record<string, string> | null): Promise<void>;
  write(files: readonly SiteFileBody[], removed: readonly string[]): Promise<void>;
  /** Requests sent so far. */
  requests(): number;
}

export function siteWriter(target: PublishTarget, fetch: Fetch): SiteWriter {
  return target.kind === 'webdav'
    ? webdavWriter(new WebdavFolder(target.url, target.username, target.password, fetch))
    : githubWriter(new GithubRepo(target, fetch));
}

const LOCK = '.sharefeed-publish.lock';
const INDEX = '.sharefeed-site.json';
/** A lock older than this was left by a browser that stopped mid-publish: it may be taken over. */
const LOCK_LIFE_MS = 10 * 60 * 1000;
/** Files sent at once. */
const PARALLEL = 4;

function webdavWriter(folder: WebdavFolder): SiteWriter {
  const owner = crypto.randomUUID();
  const take = async (attempt = 1): Promise<void> => {
    const lock = JSON.stringify({ owner, expiresAt: new Date(Date.now() + LOCK_LIFE_MS).toISOString() });
    if (await folder.create(LOCK, lock)) return;
    const held = await folder.get(LOCK);
    // Gone between our try and our read (released just then): try again, a few times at most.
    if ((held === null || held === 'unchanged') && attempt < 3) return take(attempt + 1);
    // A lock that says nothing readable (damaged, or not ours) counts as expired, so it cannot block publishing forever.
    const expiresAt = held === null || held === 'unchanged' ? Date.now() + 60_000 : lockExpiry(held.body);
    if (expiresAt > Date.now()) {
      throw new RemoteError('Another browser is publishing to this folder right now; Sharefeed publishes after it.', {
        unreachable: true,
        retryAt: Math.min(expiresAt, Date.now() + 60_000),
      });
    }
    // Left by a browser that stopped mid-publish: taken over, unless someone else just did.
    if (typeof held === 'object' && held?.etag && attempt < 3 && (await folder.delete(LOCK, held.etag))) return take(attempt + 1);
    throw new RemoteError('Another browser is publishing to this folder right now; Sharefeed publishes after it.', { unreachable: true });
  };
  /** Gives the lock back only if it is still ours: one taken over after it expired belongs to the browser that took it. */
  const release = async (): Promise<void> => {
    const held = await folder.get(LOCK);
    if (!held || held === 'unchanged' || !held.etag) return;
    let holder: unknown;
    try {
      holder = (JSON.parse(held.body) as { owner?: unknown } | null)?.owner;
    } catch {
      return;
    }
    if (holder === owner) await folder.delete(LOCK, held.etag);
  };
  return {
    async begin() {
      await folder.ensureFolder();
      await take();
      let index: Awaited<ReturnType<WebdavFolder['get']>>;
      try {
        index = await folder.get(INDEX);
      } catch (err) {
        await release().catch(() => undefined);
        throw err;
      }
      // No index (a folder emptied, or never published to) or a damaged one: nothing counts as published here, so
      // the whole site is sent again rather than trusting this browser's memory of what the folder holds.
      if (index === null || index === 'unchanged') return {};
      return siteIndex(index.body) ?? {};
    },
    async end(hashes) {
      try {
        if (hashes) await folder.putAtomically(INDEX, JSON.stringify(hashes), 'application/json');
      } finally {
        await release().catch(() => undefined);
      }
    },
    async check() {
      await folder.ensureFolder();
      const probe = `.sharefeed-write-test-${crypto.randomUUID().slice(0, 8)}.txt`;
      await folder.putAtomically(probe, 'Sharefeed checks it may write here; this file is removed at once.', 'text/plain');
      await folder.delete(probe);
    },
    async write(files, removed) {
      // Folders first (the folder itself was made by begin), parents before children; then the files, a few at once.
      const dirs = [...new Set(files.map((file) => file.path.replace(/[^/]*$/, '')))].filter(Boolean).sort((a, b) => a.length - b.length);
      for (const dir of dirs) await folder.ensureFolder(dir);
      await inParallel(files, PARALLEL, (file) => folder.putAtomically(file.path, file.body, file.contentType));
      await inParallel(removed, PARALLEL, async (path) => void (await folder.delete(path)));
    },
    requests: () => folder.requests,
  };
}

function lockExpiry(body: string): number {
  try {
    const expiresAt = (JSON.parse(body) as { expiresAt?: unknown } | null)?.expiresAt;
    return (typeof expiresAt === 'string' && Date.parse(expiresAt)) || 0;
  } catch {
    return 0;
  }
}

/**
 * The index of published files' hashes, as read from the server: only site paths with string hashes (its paths are
 * deleted when the site no longer has them, so anything else — `..`, an empty name, a path elsewhere — is ignored
 * rather than trusted); null when unreadable.
 */
export function siteIndex(body: string): Record<string, string> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const hashes: Record<string, string> = {};
  for (const [path, hash] of Object.entries(parsed)) if (typeof hash === 'string' && isSitePath(path)) hashes[path] = hash;
  return hashes;
}

function githubWriter(repo: GithubRepo): SiteWriter {
  return {
    begin: async () => null,
    end: async () => undefined,
    check: () => repo.check(),
    async write(files, removed) {
      const count = files.length + removed.length;
      await repo.commit(files, removed, `Sharefeed: publish ${count} file${count === 1 ? '' : 's'}`);
    },
    requests: () => repo.requests,
  };
}
