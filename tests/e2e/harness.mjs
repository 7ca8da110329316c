// Shared by the browser tests: a static server for dist/ on 127.0.0.1, Chromium, and checks
// that run on every page (no console errors, no request leaving 127.0.0.1).
import http from 'node:http';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// GUIDE_DIST: another build to serve (the bench compares builds of two commits).
export const dist = process.env.GUIDE_DIST ?? path.join(root, 'dist');
// The same release build with the `test-hooks` cargo feature, for the tests that crash the
// guide on purpose (`window.__massageGuideForcePanic`): the shipped build has no such trigger.
// `cargo xtask test` builds it after dist/.
export const testHooksDist = process.env.GUIDE_TEST_HOOKS_DIST ?? path.join(root, 'target', 'dist-test-hooks');

/** Fail with what to run when the test-hooks build is missing or older than `dist`. */
export function assertTestHooksBuild() {
  const built = (dir) => fs.statSync(path.join(dir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs;
  const hooks = built(testHooksDist);
  const shipped = built(dist) ?? 0;
  const build = 'trunk build --release --offline --features test-hooks --dist target/dist-test-hooks (or cargo xtask test)';
  assert.ok(hooks !== undefined, `no test-hooks build in ${testHooksDist}: run ${build}`);
  assert.ok(hooks >= shipped, `the test-hooks build in ${testHooksDist} is older than ${dist}: run ${build}`);
}
export const screenshots = path.join(root, 'target', 'screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The CSP the guide promises to work under (docs/embedding.md, issue "never fails"). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serve files on 127.0.0.1 at a free port. `mounts` maps a URL prefix to a folder
 * (longest prefix wins); `routes` maps a path to a handler(req, res); `csp` adds the strict
 * Content-Security-Policy header to every HTML page; `cors` lets any origin read the files (a
 * CDN's answer).
 */
export function serve({ mounts = { '/': dist }, routes = {}, csp = false, cors = false } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (routes[url.pathname]) return routes[url.pathname](req, res);
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    const dir = prefix && mounts[prefix];
    let rest = prefix ? url.pathname.slice(prefix.length) : '';
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = dir && path.join(dir, decodeURIComponent(rest));
    if (!file || !file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type };
    if (csp && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_CSP;
    if (cors) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/**
 * A fresh page at `viewport` that records console errors and any request that leaves
 * `origin` (with `touch`, as a phone's touch screen). Call `finish()` at the end of the test to assert on both.
 */
export async function openPage(browser, origin, viewport, { colorScheme = 'light', touch = false } = {}) {
  // `touch`: a phone's touch screen (it can call: the result's call button is a button).
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  // Content-Security-Policy violations, reported by the page itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('response', (res) => { if (res.status() >= 400) errors.push(`HTTP ${res.status()} ${res.url()}`); });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, context, errors, foreign };
}

/**
 * Tick or untick the option whose input has this value (labels are what a person taps).
 * `'none'` taps "None of these" on a red-flag screen, which answers it and goes on.
 */
export async function choose(page, value) {
  if (value === 'none') {
    await page.locator('button.none-of-these:visible').click();
    return;
  }
  await page.locator(`label.choice:has(input[value="${value}"])`).click();
}

export async function next(page) {
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

/**
 * The sciatica persona's answers, screen by screen (the flow most tests walk): the safety
 * check, where it hurts, the pain, the back's own questions, the health background, the goals.
 */
export const SCIATICA = [['none'], ['lower-back'], ['6', 'over-3-months', 'spreads-down-leg'], ['none'], [], ['relieve-pain']];

/**
 * From the start screen, answer each question screen with `screens` (the values to tick on
 * it) and go on; ends on whatever the last "Next" leads to.
 */
export async function walk(page, screens) {
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (const values of screens) {
    await page.locator('.massage-guide h2:visible').first().waitFor();
    for (const value of values) await choose(page, value);
    // "None of these" answers a red-flag screen and goes on by itself.
    if (values.at(-1) !== 'none') await next(page);
  }
}

/** Hold back the WebAssembly and the configuration (`what`) until the test lets each go (the
 *  function returned under its name), then let it through, or with `abort` refuse it: a
 *  connection that drops on the way. */
export async function hold(page, what = ['wasm', 'config'], { abort = false } = {}) {
  const patterns = { wasm: /_bg\.wasm$/, config: /clinic\.json$/ };
  const gates = {};
  for (const name of what) {
    let open;
    const gate = new Promise((resolve) => { open = resolve; });
    gates[name] = open;
    await page.route(patterns[name], async (route) => { await gate; await (abort ? route.abort() : route.continue()); });
  }
  return gates;
}

/**
 * Every guide on the page has been taken over by the app: the first screen rendered at build
 * time, which shows the same heading before, is gone, and what a test reads or taps next is
 * the app's own.
 */
export const mounted = (page) => page.waitForFunction(
  () => [...document.querySelectorAll('massage-guide')].every((el) => el.guide !== undefined),
);

/** The step heading, once the screen has changed to it and the app shows it (unless a test of
 *  the build-time screen asks for it before, with `{ mounted: false }`). */
export async function heading(page, text, { mounted: app = true } = {}) {
  const h = page.locator('h2', { hasText: text });
  await h.waitFor();
  if (app) await mounted(page);
  return h;
}

/** On the first question shown before the WebAssembly is ready: chest pain ticked and Next,
 *  until the loader's emergency call shows; returns its heading. */
export async function emergencyBeforeTheGuide(page) {
  await page.getByRole('checkbox', { name: /^Chest pain/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  return heading(page, 'Call 911 now', { mounted: false });
}

/** axe-core on the current screen, WCAG 2.2 AA tags; returns the violations. */
export async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshots, { recursive: true });
  // From the top: a full-page capture draws the sticky header wherever the page was scrolled
  // to, which is not what a visitor sees.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** A computed colour, `rgb(r, g, b)` or `color(srgb r g b)`, as `#rrggbb`. */
export function hex(css) {
  const scale = css.startsWith('color(') ? 255 : 1;
  return `#${css.match(/-?[\d.]+(e-?\d+)?/g).slice(0, 3).map((n) => Math.min(255, Math.max(0, Math.round(n * scale))).toString(16).padStart(2, '0')).join('')}`;
}
