/** The CLI's behaviour over injected files and streams, so tests run it without a process. */
import { parseBackup } from '../core/backup';
import { streamFeed } from '../core/feed/index';
import { SHAREFEED_VERSION } from '../core/version';
import { USAGE, parseCliArgs } from './parse-args';

export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, chunks: Iterable<string>): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 done, 1 the input could not be used, 2 the command line was wrong. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help' || command.kind === 'version') {
    io.stdout(command.kind === 'help' ? USAGE : `${SHAREFEED_VERSION}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    io.stderr(`sharefeed: ${command.message} Run “sharefeed --help” for the options.\n`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(command.backup);
  } catch (err) {
    io.stderr(`sharefeed: ${fileProblem(err, command.backup, 'read')}\n`);
    return 1;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    io.stderr(`sharefeed: ${parsed.error}\n`);
    return 1;
  }
  for (const warning of parsed.warnings) io.stderr(`sharefeed: warning: ${warning}\n`);
  const { shares, settings } = parsed.backup;
  const feedSettings = command.limit === null ? settings : { ...settings, limit: command.limit };
  // parseBackup passed every article through the storage gate: a file is untrusted input.
  const feed = streamFeed(command.format, shares, feedSettings, command.tag ?? undefined);
  if (command.out === null) {
    for (const chunk of feed.chunks) io.stdout(chunk);
    return 0;
  }
  try {
    await io.writeFile(command.out, feed.chunks);
  } catch (err) {
    io.stderr(`sharefeed: ${fileProblem(err, command.out, 'write')}\n`);
    return 1;
  }
  return 0;
}

function fileProblem(err: unknown, path: string, verb: 'read' | 'write'): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return verb === 'read' ? `There is no file “${path}”.` : `The folder for “${path}” does not exist.`;
  if (code === 'EISDIR') return `“${path}” is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') return `Permission denied: cannot ${verb} “${path}”.`;
  return `Cannot ${verb} “${path}” (${err instanceof Error ? err.message : String(err)}).`;
}
