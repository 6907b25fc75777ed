import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { packExtension, packageProblems } from './pack-extension';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function buildDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sharefeed-pack-'));
  temps.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'build', name)), { recursive: true });
    writeFileSync(join(dir, 'build', name), body);
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)));
}

describe('packExtension', () => {
  it('zips every file with manifest.json at the root, and lists each with its real size', async () => {
    const dir = buildDir({
      'manifest.json': '{"name":"x","version":"1.2.3"}',
      'service-worker-loader.js': "import './assets/index.ts-Ab12.js';",
      'assets/index.ts-Ab12.js': 'console.log("é");'.repeat(100),
      'src/popup/index.html': '<!doctype html><title>popup</title>',
    });
    const pkg = await packExtension(join(dir, 'build'), join(dir, 'out'), 'x-1.2.3.zip');
    expect(pkg.path).toBe(join(dir, 'out', 'x-1.2.3.zip'));
    const files = pkg.entries.filter((entry) => !entry.name.endsWith('/'));
    expect(files.map((entry) => entry.name).sort()).toEqual(filesUnder(join(dir, 'build')).sort());
    for (const entry of files) expect(entry.size).toBe(statSync(join(dir, 'build', entry.name)).size);
  });

  it('leaves out installed dependencies and hidden folders', async () => {
    const dir = buildDir({
      'manifest.json': '{"name":"x","version":"1"}',
      'node_modules/dep/index.js': 'x',
      '.vite/manifest.json': '{}',
    });
    const pkg = await packExtension(join(dir, 'build'), join(dir, 'out'), 'x.zip');
    expect(pkg.entries.map((entry) => entry.name)).toEqual(['manifest.json']);
  });

  it('deletes the zip and says why when the build holds a source map', async () => {
    const dir = buildDir({ 'manifest.json': '{"name":"x","version":"1"}', 'assets/a.js': 'x', 'assets/a.js.map': '{}' });
    await expect(packExtension(join(dir, 'build'), join(dir, 'out'), 'x.zip')).rejects.toThrow(
      /x\.zip was deleted: assets\/a\.js\.map is a source map\./,
    );
    expect(existsSync(join(dir, 'out', 'x.zip'))).toBe(false);
  });
});

const named = (...names: string[]) => names.map((name) => ({ name, text: '' }));

describe('packageProblems', () => {
  it('accepts a build whose hashed chunk names contain ".ts-"', () => {
    expect(packageProblems(named('manifest.json', 'assets/index.ts-CcrGe2p3.js', 'assets/', 'src/extract/inject.js'))).toEqual([]);
  });

  it('names each entry a store upload must not hold', () => {
    expect(
      packageProblems(
        named('manifest.json', 'a.css.map', 'node_modules/', 'src/x.test.js', 'e2e/y.spec.ts', 'src/core/share.ts', 'b.d.mts'),
      ),
    ).toEqual([
      'a.css.map is a source map',
      'node_modules/ is installed dependencies',
      'src/x.test.js is a test',
      'e2e/y.spec.ts is a test',
      'src/core/share.ts is TypeScript source',
      'b.d.mts is TypeScript source',
    ]);
  });

  it('wants manifest.json at the root, not in a folder', () => {
    expect(packageProblems(named('dist/manifest.json'))).toEqual(['manifest.json is not at the root of the zip']);
  });

  it('finds what only the test build holds: its hooks and its host access', () => {
    expect(
      packageProblems([
        { name: 'manifest.json', text: '{"host_permissions":["http://127.0.0.2/*"]}' },
        { name: 'assets/index.js', text: 'Object.assign(globalThis,{sharefeedListeners:l})' },
        { name: 'assets/popup.js', text: 'performance.mark("sharefeed:first-list")' },
      ]),
    ).toEqual([
      'manifest.json holds the test build’s host access (http://127.0.0.2/*)',
      'assets/index.js holds the listeners the E2E suite calls (sharefeedListeners)',
      'assets/popup.js holds the benchmark’s first-paint mark (sharefeed:first-list)',
    ]);
  });
});

describe('a test build', () => {
  it('is refused: its zip is deleted, naming the hook it holds', async () => {
    const dir = buildDir({
      'manifest.json': '{"name":"x","version":"1","host_permissions":["http://127.0.0.2/*"]}',
      'assets/index.js': 'Object.assign(globalThis,{sharefeedListeners:l})',
    });
    await expect(packExtension(join(dir, 'build'), join(dir, 'out'), 'x.zip')).rejects.toThrow(/holds the listeners the E2E suite calls/);
    expect(existsSync(join(dir, 'out', 'x.zip'))).toBe(false);
  });
});
