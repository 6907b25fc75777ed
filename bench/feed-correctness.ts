/**
 * Correctness of each writer on hostile input (the property tests' arbitrary shares: control characters, lone
 * surrogates, `]]>`, markup in titles): how many feeds are well-formed XML / valid JSON, and how many give every
 * title back exactly (minus the characters XML 1.0 cannot carry).
 */
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { SaxesParser } from 'saxes';
import type { FeedFormat } from '../src/core/feed/index';
import { anyShare } from '../src/core/feed/test-arbitraries';
import { cleanText } from '../src/core/feed/xml';
import { toStoredShare } from '../src/core/stored-share';
import { BENCH_SETTINGS } from './bench-settings';
import { WRITERS } from './feed-writers';

const SAMPLES = 300;

/** The text a reader shows for an HTML text construct (Atom `type="html"`): the markup's text, parsed as HTML. */
type ChildNode = DefaultTreeAdapterMap['childNode'];

function shownText(html: string): string {
  const text = (nodes: ChildNode[]): string =>
    nodes
      .map((node) => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? text(node.childNodes) : ''))
      .join('');
  return text(parseFragment(html).childNodes);
}

/** Entry titles as a strict XML parser and then a reader read them; throws when the document is not well-formed. */
function xmlTitles(xml: string, entryTag: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const titles: string[] = [];
  const html: boolean[] = [];
  const path: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.local);
    if (tag.local === 'title' && path.at(-2) === entryTag) {
      titles.push('');
      html.push(tag.attributes.type?.value === 'html');
    }
  });
  const addText = (text: string) => {
    if (path.at(-1) === 'title' && path.at(-2) === entryTag) titles[titles.length - 1] += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => path.pop());
  parser.write(xml).close();
  return titles.map((title, i) => (html[i] ? shownText(title) : title));
}

function readTitles(format: FeedFormat, body: string): string[] {
  if (format === 'json') return (JSON.parse(body) as { items: { title?: string }[] }).items.map((i) => i.title ?? '');
  return xmlTitles(body, format === 'atom' ? 'entry' : 'item');
}

export function feedCorrectness(): string[] {
  // Every writer gets the shares as the extension holds them: through the storage gate, which cleans articles.
  const samples = fc
    .sample(fc.array(anyShare, { minLength: 1, maxLength: 3 }), { numRuns: SAMPLES, seed: 4287 })
    .map((shares) => shares.map(toStoredShare));
  const lines = [`Correctness on ${SAMPLES} hostile feeds (well-formed or valid / every title back exactly)`];
  for (const [name, write] of Object.entries(WRITERS)) {
    const cells = (['atom', 'rss', 'json'] as const).map((format) => {
      let parsed = 0;
      let exact = 0;
      for (const shares of samples) {
        // Unique ids and dates; titles with nothing a feed can carry are left out (every writer may name those).
        const unique = shares
          .filter((s) => cleanText(s.title).trim())
          .map((s, i) => ({ ...s, id: `00000000-0000-4000-8000-00000000000${i}`, sharedAt: `2026-01-0${i + 1}T00:00:00.000Z` }));
        if (!unique.length) unique.push({ ...shares[0]!, title: 'Plain title', id: '00000000-0000-4000-8000-000000000000' });
        try {
          const titles = readTitles(format, write(format, unique, BENCH_SETTINGS));
          parsed++;
          const want = unique.map((s) => cleanText(s.title).replace(/\s+/g, ' ').trim()).sort();
          const got = titles.map((t) => t.replace(/\s+/g, ' ').trim()).sort();
          if (JSON.stringify(got) === JSON.stringify(want)) exact++;
        } catch {
          // not well-formed (or the writer threw): counted as a failure
        }
      }
      return `${format} ${parsed}/${SAMPLES} · ${exact}/${SAMPLES}`;
    });
    lines.push(`  ${name.padEnd(10)} ${cells.join('   ')}`);
  }
  return lines;
}
