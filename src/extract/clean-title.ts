/**
 * Titles without the site's name glued on ("Story | Site", "Site – Story", "Story - Author - Medium"). A part is
 * cut only when it names the site (from the page's own markup or its canonical host) or the author, so titles
 * that merely contain a dash ("Raspberry Pi 3 - The credit card sized PC…") stay whole.
 */

/** Separators with spaces on both sides, so "Wi-Fi" or "0.17" are never split. */
const SEPARATOR = /\s+(?:[|\-–—·•»~]|::|\/\/)\s+/g;

/** Words that make a site's name in a title longer than its declared name ("BuzzFeed News", "Ars Technica Blog"). */
const NAME_EXTRAS = /^(?:the)?(.*?)(?:news|blog|magazine|online|com|net|org)?$/;

/** Titles a broken page sometimes has, which are not titles. */
const NON_TITLES = new Set(['none', 'null', 'undefined', 'nan', 'untitled', '[object object]']);

function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function core(compacted: string): string {
  return NAME_EXTRAS.exec(compacted)?.[1] ?? compacted;
}

/** Collapses whitespace; null for empty or placeholder titles. */
export function tidyText(raw: string | null | undefined): string | null {
  // Ideographic spaces (U+3000) are part of CJK titles' typography: kept.
  const text = raw?.replace(/[^\S\u3000]+/g, ' ').trim() ?? '';
  return text && !NON_TITLES.has(text.toLowerCase()) ? text : null;
}

/** The names a site goes by, compacted: those its markup declares, and its hosts' main labels. */
export interface SiteNames {
  declared: string[];
  hosts: string[];
}

export function siteNamesOf(declared: (string | null)[], hosts: string[]): SiteNames {
  const names = new Set<string>();
  for (const name of declared) {
    if (!name) continue;
    names.add(core(compact(name)));
    names.add(core(compact(name.replace(/\.[a-z]{2,6}$/i, ''))));
  }
  names.delete('');
  const labels = new Set<string>();
  for (const host of hosts) {
    if (/^[\d.]+$|^\[|^localhost$/.test(host)) continue;
    const parts = host.replace(/^www\d?\./, '').split('.');
    // bbc.co.uk → bbc; en.wikipedia.org → wikipedia; v8.dev → v8.
    const secondLevel = parts.length > 2 && /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(parts[parts.length - 2]!);
    const main = parts[parts.length - (secondLevel ? 3 : 2)] ?? parts[0];
    if (main) labels.add(core(compact(main)));
  }
  labels.delete('');
  return { declared: [...names], hosts: [...labels] };
}

function namesSite(part: string, names: string[], byline: string | null): boolean {
  const key = core(compact(part));
  if (!key) return false;
  if (names.includes(key)) return true;
  const author = byline ? compact(byline.replace(/^(?:by|par|von|por|di|door)\s+/i, '')) : '';
  return author !== '' && (key === author || key === `by${author}`);
}

/**
 * `raw` without a trailing site name or author, or a leading declared site name (a host's label alone is too weak
 * a hint at the start: "Yahoo News - Latest News"); whitespace collapsed; null when nothing is left.
 */
export function cleanTitle(raw: string | null | undefined, site: SiteNames, byline: string | null): string | null {
  let title = tidyText(raw);
  if (!title) return null;
  for (;;) {
    const parts = title.split(SEPARATOR);
    if (parts.length < 2) return title;
    const separators = title.match(SEPARATOR) ?? [];
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (namesSite(last, [...site.declared, ...site.hosts], byline)) {
      title = title.slice(0, title.length - last.length - separators[separators.length - 1]!.length);
    } else if (namesSite(first, site.declared, null)) {
      title = title.slice(first.length + separators[0]!.length);
    } else {
      return title;
    }
  }
}
