import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { commentHtml, entryContentParts } from './content';
import { readHtml } from './html-check';
import { toStoredShare } from '../stored-share';
import { sampleShares } from './test-fixtures';

const [article, link, description, selection] = sampleShares() as [Share, Share, Share, Share];
const entryContentHtml = (share: Share, mode: 'full' | 'summary') => entryContentParts(share, mode).join('');

describe('entry content', () => {
  it('puts the comment first, then the site it came from, then the article', () => {
    const html = entryContentHtml(article, 'full');
    expect(html).toMatch(
      /^<p>Read this &lt;now&gt; &amp; tell me &quot;why&quot; it's good\.<br>Second line\.<\/p><p><br>New paragraph ]]&gt; &lt;\/content&gt;<\/p>/,
    );
    expect(html).toContain("<p>Shared from <a href='https://www.example.org/'>Example Times</a></p><hr><div><h2>Feeds</h2>");
    expect(readHtml(html).errors).toEqual([]);
  });

  it('shows the excerpt and a link instead of the article in summary mode', () => {
    const html = entryContentHtml(article, 'summary');
    expect(html).toContain(
      "<hr><p>A feed is a list &amp; more.</p><p><a href='https://www.example.org/2026/11/what-is-a-feed?utm=no'>Read more on Example Times</a></p>",
    );
    expect(html).not.toContain('<h2>');
  });

  it('gives link-only shares a useful body: where it is from and a link', () => {
    expect(entryContentHtml(link, 'full')).toBe(
      "<p>Shared from <a href='https://news.example.com/'>news.example.com</a></p><hr>" +
        "<p><a href='https://news.example.com/item?id=42'>Open the page on news.example.com</a></p>",
    );
  });

  it('shows description and selection captures as captured', () => {
    expect(entryContentHtml(description, 'full')).toContain('<hr><p>Una descripción corta del vídeo.</p>');
    expect(entryContentHtml(selection, 'full')).toContain('<hr><blockquote><p>Simple things should be simple');
  });

  it('falls back to the excerpt when nothing of the article survived the storage gate', () => {
    const onlyScript = toStoredShare({ ...article, article: { ...article.article!, content: '<script>x()</script><iframe></iframe>' } });
    expect(onlyScript.article!.content).toBe('');
    expect(entryContentHtml(onlyScript, 'full')).toContain('<hr><p>A feed is a list &amp; more.</p><p><a href=');
  });

  it('is never empty and never prints a missing value', () => {
    const bare: Share = { ...link, url: 'javascript:alert(1)', title: '\u0000', comment: '', article: null };
    const html = entryContentHtml(bare, 'full');
    expect(readHtml(html).text.trim()).not.toBe('');
    expect(html).not.toMatch(/null|undefined|None|javascript/);
  });
});

describe('commentHtml', () => {
  it('keeps paragraphs and every line break, so the text can be read back exactly', () => {
    expect(commentHtml('one\r\ntwo\n\nthree\n\n\nfour  \n')).toBe('<p>one<br>two</p><p>three</p><p><br>four  <br></p>');
    expect(commentHtml('  \n\n ')).toBe('');
  });

  it('never interprets the comment as markup', () => {
    expect(commentHtml('<b>&amp;</b>')).toBe('<p>&lt;b&gt;&amp;amp;&lt;/b&gt;</p>');
  });
});
