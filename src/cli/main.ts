/** `npm run sharefeed -- feed --backup <file> --format atom`: the Node entry, wiring only. */
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, chunks) => writeFile(path, chunks, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
