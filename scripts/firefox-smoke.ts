/* eslint-disable @typescript-eslint/no-explicit-any -- RDP packets are untyped JSON, read field by field */
/**
 * Firefox smoke test: `web-ext run` installs the Firefox build as a temporary add-on in headless Firefox ESR, then
 * Firefox's remote debugging protocol (RDP) hands us everything the add-on's pages have logged. It fails when the
 * install fails (a manifest Firefox rejects) or the add-on logged an error or warning: an uncaught exception or
 * rejection, a module that did not load (Firefox files that under warnings), a console.error.
 * Usage: npx tsx scripts/firefox-smoke.ts [dir=dist-firefox]; FIREFOX overrides /usr/bin/firefox-esr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const dir = process.argv[2] ? resolve(process.argv[2]) : resolve(import.meta.dirname, '../dist-firefox');
const startedAt = Date.now();
const DEADLINE_MS = 50_000; // the whole run: CI never waits on a stuck Firefox
const SETTLE_MS = 3_000; // after install, for errors of the background page's asynchronous startup work

// CI has no network. Every host name resolves to 127.0.0.1, where nothing answers, so nothing leaves the machine or
// waits on a timeout; the rest turn off the services that would still try (checked: no DNS query, no connection).
const prefs: Record<string, string | number | boolean> = {
  'network.dns.native-is-localhost': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,#remote-settings-off/v1', // heeded only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1
  'app.normandy.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.region.network.url': '',
  'dom.push.connection.enabled': false,
  'browser.topsites.contile.enabled': false,
  'telemetry.fog.test.localhost_port': -1, // Glean: pretend pings were sent
};

const profile = mkdtempSync(join(tmpdir(), 'sharefeed-firefox-'));
// A process group of its own, so one kill ends web-ext, Firefox and Firefox's content processes in any state.
const webExt = spawn(
  resolve(import.meta.dirname, '../node_modules/.bin/web-ext'),
  [
    'run',
    '--source-dir',
    dir,
    '--firefox',
    process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    '--firefox-profile',
    profile,
    '--keep-profile-changes',
    '--no-input',
    '--no-reload',
    '--no-config-discovery',
    '--verbose', // logs the debugger port, which our own RDP connection needs
    ...Object.entries(prefs).map(([name, value]) => `--pref=${name}=${value}`),
  ],
  {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  },
);

function finish(code: 0 | 1, message: string): never {
  try {
    process.kill(-webExt.pid!, 'SIGKILL');
  } catch {
    /* already gone */
  }
  rmSync(profile, { recursive: true, force: true });
  console[code ? 'error' : 'log'](`firefox-smoke: ${message}`);
  process.exit(code);
}
const log: string[] = []; // web-ext's own log, Firefox's output in it
const webExtErrors: string[] = [];
setTimeout(() => finish(1, `timed out after ${DEADLINE_MS / 1000} s; last log lines:\n${log.slice(-15).join('\n')}`), DEADLINE_MS);
process.on('uncaughtException', (error) => finish(1, String(error.stack)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => finish(1, `stopped by ${signal}`));

// web-ext reports a failed install by exiting non-zero; after a good one it runs until killed.
const port = await new Promise<number>((installed) => {
  let debuggerPort = 0;
  createInterface({ input: webExt.stdout }).on('line', (line) => {
    log.push(line);
    debuggerPort ||= Number(/-start-debugger-server (\d+)/.exec(line)?.[1] ?? 0);
    if (/Installed .* as a temporary add-on/.test(line)) installed(debuggerPort);
  });
  createInterface({ input: webExt.stderr }).on('line', (line) => /^\s*(at |$)/.test(line) || webExtErrors.push(line));
  webExt.on('close', (code) => finish(1, `web-ext exited (${code}) without installing the add-on:\n${webExtErrors.join('\n')}`));
});

// RDP packets are `<byte length>:<JSON>`. An actor answers requests in order; packets with a `type` are events.
type Packet = { from: string; type?: string; error?: string; message?: string; [key: string]: any };
const socket = connect(port, '127.0.0.1').on('error', (error) => finish(1, `debugger connection: ${error.message}`));
const waiting: { from: string; answer: (packet: Packet) => void }[] = [];
const problems: string[] = [];
let buffer = Buffer.alloc(0);
socket.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (let colon; (colon = buffer.indexOf(':')) > 0;) {
    const end = colon + 1 + Number(buffer.subarray(0, colon).toString());
    if (buffer.length < end) return;
    const packet: Packet = JSON.parse(buffer.subarray(colon + 1, end).toString());
    buffer = buffer.subarray(end);
    if (packet.type === 'resources-available-array') collectProblems(packet);
    const i = packet.type ? -1 : waiting.findIndex((w) => w.from === packet.from);
    if (i >= 0) waiting.splice(i, 1)[0]!.answer(packet);
  }
});
const answer = (from: string) => new Promise<Packet>((resolve) => waiting.push({ from, answer: resolve }));
async function request(to: string, type: string, fields: object = {}): Promise<Packet> {
  const json = JSON.stringify({ to, type, ...fields });
  socket.write(`${Buffer.byteLength(json)}:${json}`);
  const packet = await answer(to);
  return packet.error ? finish(1, `RDP ${type}: ${packet.error}: ${packet.message}`) : packet;
}

const text = (grip: any): string => (typeof grip === 'string' ? grip : (grip?.initial ?? grip?.class ?? JSON.stringify(grip)));
function collectProblems({ array }: Packet) {
  for (const [kind, resources] of array as [string, any[]][]) {
    for (const { pageError: e, level, arguments: args, filename, lineNumber } of resources) {
      if (kind === 'error-message' && !e.info)
        problems.push(`${e.warning ? 'warning' : 'error'}: ${text(e.errorMessage)} (${e.sourceName}:${e.lineNumber})`);
      if (kind === 'console-message' && level === 'error')
        problems.push(`console.error: ${args.map(text).join(' ')} (${filename}:${lineNumber})`);
    }
  }
}

await answer('root'); // the greeting
const addon = (await request('root', 'listAddons')).addons.find((a: Packet) => a.temporarilyInstalled);
if (!addon) finish(1, 'web-ext said it installed the add-on, but Firefox lists no temporary add-on');
const watcher = (await request(addon.actor, 'getWatcher')).actor;
await request(watcher, 'watchTargets', { targetType: 'frame' }); // the background page, among others
await request(watcher, 'watchResources', { resourceTypes: ['error-message', 'console-message'] }); // replays the past too
await new Promise((wait) => setTimeout(wait, SETTLE_MS));

if (problems.length) finish(1, `${addon.id} logged ${problems.length} problem(s):\n${problems.join('\n')}`);
finish(0, `${addon.id} installed in Firefox ESR and ran without errors (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
