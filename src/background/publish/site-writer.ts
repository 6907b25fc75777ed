/**
 * Writes a publish's files to the person's target: a WebDAV folder (each file to a temporary name, then moved over
 * the old one; folders made as needed) or a GitHub repository (all files in one commit). Also the connection test
 * behind the options page's button.
 */
import type { PublishTarget } from '../../core/publish/publish-target';
import { GithubRepo } from '../remote/github';
import type { Fetch } from '../remote/remote-error';
import { WebdavFolder } from '../remote/webdav';

export interface SiteFileBody {
  path: string;
  body: string;
  contentType: string;
}

export interface SiteWriter {
  /** Checks the credentials and the right to write, in one sentence when something is wrong (throws RemoteError). */
  check(): Promise<void>;
  write(files: readonly SiteFileBody[], removed: readonly string[]): Promise<void>;
  /** Requests sent so far. */
  requests(): number;
}

export function siteWriter(target: PublishTarget, fetch: Fetch): SiteWriter {
  return target.kind === 'webdav'
    ? webdavWriter(new WebdavFolder(target.url, target.username, target.password, fetch))
    : githubWriter(new GithubRepo(target, fetch));
}

function webdavWriter(folder: WebdavFolder): SiteWriter {
  return {
    async check() {
      await folder.ensureFolder();
      const probe = `.sharefeed-write-test-${crypto.randomUUID().slice(0, 8)}.txt`;
      await folder.putAtomically(probe, 'Sharefeed checks it may write here; this file is removed at once.', 'text/plain');
      await folder.delete(probe);
    },
    async write(files, removed) {
      const made = new Set<string>();
      for (const file of files) {
        const dir = file.path.replace(/[^/]*$/, '');
        if (!made.has(dir)) {
          await folder.ensureFolder(dir);
          made.add(dir);
        }
        await folder.putAtomically(file.path, file.body, file.contentType);
      }
      for (const path of removed) await folder.delete(path);
    },
    requests: () => folder.requests,
  };
}

function githubWriter(repo: GithubRepo): SiteWriter {
  return {
    check: () => repo.check(),
    async write(files, removed) {
      const count = files.length + removed.length;
      await repo.commit(files, removed, `Sharefeed: publish ${count} file${count === 1 ? '' : 's'}`);
    },
    requests: () => repo.requests,
  };
}
