/** The WebDAV client against a real Apache httpd with mod_dav (test-servers/apache-dav.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../../../test-servers/apache-dav';
import { WebdavFolder } from './webdav';
import { RemoteError } from './remote-error';

let dav: DavServer;
beforeAll(async () => {
  dav = await startDav();
}, 30_000);
afterAll(() => dav?.dispose());

const folder = (path = '', password = DAV_PASSWORD) => new WebdavFolder(`${dav.folderUrl}${path}`, DAV_USER, password, fetch);

describe('WebdavFolder', () => {
  it('makes folders on demand and writes files atomically, leaving no temporary file', async () => {
    const site = folder('site/');
    await site.ensureFolder();
    await site.ensureFolder('tags/日本/');
    await site.putAtomically('tags/日本/page-1.html', '<p>one</p>', 'text/html');
    await site.putAtomically('tags/日本/page-1.html', '<p>two</p>', 'text/html');
    expect(dav.read('site/tags/日本/page-1.html')).toBe('<p>two</p>');
    expect((await site.list('tags/日本/')).map((e) => e.path)).toEqual(['page-1.html']);
    const page = await fetch(site.href('tags/日本/page-1.html'));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('writes only over the version it read, and creates a lock only once', async () => {
    const sync = folder('sync/');
    await sync.ensureFolder();
    expect(await sync.putIfUnchanged('manifest.json', '{"v":1}', null)).toBe(true);
    expect(await sync.putIfUnchanged('manifest.json', '{"v":1b}', null)).toBe(false);
    const read = await sync.get('manifest.json');
    if (!read || read === 'unchanged') throw new Error('no manifest');
    expect(await sync.get('manifest.json', read.etag)).toBe('unchanged');
    expect(await sync.putIfUnchanged('manifest.json', '{"v":2}', read.etag)).toBe(true);
    expect(await sync.putIfUnchanged('manifest.json', '{"v":3}', read.etag)).toBe(false);
    expect(dav.read('sync/manifest.json')).toBe('{"v":2}');
    expect(await sync.create('lock.json', 'a')).toBe(true);
    expect(await sync.create('lock.json', 'b')).toBe(false);
    expect((await sync.list()).map((e) => e.path).sort()).toEqual(['lock.json', 'manifest.json']);
    // Deleting only the version read: a stale ETag leaves the file, the current one removes it.
    const lock = await sync.get('lock.json');
    if (!lock || lock === 'unchanged') throw new Error('no lock');
    expect(await sync.delete('lock.json', read.etag!)).toBe(false);
    expect(dav.read('sync/lock.json')).toBe('a');
    expect(await sync.delete('lock.json', lock.etag!)).toBe(true);
    expect(dav.read('sync/lock.json')).toBeNull();
  });

  it('says in one sentence what is wrong, without the password', async () => {
    const sentence = async (work: Promise<unknown>) => {
      const err = await work.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RemoteError);
      expect((err as Error).message).not.toContain('wrong horse');
      return (err as Error).message;
    };
    expect(await sentence(folder('', 'wrong horse').putAtomically('x.txt', 'x', 'text/plain'))).toMatch(
      /refused the user name or password/,
    );
    expect(await sentence(folder('ro/').putAtomically('x.txt', 'x', 'text/plain'))).toMatch(/does not let this account write/);
    expect(await sentence(folder('a/b/').putAtomically('x.txt', 'x', 'text/plain'))).toMatch(/does not exist and could not be created/);
    const closed = new WebdavFolder('http://127.0.0.2:9/dav/', DAV_USER, DAV_PASSWORD, fetch);
    const err = await closed.ensureFolder().catch((e: RemoteError) => e);
    expect(err).toMatchObject({ unreachable: true, message: expect.stringMatching(/could not reach 127\.0\.0\.2:9/) });
  });
});
