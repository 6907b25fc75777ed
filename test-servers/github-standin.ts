/**
 * A stand-in for the part of GitHub's REST API that publishing calls — GitHub itself cannot run here. It implements
 * the endpoints as GitHub documents them (docs.github.com, "Git database"): bearer or `token` auth (401 "Bad
 * credentials"), a read-only token (403 "Resource not accessible by personal access token"), unknown repository or
 * branch (404 "Not Found"), an empty repository (409 "Git Repository is empty."), blobs, trees on a base tree (a
 * `sha: null` entry deletes), commits, and ref updates that must fast-forward (422 "Update is not a fast forward").
 * Every answer carries the rate-limit headers; `limit()` makes the next requests answer 403 with `retry-after`,
 * as GitHub's secondary rate limit does. Error bodies are `{ message, documentation_url, status }`.
 * `/pages/<path>` serves the branch's current files, as GitHub Pages would.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface TreeEntry {
  path: string;
  sha: string;
}

export interface GithubStandin {
  apiUrl: string;
  pagesUrl: string;
  owner: string;
  repo: string;
  branch: string;
  /** A token that may write, and one that may only read. */
  token: string;
  readOnlyToken: string;
  /** The branch's files now. */
  files(): Map<string, string>;
  /** Commits on the branch, oldest first (their messages). */
  commits(): string[];
  /** Requests received, by method and path (for the tests' counts). */
  requests: string[];
  /** The next `count` requests are refused as rate-limited, with a `retry-after` of `seconds`. */
  limit(count: number, seconds: number): void;
  /** Someone else commits on the branch (a person, or another browser). */
  pushElsewhere(path: string, body: string): void;
  close(): Promise<void>;
}

