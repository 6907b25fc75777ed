/** RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, newlines and doubled quotes. */
import { ImportProblem } from './types';

const FIELD_END = /[,\r\n]/g;

/** Rows of fields. Fields are cut with indexOf and slice, never a character at a time: files can be large. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') [field, i] = quotedField(text, i + 1);
    // Up to the next separator; after a closing quote this is normally nothing (sloppy files may add text).
    FIELD_END.lastIndex = i;
    const end = FIELD_END.exec(text)?.index ?? text.length;
    row.push(field + text.slice(i, end));
    i = end;
    if (text[i] === ',') {
      i++;
      if (i === text.length) row.push('');
    } else {
      i += text.startsWith('\r\n', i) ? 2 : 1;
      // Blank lines are not records.
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Reads a quoted field whose content starts at `start`; returns it and the index just after its closing quote. */
function quotedField(text: string, start: number): [string, number] {
  let value = '';
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new ImportProblem('This CSV file ends inside a quoted field (it may be truncated); nothing was imported.');
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return [value, quote + 1];
    value += '"';
    from = quote + 2;
  }
}
