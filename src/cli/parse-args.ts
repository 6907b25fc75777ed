/** The command line, read into a plain value. Pure: no process, no files, so every case is a unit test. */
import { parseArgs } from 'node:util';
import type { FeedFormat } from '../core/feed/index';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'feed'; backup: string; format: FeedFormat; tag: string | null; limit: number | null; out: string | null }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: sharefeed feed --backup <file> --format atom|rss|json [--tag <tag>] [--limit <n>] [--out <file>]

Writes the feed of a Sharefeed backup file (exported from the extension's options page).

  --backup <file>   the backup file (sharefeed-backup-….json)
  --format <name>   atom, rss or json (JSON Feed 1.1)
  --tag <tag>       only shares with this tag
  --limit <n>       the newest n shares; 0 for all (default: the feed settings in the backup)
  --out <file>      write the feed here instead of to standard output
  --help, -h        show this help
  --version         show the version
`;

const FORMATS: readonly FeedFormat[] = ['atom', 'rss', 'json'];

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        backup: { type: 'string' },
        format: { type: 'string' },
        tag: { type: 'string' },
        limit: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    return usageError(optionProblem(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...extra] = positionals;
  if (command === undefined) return usageError('Say what to do: “sharefeed feed --backup <file> --format atom”.');
  if (command !== 'feed') return usageError(`Unknown command “${command}”; the only command is “feed”.`);
  if (extra.length) return usageError(`Unexpected argument “${extra[0]}”.`);
  if (!values.backup) return usageError('Missing --backup <file>: the backup file to read.');
  if (!values.format) return usageError('Missing --format: atom, rss or json.');
  const format = values.format.toLowerCase() as FeedFormat;
  if (!FORMATS.includes(format)) return usageError(`Unknown format “${values.format}”; use atom, rss or json.`);
  let limit: number | null = null;
  if (values.limit !== undefined) {
    if (!/^\d{1,9}$/.test(values.limit)) return usageError(`--limit must be a whole number (0 for all shares), not “${values.limit}”.`);
    limit = Number(values.limit);
  }
  return { kind: 'feed', backup: values.backup, format, tag: values.tag ?? null, limit, out: values.out ?? null };
}

function usageError(message: string): CliCommand {
  return { kind: 'usage-error', message };
}

/** node:util's messages are long and name internals; this says the same in one short sentence. */
function optionProblem(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option “${option}”.`;
  if (/does not take an argument/.test(message)) return `The option “${option}” does not take a value.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `The option “${option}” needs a value.`;
  return message;
}
