// A WordPress site for the plugin's test, from Debian's packages: a MariaDB server of its own
// (a data directory and socket in a temporary folder, no network port), a copy of Debian's
// WordPress 6.1 installed with wp_install(), served by PHP's built-in server on a free port.
// Everything it starts is stopped by `stop()`, and killed if the test process exits first.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const NEEDED = [
  [`${WORDPRESS}/wp-settings.php`, 'wordpress'],
  [`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`, 'wordpress-theme-twentytwentythree'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  ['/usr/bin/php', 'php-cli'],
];

export const ADMIN = { user: 'admin', password: 'admin-Pa55-word' };
export const EDITOR = { user: 'editor', password: 'editor-Pa55-word' };

/** Fail with what to install when Debian's packages are missing (`cargo xtask test` installs them). */
export function checkRequirements() {
  const missing = NEEDED.filter(([file]) => !fs.existsSync(file)).map(([, pkg]) => pkg);
  const mysqli = spawnSync('php', ['-r', "exit(extension_loaded('mysqli') ? 0 : 1);"]);
  if (mysqli.status !== 0) missing.push('php-mysql');
  if (missing.length) {
    throw new Error(`Missing for the WordPress test: apt-get install --no-install-recommends ${[...new Set(missing)].join(' ')} (cargo xtask test does it when run as root)`);
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const running = new Set();
const folders = new Set();
// Whatever is still running when the test process ends (a failure, an interrupt) is killed,
// and its folder removed.
process.on('exit', () => {
  for (const child of running) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(130));
}

/** Start a program in a process group of its own, its output into `log`. */
function start(program, args, { log, env = {}, cwd } = {}) {
  const out = fs.openSync(log, 'a');
  const child = spawn(program, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Stop a process group started by `start`, and wait for it. */
async function halt(child) {
  if (!running.has(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(check, what, { timeout = 30_000, child, log } = {}) {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (child && child.exitCode !== null) {
      throw new Error(`${what}: the process exited (${child.exitCode}); its log:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    }
    if (Date.now() > until) throw new Error(`${what}: not ready after ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function php(args, { cwd, env = {} } = {}) {
  const result = spawnSync('php', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`php ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * Start the site: its database, WordPress installed with an administrator and an editor, and
 * PHP's server. Returns the site's origin, its folders and `stop()`.
 */
export async function startSite() {
  checkRequirements();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-wordpress-'));
  folders.add(dir);
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await halt(child);
    folders.delete(dir);
    // WORDPRESS_TEST_KEEP=1 keeps the site's folder (its logs: php-server.log, debug.log).
    if (process.env.WORDPRESS_TEST_KEEP) console.log(`# the WordPress site's folder, kept: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: a server of its own, on a socket in the folder, no TCP port.
    const data = path.join(dir, 'mariadb');
    const socket = path.join(dir, 'mariadb.sock');
    const dbLog = path.join(dir, 'mariadb.log');
    const install = spawnSync('mariadb-install-db', [
      '--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root',
    ], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    const mariadb = start('/usr/sbin/mariadbd', [
      '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root',
      `--pid-file=${path.join(dir, 'mariadb.pid')}`, `--log-error=${dbLog}`, '--innodb-buffer-pool-size=64M',
    ], { log: dbLog });
    children.push(mariadb);
    await waitFor(() => fs.existsSync(socket), 'MariaDB', { child: mariadb, log: dbLog });

    // WordPress: a copy of Debian's (its links followed), with a configuration of its own.
    const root = path.join(dir, 'wordpress');
    fs.cpSync(WORDPRESS, root, { recursive: true, dereference: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const salt = () => crypto.randomBytes(32).toString('base64');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    const debugLog = path.join(dir, 'debug.log');
    fs.writeFileSync(path.join(root, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
// No request leaves the machine (update checks, the dashboard's news), no cron by loopback.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${debugLog}' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
    fs.writeFileSync(path.join(dir, 'install.php'), `<?php
$db = new mysqli( 'localhost', 'root', '', '', 0, ${JSON.stringify(socket)} );
$db->query( 'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
// No mail is sent by the install (there is no mail server).
function wp_mail() { return true; }
require ${JSON.stringify(path.join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install( 'Massage guide test site', ${JSON.stringify(ADMIN.user)}, 'admin@example.com', true, '', ${JSON.stringify(ADMIN.password)} );
$editor = wp_insert_user( array( 'user_login' => ${JSON.stringify(EDITOR.user)}, 'user_pass' => ${JSON.stringify(EDITOR.password)}, 'user_email' => 'editor@example.com', 'role' => 'editor' ) );
if ( is_wp_error( $editor ) ) { fwrite( STDERR, $editor->get_error_message() ); exit( 1 ); }
// No avatars: WordPress would fetch them from gravatar.com, and nothing leaves this machine.
update_option( 'show_avatars', 0 );
echo wp_json_encode( array( 'theme' => get_stylesheet(), 'version' => get_bloginfo( 'version' ) ) );
`);
    const installed = JSON.parse(php([path.join(dir, 'install.php')]));

    // PHP's built-in server, with a few workers: a browser asks for many files at once.
    const serverLog = path.join(dir, 'php-server.log');
    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], { log: serverLog, env: { PHP_CLI_SERVER_WORKERS: '4' } });
    children.push(server);
    await waitFor(async () => {
      try { return (await fetch(`${origin}/wp-login.php`)).ok; } catch { return false; }
    }, 'PHP server', { child: server, log: serverLog });

    /** Run PHP with WordPress loaded (as the command line, no user): `code` echoes the answer. */
    const wpPhp = (code) => {
      const file = path.join(dir, 'query.php');
      fs.writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require ${JSON.stringify(path.join(root, 'wp-load.php'))};
${code}
`);
      return php([file]);
    };
    /** What WordPress logged (PHP notices, warnings, doing-it-wrong) about the plugin. */
    const pluginLog = () => (fs.existsSync(debugLog) ? fs.readFileSync(debugLog, 'utf8') : '')
      .split('\n').filter((line) => /massage[-_]guide/i.test(line));
    return { origin, dir, root, installed, stop, wpPhp, pluginLog };
  } catch (error) {
    await stop();
    throw error;
  }
}
