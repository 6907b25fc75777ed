/**
 * Zips one built extension for a store with web-ext's `build`: the packager Mozilla documents, and for Chrome
 * just as right (a plain zip with manifest.json at its root; it does not judge the manifest). The zip is then
 * read back (JSZip) and deleted if it holds what no store upload should: source maps, tests, TypeScript,
 * node_modules, or anything that exists only for tests and benchmarks (the test build's hooks and host access).
 */
import webExt from 'web-ext';
import JSZip from 'jszip';
import { readFileSync, rmSync } from 'node:fs';

const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/\.map$/, 'a source map'],
  [/(^|\/)node_modules(\/|$)/, 'installed dependencies'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/\.[cm]?tsx?$/, 'TypeScript source'],
];

/** Text only the test build holds (vite.config.ts, `__SHAREFEED_TEST__`): its hooks and its loopback host access. */
const TEST_ONLY: readonly (readonly [string, string])[] = [
  ['sharefeedListeners', 'the listeners the E2E suite calls'],
  ['sharefeed:first-list', 'the benchmark’s first-paint mark'],
  ['http://127.0.0.2/*', 'the test build’s host access'],
];

export interface ZipEntry {
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
  text: string;
}

/** One sentence per thing wrong with a package holding these entries; none when it is fit to upload. */
export function packageProblems(entries: readonly Pick<ZipEntry, 'name' | 'text'>[]): string[] {
  const problems: string[] = [];
  for (const { name, text } of entries) {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(name));
    if (hit) problems.push(`${name} is ${hit[1]}`);
    for (const [marker, what] of TEST_ONLY) if (text.includes(marker)) problems.push(`${name} holds ${what} (${marker})`);
  }
  if (!entries.some((entry) => entry.name === 'manifest.json')) problems.push('manifest.json is not at the root of the zip');
  return problems;
}

export async function zipEntries(zip: Buffer): Promise<ZipEntry[]> {
  const archive = await JSZip.loadAsync(zip);
  const files = Object.values(archive.files);
  return Promise.all(
    files.map(async (file) => {
      const body = file.dir ? Buffer.alloc(0) : await file.async('nodebuffer');
      return { name: file.name, size: body.length, text: body.toString('utf8') };
    }),
  );
}

export interface Package {
  path: string;
  entries: ZipEntry[];
}

export async function packExtension(sourceDir: string, artifactsDir: string, filename: string): Promise<Package> {
  const { extensionPath } = await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { showReadyMessage: false });
  const entries = await zipEntries(readFileSync(extensionPath));
  const problems = packageProblems(entries);
  if (problems.length > 0) {
    rmSync(extensionPath);
    throw new Error(`${extensionPath} was deleted: ${problems.join('; ')}.`);
  }
  return { path: extensionPath, entries };
}
