/**
 * Lazy-loading sites ship placeholders (no `src`, a 1×1 data: GIF, "blank.gif") and keep the real image in
 * `data-src`, `data-srcset`, `srcset` or a `<noscript>` copy. Every image of the article gets its real source in
 * `src`, the only image attribute that survives sanitizing.
 */
import { largestInSrcset } from './srcset';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'srcset'];
const PLACEHOLDER_NAME =
  /(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|transparent|lazy|loading|grey|gray|1x1)[\w-]*\.(?:gif|png|svg|jpe?g|webp)/i;

export function isPlaceholderSrc(src: string | null): boolean {
  if (!src?.trim()) return true;
  const value = src.trim();
  // Real inline images are rarely under ~1 KB; placeholders always are.
  if (/^data:/i.test(value)) return value.length < 1024 || /^data:image\/svg/i.test(value);
  return PLACEHOLDER_NAME.test(value);
}

function lazySource(img: Element): string | null {
  for (const attr of LAZY_SRC) {
    const value = img.getAttribute(attr)?.trim();
    if (value && !isPlaceholderSrc(value)) return value;
  }
  for (const attr of LAZY_SRCSET) {
    const best = largestInSrcset(img.getAttribute(attr));
    if (best && !isPlaceholderSrc(best)) return best;
  }
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  for (const source of Array.from(picture?.querySelectorAll('source') ?? [])) {
    const best = largestInSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset'));
    if (best && !isPlaceholderSrc(best)) return best;
  }
  return null;
}

/**
 * The one image a `<noscript>` holds. With scripting on, browsers keep its content as text: parse it in a
 * DOMParser document, which is inert (nothing loads, nothing runs).
 */
function noscriptImage(noscript: Element, parser: DOMParser): HTMLImageElement | null {
  const markup = noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
  const { body } = parser.parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  const images = body.querySelectorAll('img');
  if (images.length !== 1 || (body.textContent ?? '').trim()) return null;
  return noscript.ownerDocument.importNode(images[0]!, true);
}

/**
 * On the document copy, before Readability (which drops every `<noscript>`): an image in a `<noscript>` replaces
 * the placeholder just before it. Readability tries this too, but only where the `<noscript>` was parsed as
 * markup; a page parsed with scripting on (every page a person is reading) keeps it as text.
 */
export function unwrapNoscriptImages(doc: Document, parser: DOMParser): void {
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    // Most <noscript>s hold tracking pixels' siblings or notices; only look closer at ones with an image.
    if (!(noscript.children.length ? noscript.getElementsByTagName('img').length : /<img\b/i.test(noscript.textContent ?? ''))) continue;
    const image = noscriptImage(noscript, parser);
    if (!image || isPlaceholderSrc(image.getAttribute('src'))) continue;
    const previous = noscript.previousElementSibling;
    const placeholder =
      previous?.localName === 'img' ? previous : previous?.querySelectorAll('img').length === 1 ? previous.querySelector('img') : null;
    if (placeholder && isPlaceholderSrc(placeholder.getAttribute('src'))) placeholder.replaceWith(image);
    else if (!placeholder) noscript.before(image);
    noscript.remove();
  }
}

/** On the document copy, before Readability. */
export function fixLazyImages(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src');
    if (!isPlaceholderSrc(src)) continue;
    const real = lazySource(img);
    if (real) img.setAttribute('src', real);
  }
}
