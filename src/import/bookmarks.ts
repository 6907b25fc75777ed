/**
 * Netscape bookmark files: what browsers, Pocket, linkding, Shaarli and Raindrop export.
 * `<DT><A HREF ADD_DATE LAST_MODIFIED TAGS>title</A>` then an optional `<DD>` note, inside `<DL>` lists under
 * `<H3>` folder names. Folders and the TAGS attribute become tags; the note becomes the comment.
 */
import { collectShares } from './collect-shares';
import { parseUnixTime } from './feed-date';
import { NOT_TEXT, textOf } from './plain-text';
import { emptyItem, type ImportDeps, type ImportItem, type ImportResult } from './types';

/** Folders that every browser has; their names say nothing about the bookmarks in them. */
const ROOT_FOLDER_FLAGS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

export function importBookmarks(text: string, deps: ImportDeps): ImportResult {
  const doc = deps.parseHtml(text);
  const items = [...doc.querySelectorAll('a')].map(readBookmark);
  return collectShares(items, deps, 'bookmarks (HTML)');
}

function readBookmark(a: HTMLAnchorElement): ImportItem {
  const added = parseUnixTime(a.getAttribute('add_date'));
  const modified = parseUnixTime(a.getAttribute('last_modified'));
  const attributeTags = (a.getAttribute('tags') ?? '').split(',');
  return {
    ...emptyItem(),
    url: a.getAttribute('href'),
    title: textOf(a),
    comment: noteOf(a),
    tags: [...folderPath(a), ...attributeTags],
    publishedAt: added,
    updatedAt: modified,
  };
}

/** Names of the folders holding the bookmark, outermost first. */
function folderPath(a: Element): string[] {
  const path: string[] = [];
  for (let el = a.parentElement; el; el = el.parentElement) {
    if (el.localName !== 'dl') continue;
    // The parser puts a folder's <H3> and its <DL> inside the same <DT>.
    const heading = el.previousElementSibling;
    if (heading?.localName !== 'h3') continue;
    if (ROOT_FOLDER_FLAGS.some((flag) => heading.hasAttribute(flag))) continue;
    path.unshift(heading.textContent ?? '');
  }
  return path;
}

/** The `<DD>` right after the bookmark's `<DT>`, which the parser makes its next sibling. */
function noteOf(a: Element): string {
  const next = a.closest('dt')?.nextElementSibling;
  // A sloppy file may nest a list inside the note; only the note's own words count.
  return next?.localName === 'dd' ? textOf(next, `dl, ${NOT_TEXT}`) : '';
}
