import { describe, expect, it } from 'vitest';
import { imageType, originOf, siteHost, webUrl } from './web-url';

describe('webUrl', () => {
  it('accepts absolute http(s) URLs and writes them as valid URIs', () => {
    expect(webUrl(' https://Example.org/a b?q="x"#f ')).toBe('https://example.org/a%20b?q=%22x%22#f');
    expect(webUrl('http://example.org')).toBe('http://example.org/');
    expect(webUrl('https://bücher.example/ö')).toBe('https://xn--bcher-kva.example/%C3%B6');
  });

  it('refuses everything else', () => {
    for (const bad of [
      'javascript:alert(1)',
      '/relative',
      '//example.org/',
      'ftp://example.org/',
      'data:,x',
      'https://',
      '',
      null,
      undefined,
    ]) {
      expect(webUrl(bad)).toBeNull();
    }
  });
});

describe('site helpers', () => {
  it('names the site', () => {
    expect(originOf('https://www.example.org/a/b?c')).toBe('https://www.example.org/');
    expect(siteHost('https://www.example.org/a')).toBe('example.org');
  });

  it('guesses an image type only from a known extension', () => {
    expect(imageType('https://e.org/a/b.JPG?w=1')).toBe('image/jpeg');
    expect(imageType('https://e.org/a.webp')).toBe('image/webp');
    expect(imageType('https://e.org/image?id=3')).toBeNull();
    expect(imageType('https://e.org/a.php')).toBeNull();
  });
});
