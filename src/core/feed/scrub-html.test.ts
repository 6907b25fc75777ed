import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html-check';
import { scrubHtml } from './scrub-html';
import { nastyHtml } from './test-arbitraries';
import { cleanText } from './xml';

const KEPT_ELEMENTS = new Set(
  (
    'a abbr address article aside b bdi blockquote br caption cite code data dd del details dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q rp rt ruby s ' +
    'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const KEPT_ATTRIBUTES = new Set(
  'title lang dir href src alt width height colspan rowspan scope abbr start reversed type value cite datetime open'.split(' '),
);

/**
 * What parse5 should write back for our output: the same in its serializer's style, minus the tbody it implies in
 * tables and the line break we double at the start of a `pre` (parsers drop one there; parse5 does not add it back).
 */
const expectedReserialized = (html: string) =>
  html
    .replace(/<\/?tbody>/g, '')
    .replace(/<pre([^>]*)>&#10;/g, '<pre$1>')
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 ? parse5Tag(part) : plain(part)))
    .join('');

/** Our feed-ready escapes (html-text.ts) as the characters parse5's serializer writes literally. */
const PLAIN: Record<string, string> = { '&#10;': '\n', '&#9;': '\t', '&quot;': '"', '&#92;': '\\', '&#39;': "'" };
const plain = (text: string) => text.replace(/&#10;|&#9;|&quot;|&#92;|&#39;/g, (ref) => PLAIN[ref]!);

/** A tag of ours in parse5's style: double-quoted values, `"` escaped, booleans as `=""`. */
const parse5Tag = (tag: string) =>
  tag.replace(/ ([a-z]+)(?:='([^']*)')?/g, (_, name: string, value = '') => ` ${name}="${plain(value).replace(/"/g, '&quot;')}"`);

describe('scrubHtml', () => {
  it('keeps reading markup and drops everything else, contents of dangerous elements included', () => {
    expect(
      scrubHtml(
        '<div class="x" id="y"><h2 style="color:red">Title</h2><p onclick="x()">A <a href="https://e.org/?a=1&amp;b=2" target="_blank">link</a>' +
          '<script>alert("no")</script><style>p{}</style><iframe src="https://e.org/">frame text</iframe>' +
          '<svg><text>svg text</text></svg><math><mi>x</mi></math><form><input value="v"><button>b</button></form>' +
          '<!-- comment --><custom-el>kept text</custom-el></p></div>',
      ),
    ).toBe("<div><h2>Title</h2><p>A <a href='https://e.org/?a=1&amp;b=2'>link</a>kept text</p></div>");
  });

  it('keeps only absolute http(s) and mailto URLs, after decoding references as a browser would', () => {
    const out = scrubHtml(
      '<a href="javascript:alert(1)">1</a><a href="&#106;avascript:x">2</a><a href=" JAVASCRIPT:x">3</a>' +
        '<a href="data:text/html,x">4</a><a href="/rel">5</a><a href="mailto:a@e.org">6</a><img src="https://e.org/i.png" alt="i">' +
        '<img src="javascript:x" alt="gone"><a href=" https://e.org/x ">7</a><q cite="https://e.org/">q</q>',
    );
    expect(out).toBe(
      "<a>1</a><a>2</a><a>3</a><a>4</a><a>5</a><a href='mailto:a@e.org'>6</a><img src='https://e.org/i.png' alt='i'>" +
        "<a href='https://e.org/x'>7</a><q cite='https://e.org/'>q</q>",
    );
  });

  it('escapes text exactly once, decoding references first', () => {
    expect(scrubHtml('a &amp; b &lt;c&gt; &#60;script&#62; &eacute; &#x1F600; &#150; &bogus; 1 < 2 > 0 &')).toBe(
      'a &amp; b &lt;c&gt; &lt;script&gt; é 😀 – &amp;bogus; 1 &lt; 2 &gt; 0 &amp;',
    );
  });

  it('drops characters XML and strict HTML parsers reject, including ones smuggled in as references', () => {
    expect(scrubHtml('a\u0000b\u0001c\u000Bd\uD800e\uFFFEf\u0085g&#0;h&#xD800;i&#1;j&#x10FFFF;k\r\nl')).toBe('abcdefghijk&#10;l');
  });

  it('nests the way an HTML parser would, closing explicitly what it would close implicitly', () => {
    expect(scrubHtml('<p>a<div>b</div>c</p>')).toBe('<p>a</p><div>b</div>c');
    expect(scrubHtml('<p><b>a<div>b</div></b>')).toBe('<p><b>a</b></p><div>b</div>');
    expect(scrubHtml('<ul><li>1<li>2<li><span>3<li>4</ul>')).toBe('<ul><li>1</li><li>2</li><li><span>3</span></li><li>4</li></ul>');
    expect(scrubHtml('<dl><dt>a<dd>b<dt>c</dl>')).toBe('<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>');
    expect(scrubHtml('<h1>a<h2>b</h2></h1>')).toBe('<h1>a</h1><h2>b</h2>');
    expect(scrubHtml('<a href="https://e.org/1">1<a href="https://e.org/2">2</a></a>')).toBe(
      "<a href='https://e.org/1'>1</a><a href='https://e.org/2'>2</a>",
    );
    expect(scrubHtml('<div><span>unclosed')).toBe('<div><span>unclosed</span></div>');
    expect(scrubHtml('</p></div>text</b>')).toBe('text');
  });

  it('repairs tables: rows in tables, cells in rows, stray text in a cell', () => {
    expect(scrubHtml('<table>x<td>1</td><tr><th>h</table>')).toBe('<table><tr><td>x</td><td>1</td></tr><tr><th>h</th></tr></table>');
    expect(scrubHtml('<td>cell without table</td><tr>')).toBe('cell without table');
    expect(scrubHtml('<table><caption>c</caption><tbody><tr><td><p>a<td>b</table>')).toBe(
      '<table><caption>c</caption><tbody><tr><td><p>a</p></td><td>b</td></tr></tbody></table>',
    );
  });

  it('reads tags the way the HTML tokenizer does: quotes, raw text, comments, self-closing foreign elements', () => {
    expect(scrubHtml('<p title="a>b">x</p>')).toBe("<p title='a&gt;b'>x</p>");
    expect(scrubHtml('<script>document.write("</p>")</script>after')).toBe('after');
    expect(scrubHtml('<style>a</style >b<textarea><p>c</textarea>d')).toBe('bd');
    expect(scrubHtml('<!-- <p>hidden</p> -->shown<!-->also<!--->too')).toBe('shownalsotoo');
    expect(scrubHtml('<svg/><b>after svg</b><svg><svg/>in</svg>out')).toBe('<b>after svg</b>out');
    expect(scrubHtml('<p>ok<img src="https://e.org/x" alt="never closed')).toBe('<p>ok</p>');
    expect(scrubHtml('before<plaintext><p>everything after')).toBe('before');
    expect(scrubHtml('<pre>\r\ncode</pre><pre><script></script>\nkept break</pre>')).toBe('<pre>code</pre><pre>&#10;&#10;kept break</pre>');
  });

  it('keeps the first of duplicate attributes and only well-formed values', () => {
    expect(scrubHtml('<td colspan="2" colspan="3" rowspan="x">c</td>')).toBe('c');
    expect(scrubHtml('<table><tr><td colspan="2" colspan="3" rowspan="x" dir="sideways" lang="en">c</td></tr></table>')).toBe(
      "<table><tr><td colspan='2' lang='en'>c</td></tr></table>",
    );
    expect(scrubHtml('<ol reversed start="3"><li value="2">x</li></ol>')).toBe("<ol reversed start='3'><li value='2'>x</li></ol>");
  });

  describe('on arbitrary input', () => {
    it('writes only allowed elements and attributes, and only safe URLs', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const { elements } = readHtml(scrubHtml(html));
          for (const { name, attrs } of elements) {
            expect(KEPT_ELEMENTS).toContain(name);
            for (const [attr, value] of Object.entries(attrs)) {
              expect(KEPT_ATTRIBUTES).toContain(attr);
              if (['href', 'src', 'cite'].includes(attr)) expect(value).toMatch(/^(https?:\/\/[^\s/?#]|mailto:\S)/i);
            }
          }
        }),
        { numRuns: 1500 },
      );
    });

    it('parses without errors, into exactly the structure it spells out', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const out = scrubHtml(html);
          const report = readHtml(out);
          expect(report.errors).toEqual([]);
          expect(report.reserialized.replace(/<\/?tbody>/g, '').replace(/&nbsp;/g, '\u00A0')).toBe(expectedReserialized(out));
        }),
        { numRuns: 1500 },
      );
    });

    it('is a fixed point: scrubbing its own output changes nothing (nothing is escaped twice)', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const once = scrubHtml(html);
          expect(scrubHtml(once)).toBe(once);
        }),
        { numRuns: 1000 },
      );
    });

    it('writes feed-ready HTML: nothing a CDATA section or a JSON string would have to escape', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const out = scrubHtml(html);
          expect(out).not.toMatch(/["\\\0-\x1f\x7f-\x9f]|]]>/);
          expect(cleanText(out)).toBe(out);
          expect(JSON.parse(`"${out}"`)).toBe(out);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
