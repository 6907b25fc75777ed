/**
 * Firefox ESR for the Firefox suite, driven over Marionette — Firefox's own automation protocol, spoken directly
 * (a length-prefixed JSON socket; geckodriver is not packaged for Debian and its npm package downloads a binary).
 * Why Marionette: it opens the add-on's own pages (moz-extension://…) in a tab and types and clicks in them like a
 * person, and its chrome context can do what a person does in Firefox's own UI (grant a host permission, read the
 * downloads). WebDriver BiDi (Puppeteer) does not report loads or console messages of extension pages, and the
 * remote debugging protocol (RDP) cannot type or click. Both need `-remote-allow-system-access` for any of this.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** A fixed moz-extension UUID, so every extension URL is known in advance. */
export const ADDON_UUID = '5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0';
export const ADDON_BASE = `moz-extension://${ADDON_UUID}/`;
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

type Reply = { ok: (value: never) => void; ko: (error: Error) => void; name: string };

export interface Firefox {
  downloads: string;
  /** Runs `script` (the body of an async function: `arguments[i]`, `await`, `return`) in the current page. */
  exec<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
  /** The same, in Firefox's privileged chrome context. */
  chrome<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
  navigate(url: string): Promise<void>;
  /** An element by CSS selector, or by XPath when it starts with `/`; waits up to 15 s for it. */
  find(selector: string): Promise<string>;
  type(element: string, text: string): Promise<void>;
  click(element: string): Promise<void>;
  text(element: string): Promise<string>;
  /** Waits until `check` answers something truthy. */
  until<T>(what: string, check: () => Promise<T>, ms?: number): Promise<T>;
  newTab(): Promise<string>;
  switchTo(handle: string): Promise<void>;
  currentTab(): Promise<string>;
  /** A protocol message, sent by the extension page open in the current tab (as the options page sends it). */
  message<T = Record<string, unknown>>(message: object): Promise<T>;
  /** Errors and warnings the add-on's pages logged (Firefox's console service). */
  addonProblems(): Promise<string[]>;
  quit(): Promise<void>;
}

