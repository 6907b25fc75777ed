/**
 * Publishing to a GitHub repository (GitHub Pages serves it) through the Git Data API: every file of a publish in
 * one commit — blobs, a tree on top of the branch's, a commit, the branch moved to it — so Pages builds once per
 * publish, not once per file. The same endpoints serve GitHub Enterprise (`https://host/api/v3`). Small on purpose:
 * it is tested against a stand-in of these endpoints (test-servers/github-standin.ts), not against GitHub itself.
 */
import type { GithubTarget } from '../../core/publish/publish-target';
import { GITHUB_API } from '../../core/publish/publish-target';
import { REQUEST_TIMEOUT_MS, RemoteError, type Fetch } from './remote-error';

export interface RepoFile {
  path: string;
  body: string;
}

interface ApiError {
  message?: string;
}

/** A file up to this size goes inside the tree request; the whole request carries at most the total. */
const INLINE_FILE_CHARS = 512 * 1024;
const INLINE_TOTAL_CHARS = 16 * 1024 * 1024;

export class GithubRepo {
  private readonly api: string;
  private readonly name: string;
  requests = 0;

  constructor(
    private readonly target: GithubTarget,
    private readonly fetch: Fetch,
  ) {
    this.api = `${target.apiUrl ?? GITHUB_API}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
    this.name = `${target.owner}/${target.repo}`;
  }

  /** Token, repository, branch and the right to write, checked by writing an (unreferenced) empty blob. */
  async check(): Promise<void> {
    await this.call('GET', '');
    await this.headOf();
    await this.call('POST', '/git/blobs', { content: '', encoding: 'utf-8' });
  }

  /** One commit on the branch with these files written and these paths removed (paths below the target's folder). */
  async commit(files: readonly RepoFile[], removed: readonly string[], message: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const head = await this.headOf();
      const base = await this.call<{ tree: { sha: string } }>('GET', `/git/commits/${head}`);
      const entries: object[] = [];
      // Most files go inside the tree request itself (its `content`), so a publish is a handful of requests however
      // many files it has (GitHub limits how much content a client creates a minute); large ones as blobs, one after
      // another, since GitHub asks clients not to create content in parallel.
      let inline = 0;
      for (const file of files) {
        const path = this.target.path + file.path;
        if (file.body.length <= INLINE_FILE_CHARS && (inline += file.body.length) <= INLINE_TOTAL_CHARS) {
          entries.push({ path, mode: '100644', type: 'blob', content: file.body });
          continue;
        }
        const blob = await this.call<{ sha: string }>('POST', '/git/blobs', { content: file.body, encoding: 'utf-8' });
        entries.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
      }
      // Only paths the branch still has: one removed by a commit whose publish was cut short before it was
      // recorded, or by a person, is not removed again (GitHub refuses to delete a missing path).
      const present = removed.length ? await this.pathsOf(base.tree.sha) : null;
      for (const path of removed) {
        const full = this.target.path + path;
        if (!present || present.has(full)) entries.push({ path: full, mode: '100644', type: 'blob', sha: null });
      }
      const tree = await this.call<{ sha: string }>('POST', '/git/trees', { base_tree: base.tree.sha, tree: entries });
      const commit = await this.call<{ sha: string }>('POST', '/git/commits', { message, tree: tree.sha, parents: [head] });
      try {
        await this.call('PATCH', `/git/refs/heads/${this.branchPath()}`, { sha: commit.sha, force: false });
        return;
      } catch (err) {
        // Someone else moved the branch meanwhile (another browser, a person): build on theirs, once.
        if (attempt > 0 || !(err instanceof NotFastForward)) throw err;
      }
    }
  }

  /** Every file path in a tree; null when GitHub cut the listing short (then every removal is tried). */
  private async pathsOf(tree: string): Promise<Set<string> | null> {
    const listing = await this.call<{ tree: { path: string; type: string }[]; truncated: boolean }>(
      'GET',
      `/git/trees/${tree}?recursive=1`,
    );
    return listing.truncated ? null : new Set(listing.tree.filter((e) => e.type === 'blob').map((e) => e.path));
  }

  private async headOf(): Promise<string> {
    const ref = await this.call<{ object: { sha: string } }>('GET', `/git/ref/heads/${this.branchPath()}`);
    return ref.object.sha;
  }

  private branchPath(): string {
    return this.target.branch.split('/').map(encodeURIComponent).join('/');
  }

  private async call<T = unknown>(method: string, path: string, body?: object): Promise<T> {
    this.requests++;
    let response: Response;
    try {
      response = await this.fetch(this.api + path, {
        method,
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${this.target.token}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new RemoteError(`Sharefeed could not reach ${new URL(this.api).host} — check your connection and the API address.`, {
        unreachable: true,
        noAnswer: true,
      });
    }
    if (response.ok) return (await response.json()) as T;
    const error = (await response.json().catch(() => ({}))) as ApiError;
    throw this.problem(response, error.message ?? '');
  }

  private problem(response: Response, message: string): Error {
    const { status, headers } = response;
    const limited = status === 429 || (status === 403 && (headers.get('x-ratelimit-remaining') === '0' || headers.has('retry-after')));
    if (limited) {
      const retryAfter = Number(headers.get('retry-after'));
      const reset = Number(headers.get('x-ratelimit-reset'));
      // An hour at most, whatever a header says: a wrong clock or a garbled header must not stop publishing for days.
      const asked = retryAfter ? Date.now() + retryAfter * 1000 : reset ? reset * 1000 : Date.now() + 60_000;
      const retryAt = Math.min(Math.max(asked, Date.now() + 1000), Date.now() + 3_600_000);
      const minutes = Math.max(1, Math.ceil((retryAt - Date.now()) / 60_000));
      return new RemoteError(
        `GitHub asks Sharefeed to wait (rate limit): publishing resumes in about ${minutes} minute${minutes > 1 ? 's' : ''}.`,
        {
          unreachable: true,
          retryAt,
        },
      );
    }
    if (status === 401)
      return new RemoteError('GitHub refused the token — it may be mistyped, expired or revoked; make a new one with contents: write.');
    if (status === 403)
      return new RemoteError(`This token may not write to ${this.name} — give it “Contents: read and write” on that repository.`);
    if (status === 404)
      return new RemoteError(`GitHub finds no repository ${this.name} with a branch “${this.target.branch}” that this token can see.`);
    if (status === 409) return new RemoteError(`${this.name} is empty — add a first file (a README) on GitHub, then publish again.`);
    if (status === 422 && /fast.?forward/i.test(message))
      return new NotFastForward(`${this.name} changed while Sharefeed was publishing — it will try again.`);
    if (status >= 500)
      return new RemoteError(`GitHub had a problem (HTTP ${status}) — Sharefeed will try again later.`, { unreachable: true });
    return new RemoteError(`GitHub refused the publish (HTTP ${status}${message ? `: ${message.slice(0, 120)}` : ''}).`);
  }
}

class NotFastForward extends RemoteError {
  constructor(message: string) {
    super(message, { unreachable: true });
  }
}
