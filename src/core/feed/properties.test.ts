/**
 * Thousands of random, hostile shares, through the storage gate (as every stored share is) and then all three
 * writers: the XML is always well-formed (strict parser, namespaces checked), the JSON always valid, and titles,
 * comments and tags always come back exactly as written, minus only the characters no feed may carry.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { toStoredShare } from '../stored-share';
import { writeFeed, type FeedFormat } from './index';
import { readHtml } from './html-check';
import { anyShare } from './test-arbitraries';
import { TEST_SETTINGS } from './test-fixtures';
import { cleanText } from './xml';

interface ReadEntry {
  title: string;
  titleWasHtml?: boolean;
  content: string;
  tags: string[];
  link: string;
}

/** Reads entries with a strict, namespace-aware XML parser; throws on anything not well-formed. */
function readXml(xml: string, format: 'atom' | 'rss'): ReadEntry[] {
  const parser = new SaxesParser({ xmlns: true });
  const entries: ReadEntry[] = [];
  const path: string[] = [];
  let text = '';
  parser.on('error', (e) => {
    throw e;
  });
  let titleIsHtml = false;
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    text = '';
    if (tag.name === 'title') titleIsHtml = tag.attributes.type?.value === 'html';
    if (tag.name === (format === 'atom' ? 'entry' : 'item')) entries.push({ title: '', content: '', tags: [], link: '' });
    const entry = entries[entries.length - 1];
    if (format === 'atom' && tag.name === 'category' && entry) entry.tags.push(String(tag.attributes.term?.value));
    if (format === 'atom' && tag.name === 'link' && tag.attributes.rel?.value === 'alternate' && path.at(-2) === 'entry' && entry) {
      entry.link = String(tag.attributes.href?.value);
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', (tag) => {
    const entry = entries[entries.length - 1];
    const parent = path.at(-2);
    if (entry && (parent === 'entry' || parent === 'item')) {
      // A title of type html (text that looks like markup, escaped) is read as HTML, as a reader does.
      if (tag.name === 'title') {
        entry.title = titleIsHtml ? htmlText(text) : text;
        entry.titleWasHtml = titleIsHtml;
      }
      if (tag.name === 'content' || tag.name === 'content:encoded') entry.content = text;
      if (tag.name === 'category' && format === 'rss') entry.tags.push(text);
      if (tag.name === 'link') entry.link = text;
    }
    path.pop();
  });
  parser.write(xml).close();
  return entries;
}

function readJson(body: string): ReadEntry[] {
  const feed = JSON.parse(body) as { items: { title: string; content_html: string; tags?: string[]; url?: string }[] };
  return feed.items.map((i) => ({ title: i.title, content: i.content_html, tags: i.tags ?? [], link: i.url ?? '' }));
}

/** The comment as written in the content: the paragraphs before the "Shared from" line, read back to text. */
function commentOf(html: string): string {
  const head = html.slice(0, html.indexOf('<hr>'));
  const comment = head.slice(0, head.lastIndexOf('<p>'));
  if (!comment) return '';
  return comment
    .slice('<p>'.length, -'</p>'.length)
    .split('</p><p>')
    .join('\n\n')
    .replace(/<br>/g, '\n')
    .replace(/&(lt|gt|amp|quot|#92|#9|#10);/g, (_, name: string) => HTML_REFS[name]!);
}

/** HTML text as a browser decodes it: character references only (an escaped title holds no tags). */
const htmlText = (html: string) => readHtml(html).text.replace(/\r\n?/g, '\n');

const HTML_REFS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#92': '\\', '#9': '\t', '#10': '\n' };
const lineEnds = (text: string) => text.replace(/\r\n?/g, '\n');
const expectedTitle = (share: Share) => (cleanText(share.title).trim() ? cleanText(share.title) : null);
const expectedComment = (share: Share) => (lineEnds(cleanText(share.comment)).trim() ? lineEnds(cleanText(share.comment)) : '');

const shares = fc.array(anyShare, { minLength: 1, maxLength: 8 }).map((list) =>
  // Distinct ids and times, as stored shares have, so entries can be matched to shares after sorting.
  list.map((s, i) => toStoredShare({ ...s, id: `${i}-${s.id}`, sharedAt: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString() })),
);

function read(format: FeedFormat, body: string): ReadEntry[] {
  return format === 'json' ? readJson(body) : readXml(body, format);
}

describe.each(['atom', 'rss', 'json'] as const)('%s writer on arbitrary shares', (format) => {
  it('is always well-formed and gives back titles, comments and tags exactly', () => {
    fc.assert(
      fc.property(shares, fc.constantFrom('full' as const, 'summary' as const), (list, mode) => {
        const { body } = writeFeed(format, list, { ...TEST_SETTINGS, mode });
        const entries = read(format, body);
        expect(entries).toHaveLength(list.length);
        // The JSON is written as text, in exactly JSON.stringify's two-space layout.
        if (format === 'json') expect(body).toBe(`${JSON.stringify(JSON.parse(body), null, 2)}\n`);
        list.forEach((share, i) => {
          const entry = entries[i]!;
          const title = expectedTitle(share);
          // A title sent as HTML (it looked like markup) comes back as HTML parsers read text: line ends as LF.
          if (title !== null) expect(entry.title).toBe(entry.titleWasHtml ? lineEnds(title) : title);
          else expect(entry.title.trim()).not.toBe('');
          expect(commentOf(entry.content)).toBe(expectedComment(share));
          expect(entry.tags).toEqual(share.tags.map(cleanText).filter((t) => t.trim()));
        });
      }),
      { numRuns: 120 },
    );
  });

  it('never lets anything executable or unsafe through, in the content or the links', () => {
    fc.assert(
      fc.property(shares, (list) => {
        for (const entry of read(format, writeFeed(format, list, TEST_SETTINGS).body)) {
          if (entry.link) expect(entry.link).toMatch(/^https?:\/\/[^\s"<>]+$/);
          const { elements, errors } = readHtml(entry.content);
          expect(errors).toEqual([]);
          for (const { name, attrs } of elements) {
            expect(['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'base', 'meta', 'link']).not.toContain(name);
            for (const [attr, value] of Object.entries(attrs)) {
              expect(attr).not.toMatch(/^on|^style$|^srcset$/);
              if (['href', 'src', 'cite'].includes(attr)) expect(value).toMatch(/^(https?:|mailto:)/i);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
