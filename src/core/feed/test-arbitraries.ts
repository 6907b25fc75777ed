/** fast-check generators for the feed tests: text and HTML as hostile as the web, and shares built from them. */
import fc from 'fast-check';
import type { Article, Capture, Share } from '../share';

/** Characters that break naive writers: XML-illegal and discouraged ones, markup, breakouts, line ends, astral. */
const NASTY = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uFDD0',
  '\uD83F\uDFFE',
  '\uD83C\uDF89',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '</content>',
  '</title>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F;',
  '&nbsp;',
  '<![CDATA[',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\t',
  ' ',
  'é',
  '日本',
  'ש',
  '\u2028',
];

/**
 * Any single code point, lone surrogates included, biased to ASCII and the BMP. (fast-check's own 'binary' unit
 * takes seconds to set up in every test worker.)
 */
export const anyCodePoint: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

export const nastyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: anyCodePoint, maxLength }),
    fc.string({ unit: fc.constantFrom(...NASTY), maxLength: Math.ceil(maxLength / 3) }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...NASTY), fc.string({ minLength: 1, maxLength: 4 })), maxLength }),
  );

const READING_TAGS = [
  'p',
  'div',
  'a',
  'img',
  'b',
  'em',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'caption',
  'h1',
  'h2',
  'pre',
  'blockquote',
  'br',
  'hr',
  'dl',
  'dd',
  'dt',
  'figure',
  'span',
  'IMG',
  'A',
  'Div',
  'x-custom',
  'font',
  'center',
  'ruby',
  'rt',
  'rp',
  'rb',
  'rtc',
  'h3',
  'marquee',
  'nobr',
  'listing',
  'thead',
  'tfoot',
  'colgroup',
  'col',
  'nav',
  'details',
  'summary',
  'q',
  'time',
  'picture',
  'label',
];
/** Tags whose contents are dropped, some of them up to the end of input; rarer, or little else would be tested. */
const HOSTILE_TAGS = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'SCRIPT',
  'ScRiPt',
  'foreignObject',
  'base',
  'meta',
  'link',
  'video',
  'source',
  'select',
  'option',
  'frameset',
  'desc',
  'mi',
  'annotation-xml',
  'image',
];
const TAGS = [...READING_TAGS, ...HOSTILE_TAGS];
const tagName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...READING_TAGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TAGS) },
);

const URLS = [
  'https://example.org/a?b=1&c=2',
  'http://example.org/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '/relative',
  '//evil.example/',
  'mailto:a@example.org',
  'https://example.org/"onmouseover="alert(1)',
  '',
  'https://ex ample.org/',
];

const attribute: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('href', 'src', 'cite', 'HREF', 'SrC', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'),
      fc.constantFrom(...URLS),
    )
    .map(([name, url]) => ` ${name}="${url}"`),
  fc.constantFrom(
    ' onerror="alert(1)"',
    ' onclick=alert(1)',
    ' ONLOAD="x"',
    ' style="background:url(javascript:alert(1))"',
    ' class="c"',
    ' id="i"',
    ' title="t &quot; t"',
    " alt='a > b'",
    ' width="10"',
    ' colspan="2"',
    ' lang="en"',
    ' dir="rtl"',
    ' href',
    ' =x',
    ' a"b=c',
    ' reversed',
    ' start="3"',
    ' title=a&amp;b',
    ' ALT="x"',
    " x='1'='>'",
    ' / ',
    ' a=b"c',
    " lang='en'/",
    ' encoding="text/html"',
    ' href="https://e.org:99999/"',
    ' href="http://a b/"',
    ' href="https://%zz/"',
    ' src="https://example.org/i.png"',
  ),
  nastyText(8).map((v) => ` title="${v.replace(/"/g, '')}"`),
);

const startTag = fc
  .tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([tag, attrs, selfClosing]) => `<${tag}${attrs.join('')}${selfClosing ? '/' : ''}>`);
const endTag = fc.oneof({ weight: 4, arbitrary: tagName }, { weight: 1, arbitrary: fc.constantFrom(...TAGS) }).map((tag) => `</${tag}>`);
const markupBits = fc.constantFrom(
  '<!--',
  '-->',
  '<!-- c -->',
  '<!---->',
  '<!-->',
  '<!DOCTYPE html>',
  '<?xml x?>',
  '<![CDATA[x]]>',
  '</',
  '<',
  '>',
  '</>',
  '< p>',
  '<p',
  '&',
  '&amp;',
  '&#60;script&#62;',
  '&#0;',
  '&#128;',
  '&#xD800;',
  '&eacute;',
  '&bogus;',
  "<p x='unterminated",
  '<svg/ >',
  '<h\u0011>',
  '&check;',
  '&notit;',
  '&NotEqualTilde;',
  '<!-- x -->',
  '<table><tr><td>',
  '<ruby><rt>a<rt>b</ruby>',
);

/** HTML fragments mixing allowed, dangerous and broken markup with hostile text. */
export const nastyHtml: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: startTag },
      { weight: 3, arbitrary: endTag },
      { weight: 1, arbitrary: markupBits },
      { weight: 3, arbitrary: nastyText(12) },
    ),
    { maxLength: 60, size: 'medium' },
  )
  .map((parts) => parts.join(''));

const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString());

const article: fc.Arbitrary<Article> = fc.record({
  content: nastyHtml,
  excerpt: nastyText(),
  byline: fc.option(nastyText(20)),
  siteName: fc.option(nastyText(20)),
  lang: fc.option(fc.constantFrom('en', 'pt-BR', 'zh_CN', 'not a tag', '')),
  publishedAt: fc.option(isoDate),
  modifiedAt: fc.option(isoDate),
  image: fc.option(fc.constantFrom(...URLS, 'https://example.org/i.png')),
  favicon: fc.option(fc.constantFrom(...URLS)),
  wordCount: fc.nat(),
  truncated: fc.boolean(),
});

export const anyShare: fc.Arbitrary<Share> = fc
  .record({
    id: fc.oneof(fc.uuid(), nastyText(10)),
    url: fc.constantFrom(...URLS, 'https://example.org/story', 'https://www.example.com/a/b?c=d#e'),
    title: nastyText(),
    comment: nastyText(80),
    tags: fc.array(nastyText(10), { maxLength: 4 }),
    sharedAt: isoDate,
    updatedAt: isoDate,
    capture: fc.constantFrom<Capture>('article', 'selection', 'description', 'link'),
    article: fc.option(article, { freq: 4 }),
  })
  .map((s) => ({ ...s, canonicalUrl: s.url }));