export async function startGithubStandin({ host = '127.0.0.2', emptyRepo = false } = {}): Promise<GithubStandin> {
  const owner = 'ada';
  const repo = 'shares';
  const branch = 'main';
  const token = 'github_pat_standin_write';
  const readOnlyToken = 'github_pat_standin_read';
  const blobs = new Map<string, string>();
  const trees = new Map<string, TreeEntry[]>();
  const commitTrees = new Map<string, { tree: string; parent: string | null; message: string }>();
  let head: string | null = null;
  let limited = { count: 0, seconds: 0 };
  const requests: string[] = [];

  const sha = (kind: string, body: string) =>
    createHash('sha1')
      .update(`${kind} ${Buffer.byteLength(body)}\0${body}`)
      .digest('hex');
  const addTree = (entries: TreeEntry[]) => {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1));
    const id = sha('tree', JSON.stringify(sorted));
    trees.set(id, sorted);
    return id;
  };
  const addCommit = (tree: string, parent: string | null, message: string) => {
    const id = sha('commit', JSON.stringify({ tree, parent, message, n: commitTrees.size }));
    commitTrees.set(id, { tree, parent, message });
    return id;
  };
  if (!emptyRepo) {
    const readme = sha('blob', '# Shares\n');
    blobs.set(readme, '# Shares\n');
    head = addCommit(addTree([{ path: 'README.md', sha: readme }]), null, 'Initial commit');
  }
  const filesOf = (commit: string | null) => {
    const out = new Map<string, string>();
    if (commit) for (const entry of trees.get(commitTrees.get(commit)!.tree)!) out.set(entry.path, blobs.get(entry.sha)!);
    return out;
  };

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-used': '1',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'Authorization, Content-Type, Accept',
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
        ...headers,
      });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
      send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, headers);
    if (req.method === 'OPTIONS') return send(204, {});
    if (url.pathname.startsWith('/pages/')) {
      const file = filesOf(head).get(decodeURIComponent(url.pathname.slice('/pages/'.length)));
      res.writeHead(file === undefined ? 404 : 200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(file ?? 'not found');
    }
    if (limited.count > 0) {
      limited.count--;
      return fail(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', {
        'retry-after': String(limited.seconds),
      });
    }
    const auth = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (auth !== token && auth !== readOnlyToken) return fail(401, 'Bad credentials');
    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(prefix)) return fail(404, 'Not Found');
    const path = url.pathname.slice(prefix.length);
    const body = req.method === 'GET' ? {} : (JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>);
    if (req.method !== 'GET' && auth === readOnlyToken) return fail(403, 'Resource not accessible by personal access token');

    if (req.method === 'GET' && path === '') {
      return send(200, { full_name: `${owner}/${repo}`, default_branch: branch, permissions: { admin: false, push: true, pull: true } });
    }
    if (path.startsWith('/git/') && head === null) return fail(409, 'Git Repository is empty.');
    if (req.method === 'GET' && path === `/git/ref/heads/${branch}`) {
      return send(200, { ref: `refs/heads/${branch}`, object: { sha: head, type: 'commit' } });
    }
    if (req.method === 'GET' && path.startsWith('/git/ref/heads/')) return fail(404, 'Not Found');
    const commitMatch = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path);
    if (req.method === 'GET' && commitMatch) {
      const commit = commitTrees.get(commitMatch[1]!);
      return commit ? send(200, { sha: commitMatch[1], tree: { sha: commit.tree }, message: commit.message }) : fail(404, 'Not Found');
    }
    if (req.method === 'POST' && path === '/git/blobs') {
      if (typeof body.content !== 'string') return fail(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
      const content = body.encoding === 'base64' ? Buffer.from(body.content, 'base64').toString('utf8') : body.content;
      const id = sha('blob', content);
      blobs.set(id, content);
      return send(201, { sha: id, url: `${prefix}/git/blobs/${id}` });
    }
    if (req.method === 'POST' && path === '/git/trees') {
      const base = trees.get(String(body.base_tree));
      if (!base) return fail(422, 'Invalid tree info');
      const entries = new Map(base.map((e) => [e.path, e]));
      for (const entry of body.tree as { path: string; sha?: string | null; content?: string }[]) {
        if (typeof entry.content === 'string') {
          // "content": GitHub writes the blob itself and uses its SHA for the entry.
          if (entry.sha !== undefined) return fail(422, 'Invalid tree info: use either sha or content');
          const id = sha('blob', entry.content);
          blobs.set(id, entry.content);
          entries.set(entry.path, { path: entry.path, sha: id });
        } else if (entry.sha === null) {
          if (!entries.delete(entry.path)) return fail(422, `Invalid tree info: path ${entry.path} does not exist`);
        } else if (!entry.sha || !blobs.has(entry.sha)) return fail(422, 'Invalid tree info');
        else entries.set(entry.path, { path: entry.path, sha: entry.sha });
      }
      const id = addTree([...entries.values()]);
      return send(201, { sha: id, tree: trees.get(id), truncated: false });
    }
    const treeMatch = /^\/git\/trees\/([0-9a-f]{40})$/.exec(path);
    if (req.method === 'GET' && treeMatch) {
      // The stand-in's trees are flat lists of full paths: the recursive listing GitHub gives with ?recursive=1.
      const tree = trees.get(treeMatch[1]!);
      if (!tree) return fail(404, 'Not Found');
      if (url.searchParams.get('recursive') === null) return fail(422, 'The stand-in lists trees recursively only (?recursive=1).');
      const listing = tree.map((e) => ({ path: e.path, mode: '100644', type: 'blob', sha: e.sha, size: blobs.get(e.sha)!.length }));
      return send(200, { sha: treeMatch[1], tree: listing, truncated: false });
    }
    if (req.method === 'POST' && path === '/git/commits') {
      const parents = body.parents as string[];
      if (!trees.has(String(body.tree)) || !parents?.every((p) => commitTrees.has(p))) return fail(422, 'Invalid commit');
      return send(201, { sha: addCommit(String(body.tree), parents[0] ?? null, String(body.message)) });
    }
    if (req.method === 'PATCH' && path === `/git/refs/heads/${branch}`) {
      const next = String(body.sha);
      if (!commitTrees.has(next)) return fail(422, 'Object does not exist');
      if (!body.force && commitTrees.get(next)!.parent !== head) return fail(422, 'Update is not a fast forward');
      head = next;
      return send(200, { ref: `refs/heads/${branch}`, object: { sha: head, type: 'commit' } });
    }
    return fail(404, 'Not Found');
  }

  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as { port: number };
  const origin = `http://${host}:${port}`;
  return {
    apiUrl: origin,
    pagesUrl: `${origin}/pages/`,
    owner,
    repo,
    branch,
    token,
    readOnlyToken,
    requests,
    files: () => filesOf(head),
    commits: () => {
      const list: string[] = [];
      for (let c = head; c; c = commitTrees.get(c)!.parent) list.unshift(commitTrees.get(c)!.message);
      return list;
    },
    limit: (count, seconds) => void (limited = { count, seconds }),
    pushElsewhere: (path, content) => {
      const blob = sha('blob', content);
      blobs.set(blob, content);
      const entries = trees.get(commitTrees.get(head!)!.tree)!.filter((e) => e.path !== path);
      head = addCommit(addTree([...entries, { path, sha: blob }]), head, `Edit ${path}`);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}
