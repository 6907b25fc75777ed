/**
 * Zips one built extension for a store with web-ext's `build`: the packager Mozilla documents, and for Chrome
 * just as right (a plain zip with manifest.json at its root; it does not judge the manifest). The zip is then
 * read back and deleted if it holds what no store upload should: source maps, tests, TypeScript, node_modules.
 */
import webExt from 'web-ext';
import { readFileSync, rmSync } from 'node:fs';
import { zipEntries, type ZipEntry } from './zip-entries';

const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/\.map$/, 'a source map'],
  [/(^|\/)node_modules(\/|$)/, 'installed dependencies'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/\.[cm]?tsx?$/, 'TypeScript source'],
];

/** One sentence per thing wrong with a package holding these entry names; none when it is fit to upload. */
export function packageProblems(names: readonly string[]): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(name));
    if (hit) problems.push(`${name} is ${hit[1]}`);
  }
  if (!names.includes('manifest.json')) problems.push('manifest.json is not at the root of the zip');
  return problems;
}

export interface Package {
  path: string;
  entries: ZipEntry[];
}

export async function packExtension(sourceDir: string, artifactsDir: string, filename: string): Promise<Package> {
  const { extensionPath } = await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { showReadyMessage: false });
  const entries = zipEntries(readFileSync(extensionPath));
  const problems = packageProblems(entries.map((entry) => entry.name));
  if (problems.length > 0) {
    rmSync(extensionPath);
    throw new Error(`${extensionPath} was deleted: ${problems.join('; ')}.`);
  }
  return { path: extensionPath, entries };
}
