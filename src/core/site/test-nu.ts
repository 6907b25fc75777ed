/**
 * Test helper (Node only): the W3C Nu HTML checker, offline (npm vnu-jar, run with Java), over many pages in one
 * run of the checker. Answers each error as "file: message".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export function nuErrors(pages: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sharefeed-nu-'));
  try {
    const files = Object.entries(pages).map(([name, html]) => {
      const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.html`);
      writeFileSync(file, html);
      return file;
    });
    let report = '';
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      report = (err as { stderr?: string }).stderr ?? String(err);
    }
    if (!report.trim()) return [];
    const { messages } = JSON.parse(report) as { messages: { type: string; url: string; message: string; extract?: string }[] };
    return messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message} [${m.extract ?? ''}]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
