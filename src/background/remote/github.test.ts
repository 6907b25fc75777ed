/** The GitHub client against the stand-in of GitHub's Git Data API (GitHub itself cannot run here). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGithubStandin, type GithubStandin } from '../../../test-servers/github-standin';
import type { GithubTarget } from '../../core/publish/publish-target';
import { GithubRepo } from './github';

let gh: GithubStandin;
beforeEach(async () => {
  gh = await startGithubStandin();
});
afterEach(() => gh.close());

const target = (overrides: Partial<GithubTarget> = {}): GithubTarget => ({
  kind: 'github',
  owner: gh.owner,
  repo: gh.repo,
  branch: gh.branch,
  path: 'feed/',
  token: gh.token,
  apiUrl: gh.apiUrl,
  ...overrides,
});

describe('GithubRepo', () => {
  it('publishes every file in one commit, removes files, and keeps what was there', async () => {
    const repo = new GithubRepo(target(), fetch);
    await repo.check();
    await repo.commit(
      [
        { path: 'feed.atom', body: '<feed/>' },
        { path: 'tags/日本.html', body: '<p>日本</p>' },
      ],
      [],
      'Sharefeed: 2 files',
    );
    await repo.commit([{ path: 'index.html', body: '<p>i</p>' }], ['tags/日本.html'], 'Sharefeed: 1 file');
    expect(gh.commits()).toEqual(['Initial commit', 'Sharefeed: 2 files', 'Sharefeed: 1 file']);
    expect([...gh.files().keys()].sort()).toEqual(['README.md', 'feed/feed.atom', 'feed/index.html']);
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(2);
  });

  it('builds on a branch that moved meanwhile', async () => {
    const repo = new GithubRepo(target(), fetch);
    const original = gh.requests.length;
    gh.pushElsewhere('notes.md', 'hello');
    await repo.commit([{ path: 'feed.json', body: '{}' }], [], 'Sharefeed');
    expect([...gh.files().keys()].sort()).toEqual(['README.md', 'feed/feed.json', 'notes.md']);
    expect(gh.requests.length).toBeGreaterThan(original);
  });

  it('says in one sentence what is wrong', async () => {
    const message = (work: Promise<unknown>) =>
      work.then(
        () => '',
        (err: Error) => err.message,
      );
    expect(await message(new GithubRepo(target({ token: 'nope' }), fetch).check())).toMatch(/refused the token/);
    expect(await message(new GithubRepo(target({ token: gh.readOnlyToken }), fetch).check())).toMatch(/may not write to ada\/shares/);
    expect(await message(new GithubRepo(target({ branch: 'gh-pages' }), fetch).check())).toMatch(
      /no repository ada\/shares with a branch “gh-pages”/,
    );
    gh.limit(1, 120);
    const limited = await new GithubRepo(target(), fetch).check().catch((err: { retryAt: number; message: string }) => err);
    expect(limited).toMatchObject({ message: expect.stringMatching(/rate limit.*2 minutes/) });
    expect((limited as { retryAt: number }).retryAt).toBeGreaterThan(Date.now() + 100_000);
  });

  it('says so when the repository is empty', async () => {
    const empty = await startGithubStandin({ emptyRepo: true });
    const err = await new GithubRepo({ ...target(), apiUrl: empty.apiUrl }, fetch).check().catch((e: Error) => e);
    expect((err as Error).message).toMatch(/is empty — add a first file/);
    await empty.close();
  });
});
