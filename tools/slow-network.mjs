// Cold loads of the standalone page on Lighthouse's slow 4G (150 ms round trip, 1.6 Mbps down)
// at 4x CPU, every file served brotli-compressed as a clinic's server would, with a tap on
// Start `TAP_AFTER` ms after it shows (0: the moment it shows). Alternates between builds, so
// machine noise falls on all alike, and prints the medians side by side:
//   DISTS=/tmp/dist-before,dist TAP_AFTER=0 N=7 node tools/slow-network.mjs
// (docs/performance.md, "Lighthouse 100, and where a tap's time goes", has what it measured.)
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { launch, dist } from '../tests/e2e/harness.mjs';

const N = Number(process.env.N ?? 7);
const TAP_AFTER = Number(process.env.TAP_AFTER ?? 0);
const DISTS = (process.env.DISTS ?? dist).split(',');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const compressed = new Map();
const serveBuild = (root) => new Promise((resolve) => {
  const server = http.createServer((req, res) => {
    let name = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (name.endsWith('/')) name += 'index.html';
    const file = path.join(root, path.normalize(name));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    if (!compressed.has(file)) {
      compressed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-encoding': 'br' });
    res.end(compressed.get(file));
  }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
});
const origins = await Promise.all(DISTS.map((d) => serveBuild(path.resolve(d))));
const browser = await launch();
const rows = DISTS.map(() => []);
for (let i = 0; i < N * DISTS.length; i++) {
  const which = i % DISTS.length;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await page.addInitScript((tapAfter) => {
    const t = (window.__t = {});
    const mark = (k) => { if (!(k in t)) t[k] = Math.round(performance.now()); };
    const find = (selector) => document.querySelector('massage-guide')?.shadowRoot?.querySelector(selector);
    const poll = () => {
      const start = find('button.primary');
      if (start?.getBoundingClientRect().height) mark('shown');
      // A tap is kept from when the loader has run (the element is defined).
      if (t.shown !== undefined && !t.tapped && performance.now() >= t.shown + tapAfter && customElements.get('massage-guide')) {
        mark('tapped');
        start.click();
      }
      // The safety question on screen (the loader's copy, rendered at build time, from a tap
      // before the WebAssembly is ready), then the app's own.
      if (find('h2')?.textContent.includes('safety check')) {
        mark('next');
        if (document.querySelector('massage-guide').guide) return mark('app');
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, TAP_AFTER);
  await page.goto(`${origins[which]}/`);
  await page.waitForFunction(() => window.__t.app !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => ({ ...window.__t, painted: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime) }));
  rows[which].push({ ...t, wait: t.next - t.tapped });
  await context.close();
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`slow 4G, 4x CPU, ${N} cold loads each, a tap ${TAP_AFTER} ms after Start shows (medians, ms)`);
console.log(''.padEnd(34), ...DISTS.map((d) => d.slice(-14).padStart(14)));
for (const [key, label] of [['painted', 'first paint'], ['shown', 'Start shown'], ['tapped', 'tapped'], ['next', 'the safety question on screen'], ['wait', 'from the tap to it'], ['app', "the app's own copy of it"]]) {
  console.log(label.padEnd(34), ...rows.map((r) => String(median(r.map((x) => x[key]))).padStart(14)));
}
await browser.close();
process.exit(0);