export async function launchFirefox(addonDir: string): Promise<Firefox> {
  const geckoId = (
    JSON.parse(readFileSync(join(addonDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }
  ).browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'sharefeed-firefox-'));
  const downloads = join(profile, 'downloads');
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
    // No network: every host name is 127.0.0.1, and the background services that would still try are off.
    'network.dns.native-is-localhost': true,
    'network.proxy.type': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-off/v1',
    'app.normandy.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.region.network.url': '',
    'dom.push.connection.enabled': false,
    'browser.topsites.contile.enabled': false,
    'telemetry.fog.test.localhost_port': -1,
    // <a download> saves straight into our folder, without a dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  // A process group of its own, so one kill ends Firefox and its content processes in any state.
  const firefox = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  const output: string[] = [];
  firefox.stdout!.on('data', (d) => output.push(String(d)));
  firefox.stderr!.on('data', (d) => output.push(String(d)));
  const kill = () => {
    try {
      process.kill(-firefox.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = join(profile, 'MarionetteActivePort');
    for (const end = Date.now() + 30_000; !(existsSync(portFile) && readFileSync(portFile, 'utf8').trim()); await sleep(50)) {
      if (firefox.exitCode !== null || Date.now() > end) throw new Error(`Firefox did not start:\n${output.join('').slice(-2000)}`);
    }
    const send = await marionette(Number(readFileSync(portFile, 'utf8')));
    // The parameters are the capabilities themselves, flat; `implicit` makes finding an element wait for it.
    await send('WebDriver:NewSession', {
      timeouts: { implicit: 15_000, pageLoad: 30_000, script: 60_000 },
      unhandledPromptBehavior: 'dismiss',
    });
    const { value: id } = await send<{ value: string }>('Addon:Install', { path: addonDir, temporary: true });
    if (id !== geckoId) throw new Error(`installed ${id}, not ${geckoId}`);
    return driver(send, firefox, downloads, kill);
  } catch (err) {
    kill();
    throw err;
  }
}

function driver(send: Send, firefox: ChildProcess, downloads: string, kill: () => void): Firefox {
  const exec = async <T>(script: string, ...args: unknown[]) =>
    (await send<{ value: T }>('WebDriver:ExecuteScript', { script: `return (async () => {\n${script}\n})();`, args })).value;
  const chrome = async <T>(script: string, ...args: unknown[]) => {
    await send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await exec<T>(script, ...args);
    } finally {
      await send('Marionette:SetContext', { value: 'content' });
    }
  };
  const until = async <T>(what: string, check: () => Promise<T>, ms = 15_000): Promise<T> => {
    for (const end = Date.now() + ms; ; await sleep(100)) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    }
  };
  return {
    downloads,
    exec,
    chrome,
    until,
    navigate: async (url) => void (await send('WebDriver:Navigate', { url })),
    find: async (selector) =>
      (
        await send<{ value: Record<string, string> }>('WebDriver:FindElement', {
          using: selector.startsWith('/') ? 'xpath' : 'css selector',
          value: selector,
        })
      ).value[ELEMENT]!,
    type: async (element, text) => {
      await send('WebDriver:ElementClear', { id: element });
      await send('WebDriver:ElementSendKeys', { id: element, text });
    },
    click: async (element) => void (await send('WebDriver:ElementClick', { id: element })),
    text: async (element) => (await send<{ value: string }>('WebDriver:GetElementText', { id: element })).value,
    newTab: async () => (await send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' })).handle,
    switchTo: async (handle) => void (await send('WebDriver:SwitchToWindow', { handle })),
    currentTab: async () => (await send<{ value: string }>('WebDriver:GetWindowHandle')).value,
    message: (message) => exec('return browser.runtime.sendMessage(arguments[0])', message),
    addonProblems: () =>
      chrome<string[]>(
        `return Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && (m.sourceName || '').startsWith(arguments[0]) && !(m.flags & Ci.nsIScriptError.infoFlag))
          .map((m) => m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')');`,
        ADDON_BASE,
      ),
    quit: async () => {
      await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      const exited = new Promise((done) => firefox.once('exit', done));
      await Promise.race([exited, sleep(15_000)]);
      // Content processes outlive the parent by a moment.
      for (const end = Date.now() + 5_000; Date.now() < end && alive(firefox.pid!);) await sleep(50);
      kill();
    },
  };
}

function alive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

type Send = <T = unknown>(name: string, params?: object) => Promise<T>;

/** Marionette: `<byte length>:<JSON>` packets; a greeting, then each command [0, id, name, params] answered [1, id, error, result]. */
async function marionette(port: number): Promise<Send> {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((ok, ko) => {
    socket.once('connect', ok);
    socket.once('error', ko);
  });
  const pending = new Map<number, Reply>();
  let buffer = Buffer.alloc(0);
  let greeted: () => void;
  const greeting = new Promise<void>((resolve) => (greeted = resolve));
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let colon; (colon = buffer.indexOf(':')) > 0;) {
      const end = colon + 1 + Number(buffer.subarray(0, colon).toString());
      if (buffer.length < end) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, end).toString()) as unknown;
      buffer = buffer.subarray(end);
      if (!Array.isArray(packet)) {
        greeted();
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, never];
      const call = pending.get(id);
      pending.delete(id);
      if (error) call?.ko(new Error(`${call.name}: ${error.error}: ${error.message}`));
      else call?.ok(result);
    }
  });
  socket.on('close', () => {
    for (const call of pending.values()) call.ko(new Error(`${call.name}: Marionette connection closed`));
    pending.clear();
  });
  socket.on('error', () => undefined);
  await greeting;
  let next = 1;
  return <T>(name: string, params: object = {}) =>
    new Promise<T>((ok, ko) => {
      const id = next++;
      pending.set(id, { ok: ok as (value: never) => void, ko, name });
      const json = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(json)}:${json}`);
    });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
