/**
 * The corpus of real web pages (test data, read in Node): each page's source and what Readability is expected to
 * make of it. It is mozilla/readability's `test/test-pages` folder, kept outside this repository; one setting,
 * `SHAREFEED_CORPUS`, says where (default: `../shared/fixtures/pages` beside the checkout). The real NewsBlur
 * feed the import tests read sits beside it, in `../feeds/`. The one place tests, the E2E server and the benchmarks
 * find them; without the corpus the tests that need it are skipped (see CORPUS_MISSING) and everything else runs.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const PAGES_DIR = resolve(ROOT, process.env.SHAREFEED_CORPUS ?? '../shared/fixtures/pages');

/** The real NewsBlur shared-stories feed (empty entries, a literal `None`, a saved error page). */
export const NEWSBLUR_FEED = join(PAGES_DIR, '..', 'feeds', 'newsblur-shared.atom');

/** The pages and the feed are looked for separately: mozilla/readability's folder holds the pages only. */
export const corpusAvailable = existsSync(PAGES_DIR);
export const newsblurAvailable = existsSync(NEWSBLUR_FEED);

/** The lines printed for what is absent (none when both are there). */
export const CORPUS_MISSING = [
  corpusAvailable
    ? ''
    : `Skipped: the tests over the real-page corpus (${PAGES_DIR} not found). Get it from mozilla/readability's ` +
      '`test/test-pages` folder and set SHAREFEED_CORPUS to its path.',
  newsblurAvailable
    ? ''
    : `Skipped: the import test of a real NewsBlur shared-stories feed (${NEWSBLUR_FEED} not found). Export your own ` +
      'blurblog (https://<you>.newsblur.com/ , its Atom feed) to that path.',
]
  .filter(Boolean)
  .join('\n');

export interface ExpectedMetadata {
  title: string;
  byline: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

export interface CorpusPage {
  name: string;
  source: string;
  expectedHtml: string;
  expected: ExpectedMetadata;
}

/** The corpus's page names, sorted; none when the corpus is absent. */
export function corpusPageNames(): string[] {
  if (!corpusAvailable) return [];
  return readdirSync(PAGES_DIR)
    .filter((name) => statSync(join(PAGES_DIR, name)).isDirectory())
    .sort();
}

export function readCorpusPage(name: string): CorpusPage {
  const read = (file: string) => readFileSync(join(PAGES_DIR, name, file), 'utf8');
  return { name, source: read('source.html'), expectedHtml: read('expected.html'), expected: JSON.parse(read('expected-metadata.json')) };
}
