/** URLs the writers put in feed metadata: absolute http(s) only, so no `javascript:` or relative link gets through. */
import { cleanText } from './xml';

/**
 * An absolute http(s) URL as the URL parser writes it (so it is a valid URI: quotes, spaces and non-ASCII
 * characters percent-encoded, host in lower case), or null for anything else.
 */
export function webUrl(value: string | null | undefined): string | null {
  const url = cleanText(value ?? '').trim();
  if (!/^https?:\/\/[^\s/?#]/i.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** `https://example.org/` for any URL on that site. */
export function originOf(url: string): string {
  return `${new URL(url).origin}/`;
}

/** The host a person would recognise: `www.example.org` → `example.org`. */
export function siteHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** The media type an image URL's extension names, or null when it names none (then we state no type at all). */
export function imageType(url: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (extension && IMAGE_TYPES[extension]) ?? null;
}
