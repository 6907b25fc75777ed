import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './csv';

/** RFC 4180 writing, to check reading against. */
const field = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
const writeCsv = (rows: string[][], eol: string) => rows.map((r) => r.map(field).join(',')).join(eol) + eol;

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, newlines inside quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('reads a last line without newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses a file that ends inside quotes', () => {
    expect(() => parseCsv('a,b\n"open,2\n')).toThrow(
      'This CSV file ends inside a quoted field (it may be truncated); nothing was imported.',
    );
  });

  it('reads back whatever an RFC 4180 writer wrote', () => {
    // Characters that matter to CSV, often enough that every run meets several of them.
    const unit = fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '😀', '\t');
    const row = fc.array(fc.string({ unit, maxLength: 20 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 10 }),
        fc.constantFrom('\r\n', '\n'),
        (rows, eol) =>
          // Compared as JSON: far quicker than expect() in each of the runs, and exact for arrays of strings.
          JSON.stringify(parseCsv(writeCsv(rows, eol))) === JSON.stringify(rows),
      ),
    );
  });
});
