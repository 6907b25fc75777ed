/**
 * The storage gate (core/feed/scrub-html.ts): linear in its input, and what it costs.
 * - Pathological families at 100 KB, 1 MB and 5 MB: time per MB at 5 MB over time per MB at 100 KB (goal ≤ 1.5×).
 * - Throughput on the corpus's articles: the parse5 gate against the hand-written one it replaced, in the same run
 *   (that one is read from the project's history, commit BEFORE_PARSE5, into .tmp/ — it is not in the tree).
 * - A backup holding one article at the 5,000,000-character cap, read back (goal < 5 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scrubHtml } from '../src/core/feed/scrub-html';
import { parseBackup, serializeBackup } from '../src/core/backup';
import { MAX_STORED_CONTENT } from '../src/core/stored-share';
import { defaultSettings } from '../src/core/settings';
import { corpusPageNames, readCorpusPage } from '../src/core/test-pages';
import { median, ms, ratio } from './measure';

const ROOT = resolve(import.meta.dirname, '..');
/** The last commit with the hand-written gate. */
const BEFORE_PARSE5 = '2d388652b4c23bdfd8074d5d50ad74724e47f75e';
const OLD_GATE_FILES = [
  'scrub-html',
  'html-elements',
  'html-policy',
  'html-text',
  'html-tokenizer',
  'open-elements',
  'html-entities',
  'xml',
];

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const PARAGRAPH =
  '<p>The harbour wall was rebuilt in <a href="https://harbour.example/granite">granite</a> after the great storm of ' +
  '<em>1881</em>, when the old timber pier was carried away in a single night &amp; three boats went with it.</p>\n';

/** Each family builds a document of about `size` characters. */
const FAMILIES: Record<string, (size: number) => string> = {
  'normal article': (size) => repeat(PARAGRAPH, size),
  'empty comments <!---->': (size) => repeat('<!---->', size),
  'comments <!-- x -->': (size) => repeat('<!-- x -->', size),
  'deep nesting <div>': (size) => repeat('<div>', size),
  'unclosed inline <b>': (size) => repeat('<b>', size),
  'runs of <': (size) => repeat('<', size),
  'huge attribute': (size) => `<p title="${'a'.repeat(size - 20)}">x</p>`,
  'misnested <a><div>': (size) => repeat('<a href="https://e.example/"><div>', size),
  'deep, then <form></x> (text only)': (size) => `${'<div>'.repeat(2_100)}${repeat('<form></x>', size - 10_500)}`,
  'nested tables': (size) => repeat('<table><tr><td>', size),
  'cloned formatting': (size) => `<p>${Array.from({ length: 300 }, (_, i) => `<b id=${i}>`).join('')}${repeat('<p>word', size)}`,
};

const SIZES = [100_000, 1_000_000, 5_000_000];
const RUNS: Record<number, number> = { 100_000: 15, 1_000_000: 5, 5_000_000: 3 };

function msPerMb(html: string, runs: number): number {
  scrubHtml(html); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    scrubHtml(html);
    times.push(performance.now() - start);
  }
  return median(times) / (html.length / 1_000_000);
}

async function oldGate(): Promise<((html: string) => string) | null> {
  const dir = join(ROOT, '.tmp', 'old-gate', 'src', 'core', 'feed');
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of OLD_GATE_FILES) {
      const source = execFileSync('git', ['show', `${BEFORE_PARSE5}:src/core/feed/${name}.ts`], { cwd: ROOT, encoding: 'utf8' });
      mkdirSync(dirname(join(dir, `${name}.ts`)), { recursive: true });
      writeFileSync(join(dir, `${name}.ts`), source);
    }
    const module = (await import(join(dir, 'scrub-html.ts'))) as { scrubHtml: (html: string) => string };
    return module.scrubHtml;
  } catch {
    return null; // a clone without that history (shallow): the comparison is left out
  }
}

export async function benchGate(): Promise<string[]> {
  const lines = ['Storage gate, pathological input (time per MB; ratio = per MB at 5 MB ÷ per MB at 100 KB, goal ≤ 1.5×)'];
  for (const [name, make] of Object.entries(FAMILIES)) {
    const perMb = SIZES.map((size) => msPerMb(make(size), RUNS[size]!));
    const worst = perMb[2]! / perMb[0]!;
    lines.push(
      `  ${name.padEnd(24)} 100 KB ${ms(perMb[0]!).padStart(7)}/MB   1 MB ${ms(perMb[1]!).padStart(7)}/MB   5 MB ${ms(perMb[2]!).padStart(7)}/MB   ${ratio(worst)}`,
    );
  }

  const articles = corpusPageNames().map((name) => readCorpusPage(name).expectedHtml);
  const bytes = articles.reduce((sum, html) => sum + html.length, 0);
  const old = await oldGate();
  const throughput = (gate: (html: string) => string) => {
    for (const html of articles) gate(html);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      for (const html of articles) gate(html);
      times.push(performance.now() - start);
    }
    return median(times);
  };
  if (articles.length) {
    const ours = throughput((html) => scrubHtml(html, 'https://site.example/page'));
    const mbps = (time: number) => `${(bytes / 1_000_000 / (time / 1000)).toFixed(1)} MB/s`;
    lines.push(`Storage gate on the corpus's ${articles.length} articles (${(bytes / 1_000_000).toFixed(1)} MB)`);
    lines.push(`  parse5 gate ${ms(ours)} (${mbps(ours)}, ${ms(ours / articles.length)} an article)`);
    if (old) {
      const before = throughput(old);
      lines.push(`  hand-written gate it replaced ${ms(before)} (${mbps(before)}); parse5 ÷ hand-written ${ratio(ours / before)}`);
    } else lines.push('  (the hand-written gate is not in this clone’s history: comparison left out)');
  }

  // An article exactly as the gate stores it, as close to the cap as whole paragraphs go.
  const stored = scrubHtml(PARAGRAPH.trim());
  const huge = stored.repeat(Math.floor(MAX_STORED_CONTENT / stored.length));
  const file = serializeBackup(
    [hugeShare(huge)],
    defaultSettings('urn:uuid:bench', '2026-01-01T00:00:00.000Z'),
    '2026-01-01T00:00:00.000Z',
  );
  const start = performance.now();
  const parsed = parseBackup(file);
  const restoreMs = performance.now() - start;
  lines.push(
    `  a backup holding one article at the ${MAX_STORED_CONTENT.toLocaleString('en')}-character cap, read back through the gate: ${ms(restoreMs)} (${parsed.ok ? 'restorable' : parsed.error}; goal < 5 s)`,
  );
  return lines;
}

function hugeShare(content: string) {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    url: 'https://site.example/huge',
    canonicalUrl: 'https://site.example/huge',
    title: 'The largest article a share may hold',
    comment: '',
    tags: [],
    sharedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    capture: 'article' as const,
    article: {
      content,
      excerpt: '',
      byline: null,
      siteName: null,
      lang: null,
      publishedAt: null,
      modifiedAt: null,
      image: null,
      favicon: null,
      wordCount: 0,
      truncated: false,
    },
  };
}
