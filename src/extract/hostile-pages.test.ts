/**
 * Hostile markup through the whole capture — the extractor in the page, then the storage gate the background passes
 * every capture through before anyone sees it (core/captured-page.ts toStoredPage): whatever a page holds (scripts,
 * handlers, script URLs, SVG, MathML, frames, forms, styles, mutation-XSS payloads), every stored capture — the
 * article and each alternative — is inert reading markup with http(s)/mailto URLs only, it parses into the tree it
 * spells out, and gating it again changes nothing. The pages are test-pages/hostile-*; the payloads only set
 * `self.xss`, so they are harmless in a real browser too.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toStoredPage } from '../core/captured-page';
import { literalTree, readHtml } from '../core/feed/html-check';
import { scrubHtml } from '../core/feed/scrub-html';
import { extractPage } from './extract-page';
import type { CapturedPage } from './types';

const ORIGIN = 'http://127.0.0.1:4321';
const quiet = new VirtualConsole();

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'noscript',
  'noembed',
  'xmp',
  'template',
  'base',
  'meta',
  'link',
  'title',
  'video',
  'audio',
  'source',
  'picture',
  'use',
  'foreignobject',
  'mglyph',
  'mtext',
  'isindex',
]);
const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'srcset', 'ping']);

/** Every problem with stored HTML, as readable strings: an empty list means safe. Walks a real parse, not regexes. */
const parser = new JSDOM('').window;

