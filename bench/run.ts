/**
 * `npm run bench` — every benchmark, each against a baseline measured in the same run, printed as ratios.
 * `npm run bench -- feeds` (or `extraction`, `gate`, `popup`, `publish`, `restore`, `share`) runs one section. Needs `npm run build:chrome` for the
 * extraction script's size and the popup section (the npm script builds first).
 */
import { benchExtraction } from './extraction';
import { benchFeeds } from './feeds';
import { benchGate } from './gate';
import { benchPopup } from './popup';
import { benchPublish } from './publish';
import { benchRestore } from './restore';
import { benchShareLatency } from './share-latency';

const SECTIONS: Record<string, () => Promise<string[]> | string[]> = {
  extraction: benchExtraction,
  feeds: benchFeeds,
  gate: benchGate,
  popup: benchPopup,
  publish: benchPublish,
  restore: benchRestore,
  share: benchShareLatency,
};

const wanted = process.argv.slice(2).filter((arg) => arg in SECTIONS);
console.log(
  `Sharefeed benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
  console.log('');
  for (const line of await SECTIONS[name]!()) console.log(line);
}
