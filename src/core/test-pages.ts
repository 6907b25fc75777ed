/**
 * The 78 real web pages of ../shared/fixtures/pages (test data, read in Node): each page's source and what
 * Readability is expected to make of it. The one place tests, the E2E server and the benchmarks find them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../../shared/fixtures/pages', import.meta.url));

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

export function corpusPageNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => statSync(join(PAGES_DIR, name)).isDirectory())
    .sort();
}

export function readCorpusPage(name: string): CorpusPage {
  const read = (file: string) => readFileSync(join(PAGES_DIR, name, file), 'utf8');
  return { name, source: read('source.html'), expectedHtml: read('expected.html'), expected: JSON.parse(read('expected-metadata.json')) };
}