function problemsOf(content: string, { render = false } = {}): string[] {
  const problems: string[] = [];
  const document = parser.document.implementation.createHTMLDocument('');
  document.body.innerHTML = content;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${el.namespaceURI}`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') problems.push(`${name}= on <${tag}>`);
      // What a URL parser would see: control characters and whitespace are dropped inside the scheme.
      if (/^(?:javascript|vbscript|data|blob|file):/i.test(value.replace(/[\u0000-\u0020]+/g, ''))) problems.push(`${name}="${value}"`);
      if (!URL_ATTRS.has(name)) continue;
      let protocol = '';
      try {
        protocol = new URL(value).protocol;
      } catch {
        problems.push(`relative or broken ${name}="${value}"`);
      }
      const allowed = protocol === 'http:' || protocol === 'https:' || (name === 'href' && protocol === 'mailto:');
      if (protocol && !allowed) problems.push(`${name}="${value}"`);
    }
  }
  // Mutation XSS: markup that means something else once parsed again. The standard's parser must build exactly
  // the tree the stored markup spells out, and the gate must leave it as it is.
  if (JSON.stringify(readHtml(content).tree) !== JSON.stringify(literalTree(content))) problems.push('not the tree it spells out');
  if (scrubHtml(content, `${ORIGIN}/`) !== content) problems.push('a second pass through the gate changes it');
  if (!render) return problems;
  // Rendered where scripts run, nothing runs (inline scripts would; handlers need loads jsdom does not do).
  const live = new JSDOM(`<!doctype html><body>${content}`, { runScripts: 'dangerously', virtualConsole: quiet });
  if ((live.window as unknown as { xss?: unknown }).xss !== undefined) problems.push('a script ran');
  live.window.close();
  return problems;
}

function storedContents(page: CapturedPage): { capture: string; content: string }[] {
  return [{ capture: page.capture, article: page.article }, ...page.alternatives]
    .filter((c) => c.article !== null)
    .map((c) => ({ capture: c.capture, content: c.article!.content }));
}

/**
 * jsdom has no SVGScriptElement, so an SVG `<script>` has no `.type` there; Chromium and Firefox have one. The
 * safety tests add it, to look at what the extractor stores rather than at that gap (tested on its own below).
 */
function withSvgScriptType(window: Window): void {
  const proto = (window as unknown as { SVGElement: { prototype: object } }).SVGElement.prototype;
  if (!('type' in proto))
    Object.defineProperty(proto, 'type', {
      get(this: Element) {
        return this.getAttribute('type') ?? '';
      },
    });
}

/** The page with scripting off (jsdom's default) or on (as Chromium parses: `<noscript>` holds raw text). */
function load(html: string, url: string, scripting: boolean): Document {
  const dom = new JSDOM(html, { url, virtualConsole: quiet, ...(scripting ? { runScripts: 'dangerously' as const } : {}) });
  withSvgScriptType(dom.window as unknown as Window);
  return dom.window.document;
}

function extractSafely(doc: Document): CapturedPage {
  // A selection over the whole article too, so the 'selection' alternative is checked as well.
  const article = doc.querySelector('article');
  if (article) doc.getSelection()?.selectAllChildren(article);
  const reply = extractPage(doc, { mode: 'auto' });
  if (!reply.ok) throw new Error(reply.error);
  return toStoredPage(reply.page);
}

const PAGES: [name: string, sentence: string][] = [
  ['hostile-markup', 'Volunteers have spent six years transcribing them'],
  ['hostile-svg-math', 'The only curve with that property is the logarithmic spiral'],
  ['hostile-mxss', 'a starter is much harder to kill than the internet suggests'],
  ['hostile-base', 'Bake the pan upside down in a hot oven for an hour'],
];

const source = (name: string) => readFileSync(new URL(`../../test-pages/${name}/source.html`, import.meta.url), 'utf8');

describe.each(PAGES)('%s', (name, sentence) => {
  it.each([false, true])('stores only inert reading markup (scripting %s)', (scripting) => {
    const page = extractSafely(load(source(name), `${ORIGIN}/own/${name}/`, scripting));
    expect(page.capture).toBe('article');
    expect(page.article!.content).toContain(sentence);
    const stored = storedContents(page);
    expect(stored.map((s) => s.capture)).toContain('selection');
    for (const { capture, content } of stored) expect(problemsOf(content, { render: true }), capture).toEqual([]);
  });
});

it('extracts a page with an SVG <script> in a DOM without SVGScriptElement', () => {
  const doc = new JSDOM(source('hostile-svg-math'), { url: `${ORIGIN}/own/hostile-svg-math/`, virtualConsole: quiet }).window.document;
  expect(extractPage(doc, { mode: 'auto' })).toMatchObject({ ok: true, page: { capture: 'article' } });
});

it('never turns a relative link into a script URL when the page sets <base href="javascript:…">', () => {
  const page = extractSafely(load(source('hostile-base'), `${ORIGIN}/own/hostile-base/`, false));
  expect(page.article!.content).not.toMatch(/javascript/i);
  expect(page.article!.favicon ?? '').not.toMatch(/^javascript/i);
});

/** Payload families seen in real attacks and in DOMPurify's bypass history; each only sets self.xss. */
const SNIPPETS = [
  '<script>self.xss=1</script>',
  '<img src=x onerror=self.xss=1>',
  '<body onload=self.xss=1>',
  '<a href="javascript:self.xss=1">js</a>',
  '<a href="  jAvAsCrIpT:self.xss=1">mixed case</a>',
  '<a href="java&#x09;script:self.xss=1">tab</a>',
  '<a href="java\nscript:self.xss=1">newline</a>',
  '<a href="jav&#x0D;ascript&colon;self.xss=1">entities</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;self.xss=1">decimal</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5zZWxmLnhzcz0xPC9zY3JpcHQ+">data</a>',
  '<img srcset="javascript:self.xss=1 1x, javascript:self.xss=2 2x" alt="srcset">',
  '<img src="javascript:self.xss=1">',
  '<img src="data:image/svg+xml,<svg onload=self.xss=1>">',
  '<iframe srcdoc="<script>parent.xss=1</script>"></iframe>',
  '<iframe src="javascript:self.xss=1"></iframe>',
  '<object data="javascript:self.xss=1"><p>fallback</p></object>',
  '<embed src="data:image/svg+xml,<svg onload=self.xss=1>">',
  '<form action="javascript:self.xss=1"><input type=submit formaction="javascript:self.xss=1"><button formaction="javascript:self.xss=1">go</button></form>',
  '<input autofocus onfocus=self.xss=1>',
  '<isindex action="javascript:self.xss=1" type=image>',
  '<meta http-equiv="refresh" content="0;url=javascript:self.xss=1">',
  '<base href="javascript:self.xss=1//">',
  '<link rel=stylesheet href="javascript:self.xss=1">',
  '<p style="background:url(javascript:self.xss=1)">styled</p>',
  '<div style="width:expression(self.xss=1)">expression</div>',
  '<style>*{background:url("javascript:self.xss=1")}</style>',
  '<svg onload=self.xss=1><script>self.xss=1</script></svg>',
  '<svg><foreignObject><img src=x onerror=self.xss=1></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgb25sb2FkPSdzZWxmLnhzcz0xJy8+#x"/></svg>',
  '<svg><a xlink:href="javascript:self.xss=1"><text>t</text></a><animate attributeName=href to="javascript:self.xss=1"/></svg>',
  '<math href="javascript:self.xss=1"><mi>x</mi></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=self.xss=1>',
  '<noscript><p title="</noscript><img src=x onerror=self.xss=1>"></noscript>',
  '<svg></p><style><a id="</style><img src=1 onerror=self.xss=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=self.xss=1>',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=self.xss=1&gt;">',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=self.xss=1 src=1>">',
  '<noembed><img title="</noembed><img src onerror=self.xss=1>"></noembed>',
  '<xmp><img title="</xmp><img src=x onerror=self.xss=1>"></xmp>',
  '<select><template><style><!--</style><a rel="--></template></select><img src=x onerror=self.xss=1>">',
  '<a href="https://ok.example/" title="<!--"><img src=x title="-->" onerror=self.xss=1></a>',
  '<p id="</p><img src=x onerror=self.xss=1>">attribute</p>',
  '<!--<img src=x onerror=self.xss=1>-->',
  '<svg><![CDATA[><img src=x onerror=self.xss=1>]]></svg>',
  '<style><style/><img src=x onerror=self.xss=1>',
  '<template><img src=x onerror=self.xss=1></template>',
  '<textarea><img src=x onerror=self.xss=1></textarea>',
  '<title><img src=x onerror=self.xss=1></title>',
  '<details open ontoggle=self.xss=1><summary>more</summary>hidden</details>',
  '<video poster="javascript:self.xss=1"><source src="javascript:self.xss=1"></video>',
  '<blockquote cite="javascript:self.xss=1">quoted</blockquote>',
  '<a href="//cdn.example/x" ping="https://track.example/" target=_blank>protocol-relative</a>',
];

const PROSE = [
  'The harbour wall was rebuilt in granite after the great storm of 1881, when the old timber pier was carried away in a single night and three boats went with it.',
  'Fishermen still call the inner basin the Pool, although it has not been a pool since the engineers dredged it to take steam drifters at any state of the tide.',
  'On summer evenings the quay fills with people eating chips on the bollards, and the gulls have learned exactly which visitors are worth following along the wall.',
  'The lifeboat station at the end of the pier has launched more than two thousand times since it opened, and its record board lists every rescue by hand in gold paint.',
  'In winter the town empties, the cafés board their windows, and the only sound at night is the halyards of the laid-up yachts tapping against their masts.',
];

/** An article with each snippet placed inside paragraph `at[i] % PROSE.length`. */
function articleWith(snippets: string[], at: number[]): string {
  const paragraphs = PROSE.map((text, i) => {
    const here = snippets.filter((_, j) => (at[j] ?? j) % PROSE.length === i).join(' ');
    return `<p>${text.replace(', ', `, ${here} `)} ${text}</p>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Harbour</title><meta name="description" content="Notes on a small harbour &lt;script&gt;self.xss=1&lt;/script&gt;"></head><body><main><article><h1>The Harbour</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}

describe('each hostile snippet inside an article', () => {
  it.each(SNIPPETS)('%s', (snippet) => {
    for (const scripting of [false, true]) {
      const page = extractSafely(load(articleWith([snippet], [2]), `${ORIGIN}/own/snippet/`, scripting));
      expect(page.capture).toBe('article');
      // Not a later paragraph: an unclosed <style> or <select> swallows the rest of the page, in browsers too.
      expect(page.article!.content).toContain('rebuilt in granite after the great storm of 1881');
      for (const { capture, content } of storedContents(page))
        expect(problemsOf(content), `${capture}, scripting ${scripting}`).toEqual([]);
    }
  });
});

it('any mix of hostile snippets, anywhere in an article, is stored inert and stable', () => {
  const mix = fc.array(fc.tuple(fc.constantFrom(...SNIPPETS), fc.nat(PROSE.length - 1)), { minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(mix, fc.boolean(), (placed, scripting) => {
      const html = articleWith(
        placed.map(([s]) => s),
        placed.map(([, at]) => at),
      );
      const page = extractSafely(load(html, `${ORIGIN}/own/mix/`, scripting));
      for (const { content } of storedContents(page)) expect(problemsOf(content)).toEqual([]);
    }),
    { numRuns: 40 },
  );
});
