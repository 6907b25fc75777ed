import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args';

describe('parseCliArgs', () => {
  it('reads a full feed command', () => {
    expect(parseCliArgs(['feed', '--backup', 'b.json', '--format', 'RSS', '--tag', 'Science', '--limit', '0', '--out', 'f.xml'])).toEqual({
      kind: 'feed',
      backup: 'b.json',
      format: 'rss',
      tag: 'Science',
      limit: 0,
      out: 'f.xml',
    });
    expect(parseCliArgs(['feed', '--backup=b.json', '--format=json'])).toEqual({
      kind: 'feed',
      backup: 'b.json',
      format: 'json',
      tag: null,
      limit: null,
      out: null,
    });
  });

  it('answers --help and --version before checking anything else', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['feed', '-h', '--format', 'nope'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'Say what to do: “sharefeed feed --backup <file> --format atom”.'],
    [['export'], 'Unknown command “export”; the only command is “feed”.'],
    [['feed', 'extra'], 'Unexpected argument “extra”.'],
    [['feed', '--format', 'atom'], 'Missing --backup <file>: the backup file to read.'],
    [['feed', '--backup', 'b.json'], 'Missing --format: atom, rss or json.'],
    [['feed', '--backup', 'b.json', '--format', 'html'], 'Unknown format “html”; use atom, rss or json.'],
    [['feed', '--backup', 'b.json', '--format', 'atom', '--limit', '-3'], 'The option “--limit” needs a value.'],
    [['feed', '--backup', 'b.json', '--format', 'atom', '--limit', '2.5'], '--limit must be a whole number (0 for all shares), not “2.5”.'],
    [['feed', '--backup', 'b.json', '--format', 'atom', '--limit', 'ten'], '--limit must be a whole number (0 for all shares), not “ten”.'],
    [['feed', '--backup'], 'The option “--backup” needs a value.'],
    [['feed', '--nope'], 'Unknown option “--nope”.'],
    [['--help=yes'], 'The option “--help” does not take a value.'],
  ])('refuses %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
