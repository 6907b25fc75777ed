/**
 * Where the person publishes: a WebDAV folder (Nextcloud, ownCloud, Apache or nginx WebDAV, a NAS), or a GitHub
 * repository served by GitHub Pages (or on a GitHub Enterprise Server, whose API address is given; Gitea and its
 * kin lack the Git Data API it uses). Checked, normalized, and shown without its secrets. Pure: the clients live in
 * the worker.
 */

export interface WebdavTarget {
  kind: 'webdav';
  /** The folder's address, ending in `/`. */
  url: string;
  username: string;
  password: string;
  /** Where readers find the folder, when not at `url` (a public web server in front of it); else empty. */
  publicUrl?: string;
}

export interface GithubTarget {
  kind: 'github';
  owner: string;
  repo: string;
  branch: string;
  /** A folder in the repository (`''` for its root, else ending in `/`). */
  path: string;
  token: string;
  /** The REST API's base: `https://api.github.com` unless given (Enterprise: `https://host/api/v3`). */
  apiUrl?: string;
  publicUrl?: string;
}

export type PublishTarget = WebdavTarget | GithubTarget;

/** A target as any page may see it: no password, no token — only whether one is set. */
export type PublicTarget =
  (Omit<WebdavTarget, 'password'> & { hasSecret: boolean }) | (Omit<GithubTarget, 'token'> & { hasSecret: boolean });

export const GITHUB_API = 'https://api.github.com';

export function withoutSecrets(target: PublishTarget): PublicTarget {
  if (target.kind === 'webdav') {
    const { password, ...rest } = target;
    return { ...rest, hasSecret: password !== '' };
  }
  const { token, ...rest } = target;
  return { ...rest, hasSecret: token !== '' };
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** The target as stored: trimmed, folders ending in `/`; or a sentence naming what cannot be used. */
export function normalizeTarget(target: PublishTarget): PublishTarget | { problem: string } {
  // Addresses are never repeated in these sentences: one may hold a password typed into it, in any shape.
  for (const address of [target.publicUrl, target.kind === 'webdav' ? target.url : target.apiUrl]) {
    if (address && hasCredentials(address.trim())) {
      return { problem: 'Put the user name and password in their own fields, not in the address.' };
    }
  }
  const publicUrl = target.publicUrl?.trim() ? folderUrl(target.publicUrl.trim()) : '';
  if (publicUrl === null) return { problem: 'The public address is not a web address — use a full https:// URL, or leave it empty.' };
  if (target.kind === 'webdav') {
    const url = folderUrl(target.url.trim());
    if (url === null) return { problem: 'The folder address is not a full https:// (or http://) URL.' };
    if (!target.username.trim()) return { problem: 'Enter the user name for the WebDAV folder.' };
    return { kind: 'webdav', url, username: target.username.trim(), password: target.password, publicUrl };
  }
  const [owner, repo, branch] = [target.owner.trim(), target.repo.trim(), target.branch.trim() || 'main'];
  if (!NAME.test(owner)) return { problem: `“${target.owner}” is not a GitHub user or organization name.` };
  if (!NAME.test(repo)) return { problem: `“${target.repo}” is not a repository name.` };
  if (!/^[\w./-]{1,200}$/.test(branch) || branch.includes('..')) return { problem: `“${target.branch}” is not a branch name.` };
  const path = target.path.trim().replace(/^\/+|\/+$/g, '');
  if (path && (!/^[\w. /-]+$/.test(path) || path.split('/').some((part) => part === '..' || part === '.' || !part))) {
    return { problem: `“${target.path}” is not a folder in the repository.` };
  }
  const apiUrl = target.apiUrl?.trim() ? httpUrl(target.apiUrl.trim().replace(/\/+$/, '')) : GITHUB_API;
  if (apiUrl === null) return { problem: 'The API address is not a full https:// URL.' };
  return { kind: 'github', owner, repo, branch, path: path ? `${path}/` : '', token: target.token.trim(), apiUrl, publicUrl };
}

/**
 * The public address of the published folder, ending in `/`: the one given, else the WebDAV folder itself, else
 * GitHub Pages' (`https://<owner>.github.io/<repo>/`, or the user site `https://<owner>.github.io/` for the
 * repository named `<owner>.github.io`).
 */
export function publicBase(target: PublishTarget): string {
  if (target.publicUrl) return target.publicUrl;
  if (target.kind === 'webdav') return target.url;
  const owner = target.owner.toLowerCase();
  const site =
    target.repo.toLowerCase() === `${owner}.github.io` ? `https://${owner}.github.io/` : `https://${owner}.github.io/${target.repo}/`;
  return `${site}${target.path}`;
}

/** The origins the extension must be allowed to reach for this target (host permission patterns). */
export function targetOrigins(target: PublishTarget): string[] {
  const url = new URL(target.kind === 'webdav' ? target.url : (target.apiUrl ?? GITHUB_API));
  return [`${url.protocol}//${url.hostname}/*`];
}

/** An http(s) URL without user name or password (a password in an address would end up in logs). */
function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return url.href.replace(/\/$/, '') + (value.endsWith('/') ? '/' : '');
  } catch {
    return null;
  }
}

/** Whether an address carries a user name or password (parsed, or, when it does not parse, as written). */
export function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return /^[^/?#]*\/\/[^/?#]*@/.test(value);
  }
}

function folderUrl(value: string): string | null {
  const url = httpUrl(value);
  return url === null ? null : url.endsWith('/') ? url : `${url}/`;
}
