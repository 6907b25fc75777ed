import { describe, expect, it } from 'vitest';
import { importPocketCsv } from './pocket-csv';
import { fixture, testDeps } from './test-deps';

describe('importPocketCsv', () => {
  it('reads titles with commas, quotes and newlines, |-separated tags and time_added', async () => {
    const { shares, skipped, format } = importPocketCsv(await fixture('pocket.csv'), testDeps());
    expect(format).toBe('Pocket CSV');
    expect(shares.map((s) => [s.title, s.url, s.tags, s.sharedAt, s.capture])).toEqual([
      ['Simple story', 'https://pocket.example.com/simple', ['tech', 'web'], '2024-03-01T00:00:00.000Z', 'link'],
      ['Title, with a comma', 'https://pocket.example.com/comma', [], '2024-03-02T00:00:00.000Z', 'link'],
      ['He said "hi" twice', 'https://pocket.example.com/quotes', ['quotes'], '2024-03-03T00:00:00.000Z', 'link'],
      ['A title over two lines', 'https://pocket.example.com/multiline', ['multi', 'line'], '2024-03-04T00:00:00.000Z', 'link'],
      ['https://pocket.example.com/untitled', 'https://pocket.example.com/untitled', [], '2024-03-05T00:00:00.000Z', 'link'],
    ]);
    expect(skipped).toEqual([
      { title: 'No link', reason: 'It has no link.' },
      {
        title: 'https://not-a-title-column.example.com',
        reason: 'Its link is a “ftp:” address; only web links (http or https) are imported.',
      },
    ]);
  });

  it('finds the columns by name, in any order', () => {
    const csv = 'URL,Time_Added,Title\nhttps://a.example/x,1709251200,Moved columns\n';
    expect(importPocketCsv(csv, testDeps()).shares.map((s) => [s.title, s.sharedAt])).toEqual([
      ['Moved columns', '2024-03-01T00:00:00.000Z'],
    ]);
  });

  it('refuses a CSV without a url column and a truncated one', async () => {
    expect(() => importPocketCsv('name,email\nA,a@example.org\n', testDeps())).toThrow(
      'This CSV file has no “url” column, so it is not a Pocket export.',
    );
    const truncated = await fixture('truncated-pocket.csv');
    expect(() => importPocketCsv(truncated, testDeps())).toThrow('This CSV file ends inside a quoted field');
  });
});
