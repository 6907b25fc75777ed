/** Pocket's CSV export: a header row `title,url,time_added,tags,status`, tags separated by "|". */
import { collectShares } from './collect-shares';
import { parseCsv } from './csv';
import { parseUnixTime } from './feed-date';
import { ImportProblem, emptyItem, type ImportDeps, type ImportItem, type ImportResult } from './types';

/** The header names of a CSV file, when it has the columns Pocket's export has (at least a URL). */
export function pocketColumns(headerLine: string): string[] | null {
  const names = headerLine.split(',').map((n) => n.trim().replace(/^"|"$/g, '').toLowerCase());
  return names.includes('url') ? names : null;
}

export function importPocketCsv(text: string, deps: ImportDeps): ImportResult {
  const [header, ...rows] = parseCsv(text);
  const names = header?.map((n) => n.trim().toLowerCase()) ?? [];
  const column = (name: string) => names.indexOf(name);
  const url = column('url');
  if (url < 0) throw new ImportProblem('This CSV file has no “url” column, so it is not a Pocket export.');
  const title = column('title');
  const added = column('time_added');
  const tags = column('tags');
  const items = rows.map((row): ImportItem => ({
    ...emptyItem(),
    url: row[url] ?? null,
    title: row[title] ?? '',
    tags: (row[tags] ?? '').split('|'),
    publishedAt: parseUnixTime(row[added]),
  }));
  return collectShares(items, deps, 'Pocket CSV');
}
