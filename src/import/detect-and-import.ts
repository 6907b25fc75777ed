/**
 * Picks the importer by looking at the file's content (the name only sharpens the error message), runs it, and
 * turns every failure into one sentence. Never throws.
 */
import { importAtom } from './atom';
import { importBookmarks } from './bookmarks';
import { importJsonFeed, isJsonFeed } from './json-feed';
import { importPocketCsv, pocketColumns } from './pocket-csv';
import { importRss } from './rss';
import { ImportProblem, type ImportDeps, type Importer, type ImportResult } from './types';

export type DetectedImport = { ok: true; result: ImportResult } | { ok: false; error: string };

/** Files above this are refused before parsing: no export of stories is this large, and parsing would stall. */
export const MAX_IMPORT_CHARS = 100_000_000;

const KINDS = 'Sharefeed imports Atom, RSS and JSON Feed files, browser bookmark exports (HTML) and Pocket’s CSV export';

export function detectAndImport(text: string, fileName: string, deps: ImportDeps): DetectedImport {
  try {
    const importer = pickImporter(text, fileName, deps);
    return { ok: true, result: importer(text, deps) };
  } catch (err) {
    if (err instanceof ImportProblem) return { ok: false, error: err.message };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `Sharefeed could not read “${fileName}” (${message}).` };
  }
}

function pickImporter(text: string, fileName: string, deps: ImportDeps): Importer {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportProblem(`“${fileName}” is larger than 100 MB; Sharefeed imports files up to 100 MB.`);
  }
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (!head) throw new ImportProblem(`“${fileName}” is empty.`);
  if (head.startsWith('{') || head.startsWith('[')) return jsonImporter(text, fileName);
  if (head.startsWith('<')) return markupImporter(text, head, fileName, deps);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (pocketColumns(firstLine)) return importPocketCsv;
  if (/\.csv$/i.test(fileName)) {
    throw new ImportProblem(`“${fileName}” has no “url” column; Sharefeed imports Pocket’s CSV export (title, url, time_added, tags).`);
  }
  throw new ImportProblem(`Sharefeed cannot tell what kind of file “${fileName}” is. ${KINDS}.`);
}

function jsonImporter(text: string, fileName: string): Importer {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportProblem(`“${fileName}” looks like JSON but cannot be read (it may be truncated); nothing was imported.`);
  }
  if (isJsonFeed(json)) return importJsonFeed;
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'sharefeed-backup') {
    throw new ImportProblem(`“${fileName}” is a Sharefeed backup — restore it under “Backup and restore” instead.`);
  }
  throw new ImportProblem(`“${fileName}” is a JSON file but not a JSON Feed. ${KINDS}.`);
}

function markupImporter(text: string, head: string, fileName: string, deps: ImportDeps): Importer {
  if (/<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(head) || (/<dl[\s>]/i.test(text) && /<dt[\s>]/i.test(text) && !/^<\?xml/.test(head))) {
    return importBookmarks;
  }
  const root = rootName(head);
  if (root === 'feed') return importAtom;
  if (root === 'rss' || root === 'rdf:RDF') return importRss;
  if (root === 'opml') {
    throw new ImportProblem(`“${fileName}” is a list of subscriptions (OPML), not stories; Sharefeed imports the stories of a feed.`);
  }
  if (root === 'html') throw new ImportProblem(`“${fileName}” is a web page, not a feed or a bookmarks export.`);
  // Unknown or unreadable markup: let the XML parser say whether it is damaged.
  const doc = deps.parseXml(text);
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new ImportProblem(`“${fileName}” is not well-formed XML (it may be truncated or damaged); nothing was imported.`);
  }
  throw new ImportProblem(`“${fileName}” is XML but not a feed Sharefeed knows (its root is <${doc.documentElement.nodeName}>). ${KINDS}.`);
}

/** The name of the first element, skipping the XML declaration, comments, processing instructions and DOCTYPE. */
function rootName(head: string): string | null {
  const stripped = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '').trimStart();
  return /^<([A-Za-z_][\w.:-]*)/.exec(stripped)?.[1]?.replace(/^(?!rdf:)[\w.-]+:/, '') ?? null;
}
