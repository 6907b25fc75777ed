/**
 * Hostile article HTML, as a backup or import could carry it, must leave no trace in any format once it has
 * passed the storage gate that every share passes on its way in (core/stored-share.ts).
 */
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { toStoredShare } from '../stored-share';
import { readHtml } from './html-check';
import { writeFeed } from './index';
import { TEST_SETTINGS, sampleShares } from './test-fixtures';

const ATTACKS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://ok.example/x.png" onerror="alert(1)" style="x:expression(alert(1))">',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<a href="javascript:alert(1)">js</a>',
  '<a href="&#106;&#97;vascript:alert(1)">encoded</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href=" JavaScript:alert(1)">spaced</a>',
  '<a href="vbscript:alert(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<iframe src="https://evil.example/" onload="alert(1)"></iframe>',
  '<object data="https://evil.example/x.swf"><param name="x" value="alert(1)"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><input name="q" onfocus="alert(1)" autofocus><button formaction="javascript:alert(1)">go</button></form>',
  '<svg onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)">svg</a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<template><script>alert(1)</script></template>',
  '<xmp><script>alert(1)</script></xmp>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>@import "https://evil.example/x.css"; body{background:url(javascript:alert(1))}</style>',
  '<img srcset="javascript:alert(1) 1x" src="https://ok.example/y.png">',
  '<video poster="javascript:alert(1)" src="https://evil.example/v.mp4"></video>',
  '<div onmouseover="alert(1)">hover</div>',
  '<p>text ]]></content></entry><entry><title>forged</title></p>',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt; is written as text</p>'.replace(/alert\(1\)/, 'shown'),
];

const hostile: Share = toStoredShare({
  ...sampleShares()[0]!,
  title: 'Title </title><script>x</script> ]]> &amp;',
  comment: '</content><script>x</script> ]]>\n\n<img src=x onerror=x>',
  tags: ['</category><script>x</script>', '"><svg onload=x>'],
  article: { ...sampleShares()[0]!.article!, content: ATTACKS.join('\n'), image: 'javascript:alert(1)', favicon: 'javascript:alert(1)' },
});

const contentOf = {
  atom: (body: string) => parseAtomFeed(body).entries?.map((e) => e.content?.value ?? '') ?? [],
  rss: (body: string) => parseRssFeed(body).items?.map((i) => i.content?.encoded ?? '') ?? [],
  json: (body: string) => parseJsonFeed(JSON.parse(body)).items?.map((i) => i.content_html ?? '') ?? [],
};

describe.each(['atom', 'rss', 'json'] as const)('%s output of hostile shares', (format) => {
  const body = writeFeed(format, [hostile], TEST_SETTINGS).body;
  const [content] = contentOf[format](body);

  it('keeps the harmless parts', () => {
    expect(content).toContain('<p>styled</p>');
    expect(content).toContain('<a>js</a>');
    expect(content).toContain("<img src='https://ok.example/y.png'>");
    expect(content).toContain('&lt;script&gt;shown&lt;/script&gt; is written as text');
  });

  it('has no script, style, frame, plugin, form or foreign element and no event or style attribute', () => {
    const { elements } = readHtml(content!);
    const names = new Set(elements.map((e) => e.name));
    for (const banned of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'param',
      'form',
      'input',
      'button',
      'svg',
      'math',
      'template',
      'noscript',
      'xmp',
      'base',
      'meta',
      'link',
      'video',
    ]) {
      expect(names).not.toContain(banned);
    }
    for (const { attrs } of elements)
      expect(Object.keys(attrs).filter((a) => /^on|^style$|^srcset$|^poster$|formaction/.test(a))).toEqual([]);
  });

  it('carries no trace of the payloads anywhere in the file', () => {
    expect(body).not.toMatch(/alert\(1\)|javascript:|vbscript:|data:text|evil\.example/i);
  });

  it('cannot be broken out of: one entry, with the title and content it was given', () => {
    expect(body.match(format === 'json' ? /"id": "urn:uuid:/g : format === 'atom' ? /<entry[ >]/g : /<item>/g)).toHaveLength(1);
    expect(content).not.toMatch(/<entry|<title>forged/);
  });
});
