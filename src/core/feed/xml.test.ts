import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { nastyText } from './test-arbitraries';
import { cleanText, inCdata, element, emptyElement, escapeAttr, escapeText } from './xml';

/** Parses `<a v="…">…</a>` strictly; returns the attribute and the text as an XML parser reads them. */
function parse(xml: string): { attr: string; text: string } {
  const parser = new SaxesParser();
  let attr = '';
  let text = '';
  parser.on('opentag', (tag) => (attr = String(tag.attributes.v ?? '')));
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return { attr, text };
}

describe('cleanText', () => {
  it('drops characters XML 1.0 forbids', () => {
    expect(cleanText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj')).toBe('abcdefghij');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(cleanText('x\uD800y\uDC00z\uD83C\uDF89\uDBFF')).toBe('xyz\uD83C\uDF89');
  });

  it('drops discouraged characters the W3C validator and strict HTML parsers flag', () => {
    expect(cleanText('a\u007Fb\u0080c\u0085d\u009Fe\uFDD0f\uFFFDg\uD83F\uDFFEh\uDBFF\uDFFFi')).toBe('abcdefghi');
  });

  it('keeps tab, line breaks and everything else', () => {
    const text = '\t\n\r é 日本 \u00A0 \u2028 \uD83C\uDF89 <&>"\'';
    expect(cleanText(text)).toBe(text);
  });

  it('returns only allowed characters, in order', () => {
    const allowed = /^[\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFC\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(nastyText(), (text) => {
        const clean = cleanText(text);
        expect(clean).toMatch(allowed);
        expect([...clean].every((c) => !/\p{Noncharacter_Code_Point}/u.test(c))).toBe(true);
        expect(cleanText(clean)).toBe(clean);
      }),
    );
  });
});

describe('escaping', () => {
  it('escapes markup once, with hex references for & and < in plain text', () => {
    expect(escapeText('a & b < c > d ]]> \r')).toBe('a &#x26; b &#x3C; c &gt; d ]]&gt; &#13;');
    expect(inCdata('<p>a &amp; b</p>')).toBe('<p>a &amp; b</p>');
    expect(inCdata('a]]>b')).toBe('a]]]]><![CDATA[>b');
    expect(escapeAttr('"a"\t<b>\n&\r')).toBe('&quot;a&quot;&#9;&lt;b&gt;&#10;&amp;&#13;');
  });

  it('builds elements, leaving out empty attributes', () => {
    expect(element('title', 'Q&A', { type: 'text', lang: '' })).toBe('<title type="text">Q&#x26;A</title>');
    expect(emptyElement('link', { rel: 'self', href: 'https://e.org/?a=1&b=2', type: '' })).toBe(
      '<link rel="self" href="https://e.org/?a=1&amp;b=2"/>',
    );
  });

  it('round-trips any text through a strict XML parser, minus dropped characters', () => {
    fc.assert(
      fc.property(nastyText(60), (text) => {
        // CDATA carries feed-ready text, which has no CR (XML parsers would turn CR LF into LF there).
        const feedReady = cleanText(text).replace(/\r/g, '');
        const parsed = parse(`<a v="${escapeAttr(text)}">${escapeText(text)}|<![CDATA[${inCdata(feedReady)}]]></a>`);
        expect(parsed.attr).toBe(cleanText(text));
        expect(parsed.text).toBe(`${cleanText(text)}|${feedReady}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets text close a CDATA section or an element', () => {
    fc.assert(
      fc.property(nastyText(60), (text) => {
        for (const escaped of [escapeText(text), escapeAttr(text)]) {
          expect(escaped).not.toMatch(/[<]|]]>/);
        }
      }),
    );
  });
});
