import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText, excerptOf, htmlToText, textToHtml } from './plain-text';
import { testDeps } from './test-deps';

describe('plain text from files', () => {
  const { parseHtml } = testDeps();

  it('strips markup and scripts, decodes entities, folds whitespace', () => {
    expect(htmlToText('<b>Bold</b>\n<script>alert(1)</script> &amp; <i>more</i>', parseHtml, 100)).toBe('Bold & more');
    expect(htmlToText('a < b and c > d', parseHtml, 100)).toBe('a < b and c > d');
  });

  it('drops control characters and cuts without splitting a surrogate pair', () => {
    expect(cleanText('a\u0000b\u0007c', 10)).toBe('abc');
    expect(cleanText('abc😀def', 5)).toBe('abc…');
    expect(cleanText('abcdef', 5)).toBe('abcd…');
  });

  it('keeps paragraphs in comments', () => {
    expect(cleanMultiline('  one \r\n two\n\n\n\nthree  ', 100)).toBe('one\ntwo\n\nthree');
  });

  it('writes text as escaped paragraphs', () => {
    expect(textToHtml('a <b>\n\nc & "d"\ne')).toBe('<p>a &lt;b&gt;</p>\n<p>c &amp; &quot;d&quot;<br>e</p>');
  });

  it('cuts excerpts at a word', () => {
    expect(excerptOf('one two three four', 10)).toBe('one two…');
    expect(excerptOf('short', 10)).toBe('short');
  });
});
