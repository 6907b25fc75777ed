/** The shapes every importer shares. Importers run in an extension page; the DOM and the clock come in as deps. */
import type { Share } from '../core/share';
import type { Skipped } from '../core/merge-shares';

export interface ImportDeps {
  parseXml(text: string): Document;
  parseHtml(text: string): Document;
  /** Sanitizes article HTML and makes its URLs absolute against `baseUrl`. */
  sanitize(html: string, baseUrl: string): string;
  canonicalUrl(url: string): string;
  newId(): string;
  now(): string;
}

export interface ImportResult {
  shares: Share[];
  /** Entries that were not imported, and why. */
  skipped: Skipped[];
  /** Entries imported with less than the file offered (a link instead of an empty article), and why. */
  notes: Skipped[];
  /** What the file was, for people: "Atom", "NewsBlur shared stories", "Pocket CSV"… */
  format: string;
}

export type Importer = (text: string, deps: ImportDeps) => ImportResult;

/** Thrown by an importer when the file as a whole cannot be read; the message is one sentence for the person. */
export class ImportProblem extends Error {}

/** One entry as a file format describes it, before it becomes a share. Dates are already ISO or null. */
export interface ImportItem {
  /** As written in the file; may be relative to `baseUrl`. */
  url: string | null;
  baseUrl: string | null;
  /** Reduced to plain text on import whatever the format says: titles from files may hold markup. */
  title: string;
  comment: string;
  tags: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  /** The full story as HTML, when the file carries it. */
  contentHtml: string | null;
  /** A summary as HTML, when the file carries one. */
  summaryHtml: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  image: string | null;
  favicon: string | null;
}

/** An item with every field empty, for format readers to fill in. */
export function emptyItem(): ImportItem {
  return {
    url: null,
    baseUrl: null,
    title: '',
    comment: '',
    tags: [],
    publishedAt: null,
    updatedAt: null,
    contentHtml: null,
    summaryHtml: null,
    byline: null,
    siteName: null,
    lang: null,
    image: null,
    favicon: null,
  };
}
