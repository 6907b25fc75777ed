/**
 * `npm run package`: store-ready zips of the two builds in packages/, named after the manifest's version.
 * It builds nothing: run `npm run build` first. A build whose version differs from manifest.json is stale,
 * and is refused rather than shipped under the wrong number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { packExtension } from './pack-extension';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'packages');
const builds = [
  { store: 'chrome', dir: join(root, 'dist') },
  { store: 'firefox', dir: join(root, 'dist-firefox') },
];

function versionOf(manifestFile: string): string {
  return (JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string }).version;
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(7)} kB`;
}

const version = versionOf(join(root, 'manifest.json'));
try {
  for (const { store, dir } of builds) {
    const built = join(dir, 'manifest.json');
    if (!existsSync(built)) throw new Error(`${relative(root, dir)}/ has no build: run \`npm run build\` first.`);
    if (versionOf(built) !== version) {
      throw new Error(
        `${relative(root, built)} is version ${versionOf(built)} but manifest.json is ${version}: run \`npm run build\` again.`,
      );
    }
    const pkg = await packExtension(dir, out, `sharefeed-${store}-${version}.zip`);
    const files = pkg.entries.filter((entry) => !entry.name.endsWith('/'));
    const total = files.reduce((sum, entry) => sum + entry.size, 0);
    console.log(`${relative(root, pkg.path)}: ${files.length} files, ${kB(total).trim()} unpacked`);
    for (const entry of files) console.log(`  ${kB(entry.size)}  ${entry.name}`);
  }
} catch (err) {
  console.error(`package: ${(err as Error).message}`);
  process.exit(1);
}
