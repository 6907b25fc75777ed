/**
 * A small WebDAV client over `fetch` (passed in, so tests run it in Node against a real Apache): Basic auth, folders
 * made on demand, files written to a temporary name and then moved over the old one (readers never see half a
 * file), conditional writes by ETag for sync, and every failure as one sentence a person can act on — never with
 * the password in it. Speaks only what Nextcloud, ownCloud, Apache mod_dav and nginx all understand.
 */
import { REQUEST_TIMEOUT_MS, RemoteError, type Fetch } from './remote-error';

export interface DavEntry {
  /** The path below the folder, `/` ending a sub-folder's. */
  path: string;
  etag: string | null;
  folder: boolean;
}

export interface DavFile {
  body: string;
  etag: string | null;
}

export class WebdavFolder {
  private readonly authorization: string;
  private readonly host: string;
  /** Requests sent, for the benchmarks and the sync report. */
  requests = 0;

  constructor(
    /** The folder's address, ending in `/`. */
    readonly url: string,
    username: string,
    password: string,
    private readonly fetch: Fetch,
  ) {
    const bytes = new TextEncoder().encode(`${username}:${password}`);
    this.authorization = `Basic ${btoa(String.fromCharCode(...bytes))}`;
    this.host = new URL(url).host;
  }

  /** The address of `path` below the folder, each segment percent-encoded. */
  href(path: string): string {
    return this.url + path.split('/').map(encodeURIComponent).join('/');
  }

  /** Checks the folder exists (making it, and its parents, when it does not). */
  async ensureFolder(path = ''): Promise<void> {
    const found = await this.send('PROPFIND', path, { headers: { Depth: '0' } });
    if (found.status === 207) return;
    if (found.status !== 404) throw this.problem(found, 'PROPFIND', path);
    const parent = path.replace(/[^/]+\/$/, '');
    if (path && parent !== path) await this.ensureFolder(parent);
    const made = await this.send('MKCOL', path);
    if (made.status === 201) return;
    // Made meanwhile by another browser (servers answer 405, or 403 when two make it at once): there it is.
    if ((await this.send('PROPFIND', path, { headers: { Depth: '0' } })).status === 207) return;
    if (made.status !== 405) {
      if (made.status === 409 || made.status === 404)
        throw new RemoteError(`The folder ${this.where(path)} does not exist and could not be created.`);
      throw this.problem(made, 'MKCOL', path);
    }
  }

  /** Writes a file without readers ever seeing it half-written: to a temporary name, then moved over the old one. */
  async putAtomically(path: string, body: string, contentType: string): Promise<void> {
    const temp = path.replace(/([^/]*)$/, `.$1.sharefeed-${randomPart()}.tmp`);
    const put = await this.send('PUT', temp, { body, headers: { 'Content-Type': contentType } });
    if (put.status !== 201 && put.status !== 204 && put.status !== 200) throw this.problem(put, 'PUT', path);
    const moved = await this.send('MOVE', temp, { headers: { Destination: this.href(path), Overwrite: 'T' } });
    if (moved.status !== 201 && moved.status !== 204) {
      await this.send('DELETE', temp).catch(() => undefined);
      throw this.problem(moved, 'MOVE', path);
    }
  }

  /**
   * Writes a file only if it is still the version read (`etag`), or does not exist yet (`etag` null): through a
   * temporary name too, the condition checked on the destination by WebDAV's `If` header (an `If-Match` would fail
   * on the weak ETags Apache gives a file in its first second). False when someone else wrote it first.
   */
  async putIfUnchanged(path: string, body: string, etag: string | null): Promise<boolean> {
    const temp = path.replace(/([^/]*)$/, `.$1.sharefeed-${randomPart()}.tmp`);
    const put = await this.send('PUT', temp, { body, headers: { 'Content-Type': 'application/json' } });
    if (put.status !== 201 && put.status !== 204 && put.status !== 200) throw this.problem(put, 'PUT', path);
    const condition: Record<string, string> =
      etag === null ? { Overwrite: 'F' } : { Overwrite: 'T', If: `<${this.href(path)}> ([${etag}])` };
    const moved = await this.send('MOVE', temp, { headers: { Destination: this.href(path), ...condition } });
    if (moved.status === 201 || moved.status === 204) return true;
    await this.send('DELETE', temp).catch(() => undefined);
    if (moved.status === 412) return false;
    throw this.problem(moved, 'MOVE', path);
  }

