import { describe, expect, it } from 'vitest';
import { normalizeTarget, publicBase, targetOrigins, withoutSecrets, type PublishTarget } from './publish-target';

const dav = (over: Partial<Extract<PublishTarget, { kind: 'webdav' }>> = {}): PublishTarget => ({
  kind: 'webdav',
  url: 'https://dav.example.org/remote.php/dav/files/ada/shares',
  username: 'ada',
  password: 'correct horse',
  ...over,
});
const gh = (over: Partial<Extract<PublishTarget, { kind: 'github' }>> = {}): PublishTarget => ({
  kind: 'github',
  owner: 'ada',
  repo: 'shares',
  branch: '',
  path: '',
  token: ' github_pat_x ',
  ...over,
});

describe('publish targets', () => {
  it('normalizes a WebDAV folder: trimmed, ending in /, its public address the folder unless given', () => {
    const target = normalizeTarget(dav({ url: ' https://dav.example.org/remote.php/dav/files/ada/shares ', username: ' ada ' }));
    expect(target).toEqual({
      kind: 'webdav',
      url: 'https://dav.example.org/remote.php/dav/files/ada/shares/',
      username: 'ada',
      password: 'correct horse',
      publicUrl: '',
    });
    expect(publicBase(target as PublishTarget)).toBe('https://dav.example.org/remote.php/dav/files/ada/shares/');
    const served = normalizeTarget(dav({ publicUrl: 'https://ada.example.org/shares' })) as PublishTarget;
    expect(publicBase(served)).toBe('https://ada.example.org/shares/');
    expect(targetOrigins(served)).toEqual(['https://dav.example.org/*']);
  });

  it('derives GitHub Pages addresses: a project site, a user site, a folder in it; Enterprise keeps its API address', () => {
    const project = normalizeTarget(gh()) as PublishTarget;
    expect(project).toMatchObject({ branch: 'main', path: '', token: 'github_pat_x', apiUrl: 'https://api.github.com' });
    expect(publicBase(project)).toBe('https://ada.github.io/shares/');
    expect(targetOrigins(project)).toEqual(['https://api.github.com/*']);
    expect(publicBase(normalizeTarget(gh({ owner: 'Ada', repo: 'ada.github.io' })) as PublishTarget)).toBe('https://ada.github.io/');
    expect(publicBase(normalizeTarget(gh({ path: '/feeds/mine/' })) as PublishTarget)).toBe('https://ada.github.io/shares/feeds/mine/');
    const enterprise = normalizeTarget(gh({ apiUrl: 'https://git.corp.example/api/v3/' })) as PublishTarget;
    expect(enterprise).toMatchObject({ apiUrl: 'https://git.corp.example/api/v3' });
    expect(targetOrigins(enterprise)).toEqual(['https://git.corp.example/*']);
  });

  it('refuses what cannot be used, in one sentence naming it', () => {
    const problems = [
      normalizeTarget(dav({ url: 'dav.example.org/shares' })),
      normalizeTarget(dav({ url: 'ftp://dav.example.org/shares/' })),
      // A password in the address would travel into logs and error sentences.
      normalizeTarget(dav({ url: 'https://ada:secret@dav.example.org/shares/' })),
      normalizeTarget(dav({ username: '  ' })),
      normalizeTarget(dav({ publicUrl: 'not a url' })),
      normalizeTarget(gh({ owner: 'ada lovelace' })),
      normalizeTarget(gh({ repo: '' })),
      normalizeTarget(gh({ branch: 'main..x' })),
      normalizeTarget(gh({ path: 'a/../b' })),
      normalizeTarget(gh({ apiUrl: 'javascript:alert(1)' })),
    ];
    for (const problem of problems) {
      expect(problem).toEqual({
        problem: expect.stringMatching(/^(“.*” is not|The .* address is not|Enter the user name|Put the user name and password)/),
      });
    }
    expect(JSON.stringify(problems)).not.toContain('secret');
    // A password in any shape of address is never repeated.
    for (const url of ['https://ada:hun/ter2@dav.example.org/', 'ada:hunter2@dav.example.org/sync/', 'https://ada:hun#ter2@x/']) {
      expect(JSON.stringify(normalizeTarget(dav({ url })))).not.toContain('hun');
    }
  });

  it('shows a target without its secret, only whether one is set', () => {
    expect(withoutSecrets(dav())).toEqual({
      kind: 'webdav',
      url: dav().kind === 'webdav' ? (dav() as { url: string }).url : '',
      username: 'ada',
      hasSecret: true,
    });
    expect(JSON.stringify(withoutSecrets(gh()))).not.toContain('github_pat_x');
    expect(withoutSecrets(gh({ token: '' }))).toMatchObject({ hasSecret: false });
  });
});
