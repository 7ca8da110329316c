// `cargo xtask bench` (after a release build): how fast the guide is for a visitor on a phone.
// Prints a table and writes target/bench.json. Figures are medians with their spread: these
// machines are noisy, so ratios against a static page measured in the same run are the point.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Asynchronous: the page server runs in this same process and must keep answering.
const run = promisify(execFile);
import { serve, launch, dist, root } from '../tests/e2e/harness.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const THROTTLE = 4;
const viewport = { width: 390, height: 844 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
const round = (x) => Math.round(x * 10) / 10;

// 1. What a visitor downloads for the first screen.
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const firstLoad = ['index.html', 'clinic.json', 'embed/massage-guide.js',
  ...[...html.matchAll(/(?:href|src)=["']?\.\/([^"' >]+)/g)].map((m) => m[1])]
  .filter((f, i, all) => all.indexOf(f) === i && fs.existsSync(path.join(dist, f)));
const files = firstLoad.map((name) => {
  const bytes = fs.readFileSync(path.join(dist, name));
  return {
    name,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

// 2. A static page with the same first screen, for the ratio.
const startScreen = `<section class="screen start"><h2>Which massage is right for you?</h2>
  <p class="lead">Answer a few short questions about your pain, your health and what you hope for.</p>
  <div class="start-actions"><button type="button" class="button primary">Start the questions</button>
  <button type="button" class="button secondary">Medical vs general massage</button></div></section>`;
const staticHtml = html
  .replace(/<script[^>]*src="\.\/embed\/massage-guide\.js"[^>]*><\/script>/, '')
  .replace(/<link[^>]*rel=["']?(modulepreload|preload)[^>]*>/g, '')
  .replace(/<p class=loading>[^<]*<\/p>|<p class="loading">[^<]*<\/p>/, startScreen);

const server = await serve({
  routes: {
    '/static.html': (req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(staticHtml); },
  },
});
const browser = await launch();

/** One cold load: a fresh context (empty cache), 4x CPU throttling; ms until the first
 *  question can be answered (its button is on screen), and the layout shift. */
async function coldLoad(url, selector) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript((selector) => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    const find = () => document.querySelector(selector)
      ?? document.querySelector('massage-guide')?.shadowRoot?.querySelector(selector);
    const poll = () => {
      const el = find();
      if (el && el.getBoundingClientRect().height > 0) window.__ready = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ ready: window.__ready, cls: window.__cls }));
  await context.close();
  return result;
}

const guideLoads = [];
const staticLoads = [];
for (let i = 0; i < LOADS; i++) {
  // Alternate, so that machine noise falls on both alike.
  guideLoads.push(await coldLoad(server.origin + '/', 'button.primary'));
  staticLoads.push(await coldLoad(server.origin + '/static.html', 'button.primary'));
}
const guideReady = guideLoads.map((l) => l.ready);
const staticReady = staticLoads.map((l) => l.ready);

// 3. Interaction latency over the whole flow (ten times through), the JS heap and the
//    WebAssembly memory after it.
const context = await browser.newContext({ viewport });
const page = await context.newPage();
// Keep a handle on the guide's WebAssembly memory to read its size after the flow.
await page.addInitScript(() => {
  const keep = (result) => {
    const instance = result.instance ?? result;
    window.__benchWasmMemory = instance.exports?.memory;
    return result;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
  WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(keep);
});
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await page.goto(server.origin + '/');
await page.locator('button.primary').waitFor();
/** Click, then wait for the next paint after the heading changes: ms. */
const step = (buttonSelector, before) => page.evaluate(async ([buttonSelector, before]) => {
  const shadow = document.querySelector('massage-guide').shadowRoot;
  const start = performance.now();
  shadow.querySelector(buttonSelector).click();
  await new Promise((resolve) => {
    const check = () => (shadow.querySelector('h2')?.textContent !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}, [buttonSelector, before]);
const heading = () => page.evaluate(() => document.querySelector('massage-guide').shadowRoot.querySelector('h2').textContent);
const tick = (value) => page.locator(`label.choice:has(input[value="${value}"])`).click();
const latencies = [];
const flow = async () => {
  latencies.push(await step('button.primary', await heading()));
  await tick('none');
  latencies.push(await step('button.primary', await heading()));
  await tick('lower-back');
  latencies.push(await step('button.primary', await heading()));
  await tick('6'); await tick('over-3-months'); await tick('spreads-down-leg');
  latencies.push(await step('button.primary', await heading()));
  latencies.push(await step('button.primary', await heading()));
  await tick('relieve-pain');
  latencies.push(await step('button.primary', await heading()));
};
const wasmMemoryBytes = () => page.evaluate(() => window.__benchWasmMemory?.buffer.byteLength ?? null);
await flow();
await cdp.send('HeapProfiler.collectGarbage');
const heap = await cdp.send('Runtime.getHeapUsage');
const wasmMemory = await wasmMemoryBytes();
// Nine more times through ("Start over" on the result): memory must level off, not climb.
const FLOWS = 10;
for (let i = 1; i < FLOWS; i++) {
  await page.locator('button.secondary', { hasText: /start over/i }).click();
  await flow();
}
const wasmMemoryAfterAll = await wasmMemoryBytes();
await context.close();
await browser.close();

// 4. Lighthouse 12.2.3 (13 needs Node 22), installed on first use into target/lighthouse: it is
//    a bench tool, not something every `cargo xtask test` should download.
let lighthouse;
try {
  const prefix = path.join(root, 'target', 'lighthouse');
  const bin = path.join(prefix, 'node_modules', '.bin', 'lighthouse');
  if (!fs.existsSync(bin)) {
    await run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'lighthouse@12.2.3'], { timeout: 180_000 });
  }
  const reportPath = path.join(prefix, 'report.json');
  await run(bin, [`${server.origin}/`, '--output=json', `--output-path=${reportPath}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, timeout: 180_000, maxBuffer: 64 << 20 });
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  lighthouse = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
} catch (error) {
  lighthouse = { ran: false, why: String(error.message ?? error).split('\n')[0].slice(0, 200) };
}

await server.close();

const result = {
  date: new Date().toISOString(),
  loads: LOADS,
  cpuThrottling: THROTTLE,
  firstLoad: { files, total },
  timeToFirstQuestionMs: {
    guide: { median: round(median(guideReady)), spread: spread(guideReady).map(round) },
    staticPage: { median: round(median(staticReady)), spread: spread(staticReady).map(round) },
    ratio: round(median(guideReady) / median(staticReady)),
  },
  cumulativeLayoutShift: { median: median(guideLoads.map((l) => l.cls)), worst: Math.max(...guideLoads.map((l) => l.cls)) },
  interactionLatencyMs: { median: round(median(latencies)), worst: round(Math.max(...latencies)), steps: latencies.map(round) },
  jsHeapAfterFlowBytes: heap.usedSize,
  wasmMemoryAfterFlowBytes: wasmMemory,
  wasmMemoryAfterFlowsBytes: { flows: FLOWS, bytes: wasmMemoryAfterAll },
  lighthouse,
};
fs.mkdirSync(path.join(root, 'target'), { recursive: true });
fs.writeFileSync(path.join(root, 'target', 'bench.json'), JSON.stringify(result, null, 2));

const pad = (s, n) => String(s).padStart(n);
console.log(`\nFirst load (what a visitor downloads for the first screen)`);
console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const f of files) console.log(`${f.name.padEnd(44)} ${pad(f.raw, 9)} ${pad(f.gzip, 9)} ${pad(f.brotli, 9)}`);
console.log(`${'total'.padEnd(44)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
const t = result.timeToFirstQuestionMs;
console.log(`\nTime until the first question can be answered (${LOADS} cold loads each, ${THROTTLE}x CPU throttling)`);
console.log(`  guide        median ${t.guide.median} ms (${t.guide.spread.join('–')})`);
console.log(`  static page  median ${t.staticPage.median} ms (${t.staticPage.spread.join('–')})`);
console.log(`  ratio        ${t.ratio}x the static page`);
console.log(`Layout shift while the guide takes over: median ${result.cumulativeLayoutShift.median.toFixed(3)}, worst ${result.cumulativeLayoutShift.worst.toFixed(3)}`);
console.log(`Click on Next to the next step painted (${latencies.length} steps, ${FLOWS} times through the flow): median ${result.interactionLatencyMs.median} ms, worst ${result.interactionLatencyMs.worst} ms`);
console.log(`JS heap after the whole flow: ${(heap.usedSize / 1024).toFixed(0)} KiB`);
const kib = (bytes) => (bytes === null ? 'not found' : `${(bytes / 1024).toFixed(0)} KiB`);
console.log(`WebAssembly memory after the whole flow: ${kib(wasmMemory)}; after ${FLOWS} flows: ${kib(wasmMemoryAfterAll)}`);
console.log(`Lighthouse (mobile): ${lighthouse.ran === false ? `could not run here: ${lighthouse.why}` : JSON.stringify(lighthouse)}`);
console.log(`\nWritten to target/bench.json`);
