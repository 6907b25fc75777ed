/** ImportDeps for tests (not shipped): jsdom's DOMParser, the storage gate and canonical URL, a counter and a fixed clock. */
import { JSDOM } from 'jsdom';
import { canonicalUrl } from '../core/canonical-url';
import { scrubForStorage } from '../core/stored-share';
import type { ImportDeps } from './types';

export const TEST_NOW = '2026-06-01T12:00:00.000Z';

export function testDeps(): ImportDeps {
  const { window } = new JSDOM('');
  const parser = new window.DOMParser();
  let n = 0;
  return {
    parseXml: (text) => parser.parseFromString(text, 'application/xml'),
    parseHtml: (text) => parser.parseFromString(text, 'text/html'),
    sanitize: (html, baseUrl) => scrubForStorage(html, baseUrl),
    canonicalUrl: (url) => canonicalUrl(url),
    newId: () => `import-${++n}`,
    now: () => TEST_NOW,
  };
}

/** A fixture from test-imports/. */
export async function fixture(name: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL(`../../test-imports/${name}`, import.meta.url), 'utf8');
}
