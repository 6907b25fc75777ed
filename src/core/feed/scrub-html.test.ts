import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPageNames, readCorpusPage } from '../test-pages';
import { literalTree, readHtml } from './html-check';
import { KEPT_ATTRIBUTES, KEPT_ELEMENTS } from './html-policy';
import { TEXT_ONLY_NOTE, scrubHtml } from './scrub-html';
import { nastyHtml } from './test-arbitraries';
import { cleanText } from './xml';

const BASE = 'https://site.example/dir/page';

/**
 * The gate's promise, checked against the HTML standard's parser rather than against ourselves: its output, parsed
 * by parse5 in a `<body>` as a browser parses it, is exactly the tree the output spells out (every element opened
 * and closed as written), parsing reports no error, and scrubbing the output again changes nothing.
 */
function expectStable(input: string): string {
  const out = scrubHtml(input, BASE);
  const parsed = readHtml(out);
  expect(parsed.errors).toEqual([]);
  expect(parsed.tree).toEqual(literalTree(out));
  expect(scrubHtml(out, BASE)).toBe(out);
  return out;
}

describe('scrubHtml', () => {
  it('keeps reading markup and drops everything else, contents of dangerous elements included', () => {
    expect(
      scrubHtml(
        '<div class="x" id="y"><h2 style="color:red">Title</h2><p onclick="x()">A <a href="https://e.org/?a=1&amp;b=2" target="_blank">link</a>' +
          '<script>alert("no")</script><style>p{}</style><iframe src="https://e.org/">frame text</iframe>' +
          '<svg><text>svg text</text></svg><math><mi>x</mi></math><!-- comment --><custom-el>kept text</custom-el></p></div>',
      ),
    ).toBe("<div><h2>Title</h2><p>A <a href='https://e.org/?a=1&amp;b=2'>link</a>kept text</p></div>");
  });

  it('keeps blocks HTML retired as the blocks they look like, so words stay apart', () => {
    expect(scrubHtml('<center>Title</center>Body<listing>a  b</listing><fieldset><legend>L</legend>x</fieldset>')).toBe(
      '<div>Title</div>Body<pre>a  b</pre><div><div>L</div>x</div>',
    );
    // A control between words leaves a space; a script, which takes no room, does not.
    expect(scrubHtml('one<select><option>o</option></select>two<script>x</script>three')).toBe('one twothree');
  });

  it('flattens markup nested deeper than Chromium keeps (512), so what is stored parses back to itself there too', () => {
    const out = scrubHtml(`${'<span>'.repeat(600)}deep`);
    expect(out.match(/<span>/g)).toHaveLength(400);
    expect(out).toContain('deep');
  });

  it('keeps only the text of markup nested absurdly deep (over 2,000), or of more than 500,000 elements, with a note', () => {
    expect(scrubHtml(`${'<div>'.repeat(1_999)}deep`)).toContain('deep</div>');
    expect(scrubHtml(`${'<div>'.repeat(2_001)}deep`)).toBe(`<p>deep</p><p><em>${TEXT_ONLY_NOTE}</em></p>`);
    expect(scrubHtml(`${'<b>'.repeat(3_000)}bold`)).toBe(`<p>bold</p><p><em>${TEXT_ONLY_NOTE}</em></p>`);
    expect(scrubHtml('<i>x</i>'.repeat(499_000))).toBe('<i>x</i>'.repeat(499_000));
    expect(scrubHtml('<i>x</i>'.repeat(500_001))).toBe(`<p>${'x'.repeat(500_001)}</p><p><em>${TEXT_ONLY_NOTE}</em></p>`);
  });

  it('drops a link that hides its real host behind a user name', () => {
    expect(scrubHtml('<a href="https://bank.example@evil.example/">x</a>')).toBe('<a>x</a>');
  });

  it('charges a parser bomb’s copied attributes too, and keeps only its text, quickly', () => {
    const html = `<p><a href="https://e.org/${'x'.repeat(20_000)}">` + '<p>x'.repeat(5_000);
    expect(scrubHtml(html)).toBe(`${'<p>x</p>'.repeat(5_000)}<p><em>${TEXT_ONLY_NOTE}</em></p>`);
  });

  it('builds the tree a browser builds: a form closes the paragraph, and so the later </p> makes an empty one', () => {
    expect(scrubHtml('<p>a<form><input value="v"><button>b</button></form>c</p>')).toBe('<p>a</p>c<p></p>');
    expect(scrubHtml('<p>a<div>b</div>c</p>')).toBe('<p>a</p><div>b</div>c<p></p>');
  });

  it('keeps only http(s) URLs with a host, and mailto: for links, as the WHATWG URL parser reads them', () => {
    const out = scrubHtml(
      '<a href="javascript:alert(1)">1</a><a href="&#106;avascript:x">2</a><a href=" JAVASCRIPT:x">3</a>' +
        '<a href="data:text/html,x">4</a><a href="mailto:a@e.org">6</a><img src="https://e.org/i.png" alt="i">' +
        '<img src="javascript:x" alt="gone"><a href=" https://E.org/x ">7</a><q cite="https://e.org/">q</q><img src="mailto:a@e.org">',
    );
    expect(out).toBe(
      "<a>1</a><a>2</a><a>3</a><a>4</a><a href='mailto:a@e.org'>6</a><img src='https://e.org/i.png' alt='i'>" +
        "<a href='https://e.org/x'>7</a><q cite='https://e.org/'>q</q>",
    );
  });

  it('drops URLs the URL parser rejects, which the reader would drop too (invalid port, space in host, bad escape)', () => {
    expect(scrubHtml('<a href="https://e.org:99999/">a</a><a href="http://a b/">b</a><a href="https://%zz/">c</a>')).toBe(
      '<a>a</a><a>b</a><a>c</a>',
    );
  });

  it('resolves relative links and images against the share’s address, and drops them without one', () => {
    const html = '<a href="/rel">r</a><img src="../i.png" alt=""><a href="?q=1">q</a><a href="//cdn.example/x">p</a>';
    expect(scrubHtml(html, BASE)).toBe(
      "<a href='https://site.example/rel'>r</a><img src='https://site.example/i.png' alt=''>" +
        "<a href='https://site.example/dir/page?q=1'>q</a><a href='https://cdn.example/x'>p</a>",
    );
    expect(scrubHtml(html)).toBe('<a>r</a><a>q</a><a>p</a>');
  });

  it('escapes text exactly once, decoding every named reference HTML has (not only HTML 4’s)', () => {
    expect(scrubHtml('a &amp; b &lt;c&gt; &#60;script&#62; &eacute; &#x1F600; &#150; &bogus; 1 < 2 > 0 & &check; &NotEqualTilde;')).toBe(
      'a &amp; b &lt;c&gt; &lt;script&gt; é 😀 – &amp;bogus; 1 &lt; 2 &gt; 0 &amp; ✓ ≂̸',
    );
  });

  it('drops characters XML and strict HTML parsers reject, including ones smuggled in as references', () => {
    expect(scrubHtml('a\u0000b\u0001c\u000Bd\uD800e\uFFFEf\u0085g&#0;h&#xD800;i&#1;j&#x10FFFF;k\r\nl')).toBe('abcdefghijk&#10;l');
  });

  it('nests as a parser does and closes every element explicitly', () => {
    expect(scrubHtml('<p><b>a<div>b</div></b>')).toBe('<p><b>a</b></p><div><b>b</b></div>');
    expect(scrubHtml('<ul><li>1<li>2<li><span>3<li>4</ul>')).toBe('<ul><li>1</li><li>2</li><li><span>3</span></li><li>4</li></ul>');
    expect(scrubHtml('<dl><dt>a<dd>b<dt>c</dl>')).toBe('<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>');
    expect(scrubHtml('<h1>a<h2>b</h2></h1>')).toBe('<h1>a</h1><h2>b</h2>');
    expect(scrubHtml('<a href="https://e.org/1">1<a href="https://e.org/2">2</a></a>')).toBe(
      "<a href='https://e.org/1'>1</a><a href='https://e.org/2'>2</a>",
    );
    expect(scrubHtml('<div><span>unclosed')).toBe('<div><span>unclosed</span></div>');
    expect(scrubHtml('</p></div>text</b>')).toBe('<p></p>text');
  });

  it('moves text misplaced in a table before it, and adds the row groups a parser adds', () => {
    expect(scrubHtml('<table>x<td>1</td><tr><th>h</table>')).toBe('x<table><tbody><tr><td>1</td></tr><tr><th>h</th></tr></tbody></table>');
    expect(scrubHtml('<td>cell without table</td><tr>')).toBe('cell without table');
    expect(scrubHtml('<table><caption>c</caption><tbody><tr><td><p>a<td>b</table>')).toBe(
      '<table><caption>c</caption><tbody><tr><td><p>a</p></td><td>b</td></tr></tbody></table>',
    );
  });

  it('reads markup exactly as browsers do where the old hand-written reader lost or invented text', () => {
    // An `=` right after a quoted attribute starts a new attribute; the text after the tag is kept.
    expect(expectStable("<aside x='1'='>' / >text</aside>")).toBe("<aside>' / &gt;text</aside>");
    // `<svg/ >` and `<svg><p>`: the SVG goes, what follows stays.
    expect(expectStable('<svg/ >after<p>para</p>')).toBe('<p>para</p>');
    expect(expectStable('<svg><p>in svg p</p>more')).toBe('<p>in svg p</p>more');
    // `<h\x11>` is an unknown element named "h\x11", not an h1.
    expect(expectStable('<h\u0011>x')).toBe('x');
    // Ruby: a second `<rt>` closes the first.
    expect(expectStable('<ruby><rt>a<rt>b</ruby>')).toBe('<ruby><rt>a</rt><rt>b</rt></ruby>');
    // A frameset in a body is ignored, not a crash.
    expect(expectStable('<frameset><p>x')).toBe('<p>x</p>');
  });

  it('reads tags the way the HTML tokenizer does: quotes, raw text, comments, self-closing foreign elements', () => {
    expect(scrubHtml('<p title="a>b">x</p>')).toBe("<p title='a&gt;b'>x</p>");
    expect(scrubHtml('<script>document.write("</p>")</script>after')).toBe('after');
    expect(scrubHtml('<style>a</style >b<textarea><p>c</textarea>d')).toBe('b d');
    expect(scrubHtml('<!-- <p>hidden</p> -->shown<!-->also<!--->too')).toBe('shownalsotoo');
    expect(scrubHtml('<svg/><b>after svg</b><svg><svg/>in</svg>out')).toBe('<b>after svg</b>out');
    expect(scrubHtml('<p>ok<img src="https://e.org/x" alt="never closed')).toBe('<p>ok</p>');
    expect(scrubHtml('before<plaintext><p>everything after')).toBe('before<pre>&lt;p&gt;everything after</pre>');
    expect(scrubHtml('<pre>\r\ncode</pre><pre><script></script>\nkept break</pre>')).toBe('<pre>code</pre><pre>&#10;&#10;kept break</pre>');
  });

  it('keeps the first of duplicate attributes and only well-formed values', () => {
    expect(scrubHtml('<table><tr><td colspan="2" colspan="3" rowspan="x" dir="sideways" lang="en">c</td></tr></table>')).toBe(
      "<table><tbody><tr><td colspan='2' lang='en'>c</td></tr></tbody></table>",
    );
    expect(scrubHtml('<ol reversed start="3"><li value="2">x</li></ol>')).toBe("<ol reversed start='3'><li value='2'>x</li></ol>");
  });

  it('keeps the text of markup that would make a parser clone formatting elements without end, with a note', () => {
    const bomb = `<p>${Array.from({ length: 300 }, (_, i) => `<b id=${i}>`).join('')}${'<p>word'.repeat(200)}`;
    const out = expectStable(bomb);
    expect(out).toBe(`${'<p>word</p>'.repeat(200)}<p><em>${TEXT_ONLY_NOTE}</em></p>`);
  });

  it('is empty for markup with nothing to show', () => {
    expect(scrubHtml('<script>x()</script><p> </p><div>\n\t</div>')).toBe('');
    expect(scrubHtml('<img src="https://e.org/x.png" alt="">')).toBe("<img src='https://e.org/x.png' alt=''>");
  });

  describe('on arbitrary input (an HTML soup with foreign content, ruby, tables, comments, raw text, broken attributes)', () => {
    it('writes only kept elements and attributes, and only safe URLs', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const { elements } = readHtml(scrubHtml(html, BASE));
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

    it('parses, as a browser would, into exactly the tree it spells out, and is a fixed point', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => void expectStable(html)),
        { numRuns: 2000 },
      );
    });

    it('writes feed-ready HTML: nothing a CDATA section or a JSON string would have to escape', () => {
      fc.assert(
        fc.property(nastyHtml, (html) => {
          const out = scrubHtml(html, BASE);
          expect(out).not.toMatch(/["\\\0-\x1f\x7f-\x9f]|]]>/);
          expect(cleanText(out)).toBe(out);
          expect(JSON.parse(`"${out}"`)).toBe(out);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('on real pages', () => {
    const own = new URL('../../../test-pages/', import.meta.url);
    it.each(readdirSync(own).filter((name) => !name.includes('.')))('test-pages/%s, hostile ones included', (name) => {
      expectStable(readFileSync(new URL(`${name}/source.html`, own), 'utf8'));
    });

    const corpus = corpusPageNames();
    it.skipIf(corpus.length === 0)('every page of the corpus, as source and as Readability’s article', () => {
      for (const name of corpus) {
        const { source, expectedHtml } = readCorpusPage(name);
        expectStable(source);
        expectStable(expectedHtml);
      }
    });
  });
});
