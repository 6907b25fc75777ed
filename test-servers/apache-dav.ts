/**
 * A real WebDAV server for the tests: Debian's Apache httpd with mod_dav, a throw-away instance per test file on a
 * free port, with its own config, document root, lock database and htpasswd file in a temporary folder — no system
 * service, nothing left behind. Facts it relies on are in ../shared/TOOLCHAIN.md ("A real WebDAV server").
 *   /dav/      read by anyone, written with Basic auth (user "ada", password "correct horse")
 *   /dav/ro/   readable, never writable (403 even with the password)
 * With `cors`, it answers CORS (preflights too, without auth) for browser-extension origins only.
 * It listens on 127.0.0.2 by default: the address the test builds may reach (vite.config.ts), unlike the test
 * pages' 127.0.0.1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APACHE = '/usr/sbin/apache2';
export const DAV_USER = 'ada';
export const DAV_PASSWORD = 'correct horse';
/** The header a test sends to reach the folder by plain HTTP, as Sharefeed does. */
export const DAV_AUTH = { Authorization: `Basic ${btoa(`${DAV_USER}:${DAV_PASSWORD}`)}` };

export interface DavServer {
  origin: string;
  /** The writable folder's address (ending in `/`). */
  folderUrl: string;
  /** Where the served files are on disk. */
  root: string;
  /** The text of a served file (relative to /dav/), or null. */
  read(path: string): string | null;
  /** Stops it (in-flight requests are cut off), ready to start again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Kills every process at once, as a crash would. */
  kill(): void;
  /** Stops it and removes everything it made. */
  dispose(): Promise<void>;
}

export async function startDav({ cors = false, host = '127.0.0.2' } = {}): Promise<DavServer> {
  if (!existsSync(APACHE)) throw new Error('Apache httpd is not installed: apt-get install apache2 apache2-utils (.ci/run does).');
  const dir = mkdtempSync(join(tmpdir(), 'sharefeed-dav-'));
  const port = await freePort(host);
  for (const folder of ['www/dav/ro', 'lock']) mkdirSync(join(dir, folder), { recursive: true });
  // Apache drops to www-data: the temporary folder (made 0700) must be traversable, and it must own what it writes.
  chmodSync(dir, 0o755);
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'www-data'], { encoding: 'utf8' })));
  for (const owned of ['www', 'www/dav', 'lock']) chownSync(join(dir, owned), uid!, gid!);
  execFileSync('htpasswd', ['-B', '-b', '-c', join(dir, 'htpasswd'), DAV_USER, DAV_PASSWORD], { stdio: 'ignore' });
  writeFileSync(join(dir, 'httpd.conf'), config(dir, host, port, cors));
  const origin = `http://${host}:${port}`;
  const pidFile = join(dir, 'httpd.pid');
  const pid = () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0);

  const start = async () => {
    rmSync(pidFile, { force: true });
    const run = spawnSync(APACHE, ['-f', join(dir, 'httpd.conf'), '-k', 'start'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`Apache did not start: ${run.stderr}`);
    await waitFor(async () => (await fetch(`${origin}/`).catch(() => null)) !== null, 'Apache to answer');
  };
  const kill = () => {
    const group = pid();
    if (group) spawnSync('kill', ['-KILL', '--', `-${group}`]);
    rmSync(pidFile, { force: true });
  };
  const stop = async () => {
    const group = pid();
    if (!group) return;
    spawnSync(APACHE, ['-f', join(dir, 'httpd.conf'), '-k', 'stop']);
    await waitFor(async () => !alive(group), 'Apache to stop').catch(() => kill());
    await waitFor(async () => (await fetch(`${origin}/`).catch(() => null)) === null, 'the port to close');
  };
  await start();
  return {
    origin,
    folderUrl: `${origin}/dav/`,
    root: join(dir, 'www', 'dav'),
    read: (path) => {
      const file = join(dir, 'www', 'dav', path);
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    },
    stop,
    start,
    kill,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function alive(group: number): boolean {
  const ps = spawnSync('ps', ['-e', '-o', 'pgid=,stat='], { encoding: 'utf8' }).stdout;
  return ps.split('\n').some((line) => {
    const [pgid, stat] = line.trim().split(/\s+/);
    return Number(pgid) === group && !stat?.startsWith('Z');
  });
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`waited 10 s for ${what}`);
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, host: string, port: number, cors: boolean): string {
  const modules = [
    'mpm_event',
    'authz_core',
    'authz_user',
    'authn_core',
    'authn_file',
    'auth_basic',
    'dav',
    'dav_fs',
    'mime',
    'headers',
    'setenvif',
    'rewrite',
  ];
  return `ServerRoot /usr/lib/apache2
ServerName ${host}
PidFile ${dir}/httpd.pid
Listen ${host}:${port}
User www-data
Group www-data
StartServers 1
ServerLimit 2
ThreadsPerChild 16
MaxRequestWorkers 32
MinSpareThreads 8
MaxSpareThreads 32
${modules.map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
AddType application/atom+xml .atom
AddType application/rss+xml .rss
AddType application/json .json
AddType text/html .html
AddCharset utf-8 .html .atom .rss .json
<Files "*.json">
  ForceType application/json
</Files>
<Files "feed.json">
  ForceType application/feed+json
</Files>
ErrorLog ${dir}/error.log
LogLevel warn
DocumentRoot ${dir}/www
DavLockDB ${dir}/lock/DavLock
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${dir}/www>
  Dav On
  Options None
  AuthType Basic
  AuthName "sharefeed-test"
  AuthUserFile ${dir}/htpasswd
  <Limit GET HEAD OPTIONS>
    Require all granted
  </Limit>
  <LimitExcept GET HEAD OPTIONS>
    Require valid-user
  </LimitExcept>
</Directory>
<Location /dav/ro>
  AuthzSendForbiddenOnFailure On
  <Limit GET HEAD OPTIONS>
    Require all granted
  </Limit>
  <Limit PROPFIND>
    Require valid-user
  </Limit>
  <LimitExcept GET HEAD OPTIONS PROPFIND>
    Require user nobody
  </LimitExcept>
</Location>
${cors ? CORS : ''}`;
}

/** CORS for extension origins only; preflights answered before authentication. */
const CORS = `SetEnvIfNoCase Origin "^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$" CORS_ORIGIN=$1
SetEnvIf Access-Control-Request-Method "." CORS_PREFLIGHT=1
Header always set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN
Header always set Access-Control-Allow-Credentials "true" env=CORS_ORIGIN
Header always set Access-Control-Expose-Headers "ETag, Last-Modified, Content-Length, Content-Type, Location, DAV" env=CORS_ORIGIN
Header always merge Vary "Origin"
RewriteEngine On
RewriteCond %{REQUEST_METHOD} =OPTIONS
RewriteCond %{ENV:CORS_PREFLIGHT} =1
RewriteRule ^ - [R=204,L]
<If "%{REQUEST_METHOD} == 'OPTIONS' && -n %{HTTP:Access-Control-Request-Method}">
  Header always set Access-Control-Allow-Methods "GET, HEAD, PUT, DELETE, MKCOL, MOVE, COPY, PROPFIND, OPTIONS" env=CORS_ORIGIN
  Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, Destination, Overwrite, If, If-Match, If-None-Match" env=CORS_ORIGIN
  Header always set Access-Control-Max-Age "600" env=CORS_ORIGIN
</If>
`;