  /** Creates a file only if there is none (a lock): true when this call created it. */
  async create(path: string, body: string): Promise<boolean> {
    const put = await this.send('PUT', path, { body, headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' } });
    if (put.status === 201 || put.status === 204) return true;
    if (put.status === 412) return false;
    throw this.problem(put, 'PUT', path);
  }

  /** The file and its ETag; null when there is none. With `etag`, null too when it has not changed (304). */
  async get(path: string, etag?: string | null): Promise<DavFile | 'unchanged' | null> {
    const response = await this.send('GET', path, { headers: etag ? { 'If-None-Match': etag } : {} });
    if (response.status === 304) return 'unchanged';
    if (response.status === 404) return null;
    if (response.status !== 200) throw this.problem(response, 'GET', path);
    return { body: await response.text(), etag: response.headers.get('ETag') };
  }

  /** Removes a file or folder; one already gone is fine. `etag`: only if unchanged (a lock being taken over). */
  async delete(path: string, etag?: string): Promise<boolean> {
    // A tagged list (naming the file): Apache checks an untagged one against the parent folder too, and fails it (424).
    const response = await this.send('DELETE', path, { headers: etag ? { If: `<${this.href(path)}> ([${etag}])` } : {} });
    if (response.status === 412) return false;
    if (response.status !== 200 && response.status !== 204 && response.status !== 404) throw this.problem(response, 'DELETE', path);
    return true;
  }

  /** What a folder holds (one level), with each file's ETag. */
  async list(path = ''): Promise<DavEntry[]> {
    const response = await this.send('PROPFIND', path, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>',
    });
    if (response.status === 404) return [];
    if (response.status !== 207) throw this.problem(response, 'PROPFIND', path);
    return readMultistatus(await response.text(), new URL(this.href(path)).pathname);
  }

  private async send(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    this.requests++;
    try {
      return await this.fetch(this.href(path), {
        method,
        body: init.body,
        headers: { Authorization: this.authorization, ...init.headers },
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new RemoteError(
        `Sharefeed could not reach ${this.host} — check the address, your connection, and that the server is running.`,
        { unreachable: true, noAnswer: true },
      );
    }
  }

  private where(path: string): string {
    return `“${decodeURI(new URL(this.href(path)).pathname)}” on ${this.host}`;
  }

  /** The sentence for a refusal. */
  private problem(response: Response, method: string, path: string): RemoteError {
    const status = response.status;
    if (status === 401)
      return new RemoteError(`${this.host} refused the user name or password — check them (an app password, if your server uses those).`);
    if (status === 403)
      return new RemoteError(`${this.host} does not let this account write to ${this.where(path)} — check its permissions.`);
    if (status === 405 || status === 501)
      return new RemoteError(`${this.host} refused the ${method} request: is ${this.where('')} a WebDAV folder?`);
    if (status === 507) return new RemoteError(`${this.host} has no space left for ${this.where(path)}.`);
    if (status === 409) return new RemoteError(`The folder holding ${this.where(path)} does not exist and could not be created.`);
    if (status >= 300 && status < 400)
      return new RemoteError(`${this.host} sends ${this.where('')} elsewhere (HTTP ${status}) — use the folder’s final address.`);
    if (status >= 500) return new RemoteError(`${this.host} had a problem (HTTP ${status}) — try again later.`, { unreachable: true });
    return new RemoteError(`${this.host} answered ${method} with HTTP ${status}, not as a WebDAV folder does.`);
  }
}

function randomPart(): string {
  return crypto.randomUUID().slice(0, 8);
}

/**
 * The entries of a PROPFIND answer below `folderPath` (the folder itself left out). Read with regular expressions
 * over the `DAV:` elements, whatever their prefix: the worker has no XML parser, and these answers are small and
 * regular. An answer that is not a multistatus at all is a server that is not WebDAV.
 */
export function readMultistatus(xml: string, folderPath: string): DavEntry[] {
  if (!/<(?:[\w-]+:)?multistatus[\s>]/i.test(xml)) throw new RemoteError('The server answered, but not as a WebDAV folder does.');
  const entries: DavEntry[] = [];
  const base = decodeURIComponent(folderPath.endsWith('/') ? folderPath : `${folderPath}/`);
  for (const [, response] of xml.matchAll(/<(?:[\w-]+:)?response[\s>]([\s\S]*?)<\/(?:[\w-]+:)?response>/gi)) {
    const href = /<(?:[\w-]+:)?href>([^<]*)<\/(?:[\w-]+:)?href>/i.exec(response!)?.[1]?.trim();
    if (!href) continue;
    let path: string;
    try {
      path = decodeURIComponent(new URL(href.replace(/&amp;/g, '&'), 'http://x').pathname);
    } catch {
      continue;
    }
    if (!path.startsWith(base) || path === base) continue;
    const etag =
      /<(?:[\w-]+:)?getetag>([^<]*)<\/(?:[\w-]+:)?getetag>/i
        .exec(response!)?.[1]
        ?.trim()
        .replace(/&quot;/g, '"') ?? null;
    const folder = /<(?:[\w-]+:)?collection\s*\/>/i.test(response!);
    entries.push({ path: path.slice(base.length), etag: etag || null, folder });
  }
  return entries;
}
