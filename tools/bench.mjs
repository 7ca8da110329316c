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

// 1. What a visitor downloads for the first screen: on the standalone page (its HTML and what
//    it names), and in an embedded guide (the loader carrying the first screen, and the same
//    WebAssembly, glue, stylesheet and configuration).
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
// (The WebAssembly is not named in the HTML: the loader asks for it after the first paint.)
const firstLoad = ['index.html', 'clinic.json',
  ...[...html.matchAll(/(?:href|src)=["']?\.\/([^"' >]+)/g)].map((m) => m[1]),
  ...fs.readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'))]
  .filter((f, i, all) => all.indexOf(f) === i && fs.existsSync(path.join(dist, f)));
const embedLoad = ['embed/massage-guide.js',
  ...firstLoad.filter((f) => !['index.html', 'embed/page.js'].includes(f) && !f.startsWith('favicon'))];
const measure = (name) => {
  const bytes = fs.readFileSync(path.join(dist, name));
  return {
    name,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const files = firstLoad.map(measure);
const total = sum(files);
const embedTotal = sum(embedLoad.map(measure));

// 2. A static page with the same first screen, for the ratio: the standalone page without its
//    scripts. Its first screen is declared in the HTML (rendered at build time), so it is the
//    very markup and stylesheet the guide paints first.
const staticHtml = html
  .replace(/<script[^>]*src="?\.\/embed\/page\.js"?[^>]*><\/script>/, '')
  .replace(/<link[^>]*rel=["']?(modulepreload|preload)[^>]*>/g, '');
if (staticHtml.includes('<script')) throw new Error('bench: the static page still has a script');
// A clinic's page with the snippet from docs/embedding.md.
const embedHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic's page</title>
<script type="module" src="/embed/massage-guide.js"></script></head>
<body><h1>Riverside Massage</h1>
<massage-guide config="/clinic.json"><a href="tel:+17062868344">Call us: (706) 286-8344</a></massage-guide>
</body></html>`;

// 2b. The same first screens built with SurveyJS, pinned, installed on first use into
//     target/surveyjs (a bench tool, like Lighthouse, not something every test run downloads).
const surveyjs = path.join(root, 'target', 'surveyjs');
const SURVEYJS = '2.5.38';
if (!fs.existsSync(path.join(surveyjs, 'node_modules', 'survey-js-ui', 'package.json'))
  || JSON.parse(fs.readFileSync(path.join(surveyjs, 'node_modules', 'survey-js-ui', 'package.json'), 'utf8')).version !== SURVEYJS) {
  await run('npm', ['install', '--prefix', surveyjs, '--no-audit', '--no-fund', `survey-core@${SURVEYJS}`, `survey-js-ui@${SURVEYJS}`], { timeout: 180_000 });
}
const surveyFiles = ['survey-core/survey-core.min.css', 'survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js']
  .map((name) => path.join(surveyjs, 'node_modules', name))
  .concat([path.join(root, 'tools', 'surveyjs', 'index.html'), path.join(root, 'tools', 'surveyjs', 'guide.js')]);
const surveyBrotli = surveyFiles.reduce((sum, file) => sum
  + zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
const sendFile = (file, type) => (req, res) => { res.writeHead(200, { 'content-type': type }); fs.createReadStream(file).pipe(res); };

const server = await serve({
  mounts: { '/': dist, '/surveyjs/': path.join(surveyjs, 'node_modules') },
  routes: {
    '/static.html': (req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(staticHtml); },
    '/embed.html': (req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(embedHtml); },
    '/surveyjs.html': sendFile(path.join(root, 'tools', 'surveyjs', 'index.html'), 'text/html'),
    '/surveyjs-guide.js': sendFile(path.join(root, 'tools', 'surveyjs', 'guide.js'), 'text/javascript'),
  },
});
const browser = await launch();

/** One cold load: a fresh context (empty cache), 4x CPU throttling; ms until the first
 *  question can be answered (its button is on screen), and the layout shift. With `next`
 *  (a selector, and text it must contain), the button is tapped as soon as it shows, and
 *  `interactive` is when the next screen is on screen: the tap carried out (the guide's
 *  loader shows its first question, rendered at build time, and keeps what is ticked on it),
 *  and `appShown` when the app's own copy of that screen is. */
async function coldLoad(url, selector, next) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(([selector, next]) => {
    window.__cls = 0;
    // When the WebAssembly is instantiated: one mark of where a tap's time goes.
    const { instantiate, instantiateStreaming } = WebAssembly;
    const done = (result) => { window.__instantiated ??= performance.now(); return result; };
    WebAssembly.instantiate = (...args) => instantiate(...args).then(done);
    WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(done);
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    const find = (sel) => document.querySelector(sel)
      ?? document.querySelector('massage-guide')?.shadowRoot?.querySelector(sel);
    const shown = (el, text) => el && el.getBoundingClientRect().height > 0 && (!text || el.textContent.includes(text));
    const after = () => {
      if (shown(find(next[0]), next[1])) window.__interactive ??= performance.now();
      // The app's own copy of the screen, once the guide is mounted (the loader takes its own
      // away as it mounts): the guide's first question is first the loader's, shown on the tap
      // before the WebAssembly is ready.
      const guide = document.querySelector('massage-guide');
      if (guide ? guide.guide && shown(find(next[0]), next[1]) : window.__interactive !== undefined) window.__appShown = performance.now();
      else requestAnimationFrame(after);
    };
    // The guide's tap waits for its loader to have run, which keeps a tap made before the
    // WebAssembly is ready; one made before that (tens of ms after the first paint, faster
    // than a person taps) is lost. `loaderAfter` says how long that was.
    const loaderRan = () => !document.querySelector('massage-guide') || customElements.get('massage-guide');
    const tap = () => {
      if (!loaderRan()) return requestAnimationFrame(tap);
      window.__loaderAfter = performance.now() - window.__ready;
      find(selector).click();
      requestAnimationFrame(after);
    };
    const poll = () => {
      const el = find(selector);
      if (shown(el)) {
        window.__ready = performance.now();
        if (next) tap();
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, [selector, next]);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  if (next) await page.waitForFunction(() => window.__appShown !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  // A load with a tap reports no layout shift: the tap is a script's, not the visitor's, so
  // the next screen's own layout would count as one.
  const result = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'));
    return {
      ready: window.__ready, interactive: window.__interactive, appShown: window.__appShown, cls: window.__cls, loaderAfter: window.__loaderAfter,
      wasmAsked: wasm?.startTime, wasmIn: wasm?.responseEnd, instantiated: window.__instantiated,
    };
  });
  await context.close();
  return result;
}

const guideLoads = [];
const embedLoads = [];
const embedTaps = [];
const staticLoads = [];
const surveyLoads = [];
const guideTaps = [];
const surveyTaps = [];
for (let i = 0; i < LOADS; i++) {
  // Alternate, so that machine noise falls on all alike. Loads with a tap are separate
  // loads: their layout shift is not the load's.
  guideLoads.push(await coldLoad(server.origin + '/', 'button.primary'));
  staticLoads.push(await coldLoad(server.origin + '/static.html', 'button.primary'));
  surveyLoads.push(await coldLoad(server.origin + '/surveyjs.html', '.sd-navigation__start-btn'));
  guideTaps.push(await coldLoad(server.origin + '/', 'button.primary', ['h2', 'safety check']));
  embedLoads.push(await coldLoad(server.origin + '/embed.html', 'button.primary'));
  embedTaps.push(await coldLoad(server.origin + '/embed.html', 'button.primary', ['h2', 'safety check']));
  surveyTaps.push(await coldLoad(server.origin + '/surveyjs.html', '.sd-navigation__start-btn', ['.sd-question__title', 'Do any of these apply']));
}
const guideReady = guideLoads.map((l) => l.ready);
const staticReady = staticLoads.map((l) => l.ready);
const guideInteractive = guideTaps.map((l) => l.interactive);
const loaderAfter = [...guideTaps, ...embedTaps].map((l) => l.loaderAfter);
const embedReady = embedLoads.map((l) => l.ready);
const embedInteractive = embedTaps.map((l) => l.interactive);
const surveyReady = surveyLoads.map((l) => l.ready);
const surveyInteractive = surveyTaps.map((l) => l.interactive);

// 3. Interaction latency over the whole flow (ten times through), the JS heap and the
//    WebAssembly memory after it.
const context = await browser.newContext({ viewport });
const page = await context.newPage();
// Keep a handle on the guide's WebAssembly memory to read its size after the flow.
await page.addInitScript(() => {
  const keep = (result) => {
    const instance = result.instance ?? result;
    // By its type, not its name: the build gives the exports short names (tools/post-build.mjs).
    window.__benchWasmMemory = Object.values(instance.exports ?? {}).find((e) => e instanceof WebAssembly.Memory);
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
// The interview (issue 20): the safety check and the back's red flags answered with "None of
// these", which goes on by itself; the health background left empty.
const flow = async () => {
  latencies.push(await step('button.primary', await heading()));
  latencies.push(await step('button.none-of-these', await heading()));
  await tick('lower-back');
  latencies.push(await step('button.primary', await heading()));
  await tick('6'); await tick('over-3-months'); await tick('spreads-down-leg');
  latencies.push(await step('button.primary', await heading()));
  latencies.push(await step('button.none-of-these', await heading()));
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

// 3b. The setup page: a keystroke in the clinic's name until the preview guide shows it
//     (the preview is given the configuration in memory and mounts again), 4x CPU.
const setupContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const setupPage = await setupContext.newPage();
const setupCdp = await setupContext.newCDPSession(setupPage);
await setupCdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await setupPage.goto(server.origin + '/setup/');
await setupPage.locator('#preview .clinic-name').waitFor();
await setupPage.locator('#name-en').fill('');
await setupPage.locator('#name-en').focus();
await setupPage.evaluate(() => {
  document.querySelector('#name-en').addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
  window.__shown = (text) => new Promise((resolve) => {
    const check = () => {
      const name = document.querySelector('#preview')?.shadowRoot?.querySelector('.clinic-name');
      if (name?.textContent === text) resolve(performance.now() - window.__keyAt);
      else requestAnimationFrame(check);
    };
    check();
  });
});
const typed = 'Riverside Massage Clinic';
const keystrokes = [];
for (let i = 0; i < typed.length; i++) {
  await setupPage.keyboard.press(typed[i] === ' ' ? 'Space' : typed[i]);
  const shown = typed.slice(0, i + 1);
  // A trailing space is trimmed from the name: the preview shows the text before it.
  keystrokes.push(await setupPage.evaluate((text) => window.__shown(text), shown.trimEnd()));
}
const setupKept = await setupPage.evaluate(() => ({ value: document.querySelector('#name-en').value, focused: document.activeElement?.id }));
await setupContext.close();
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
  firstLoad: { files, total, embedded: { files: embedLoad, total: embedTotal } },
  timeToFirstQuestionMs: {
    guide: { median: round(median(guideReady)), spread: spread(guideReady).map(round) },
    embedded: { median: round(median(embedReady)), spread: spread(embedReady).map(round), ratio: round(median(embedReady) / median(staticReady)) },
    staticPage: { median: round(median(staticReady)), spread: spread(staticReady).map(round) },
    ratio: round(median(guideReady) / median(staticReady)),
  },
  // A tap on "Start" as soon as it shows, until the safety question is on screen.
  timeToInteractiveMs: {
    guide: { median: round(median(guideInteractive)), spread: spread(guideInteractive).map(round) },
    ratioToStaticPage: round(median(guideInteractive) / median(staticReady)),
    embedded: { median: round(median(embedInteractive)), spread: spread(embedInteractive).map(round), ratioToStaticPage: round(median(embedInteractive) / median(staticReady)) },
    // Until the app's own copy of the next screen is on screen (the WebAssembly mounted).
    appShown: {
      guide: { median: round(median(guideTaps.map((l) => l.appShown))), ratioToStaticPage: round(median(guideTaps.map((l) => l.appShown)) / median(staticReady)) },
      embedded: { median: round(median(embedTaps.map((l) => l.appShown))), ratioToStaticPage: round(median(embedTaps.map((l) => l.appShown)) / median(staticReady)) },
    },
    // From the first question visible until the loader had run (a tap is kept from then on).
    loaderRanAfterMs: { median: round(median(loaderAfter)), worst: round(Math.max(...loaderAfter)) },
    // Where the time of a tap on the standalone page goes, each a median from the page's start.
    timeline: Object.fromEntries(['ready', 'interactive', 'wasmAsked', 'wasmIn', 'instantiated', 'appShown']
      .map((mark) => [mark, round(median(guideTaps.map((l) => l[mark])))])),
  },
  surveyjs: {
    version: SURVEYJS,
    firstLoadBrotli: surveyBrotli,
    firstQuestion: { median: round(median(surveyReady)), spread: spread(surveyReady).map(round), ratioToStaticPage: round(median(surveyReady) / median(staticReady)) },
    interactive: { median: round(median(surveyInteractive)), spread: spread(surveyInteractive).map(round), ratioToStaticPage: round(median(surveyInteractive) / median(staticReady)) },
    cumulativeLayoutShift: { median: median(surveyLoads.map((l) => l.cls)), worst: Math.max(...surveyLoads.map((l) => l.cls)) },
  },
  cumulativeLayoutShift: { median: median(guideLoads.map((l) => l.cls)), worst: Math.max(...guideLoads.map((l) => l.cls)) },
  cumulativeLayoutShiftEmbedded: { median: median(embedLoads.map((l) => l.cls)), worst: Math.max(...embedLoads.map((l) => l.cls)) },
  interactionLatencyMs: { median: round(median(latencies)), worst: round(Math.max(...latencies)), steps: latencies.map(round) },
  jsHeapAfterFlowBytes: heap.usedSize,
  wasmMemoryAfterFlowBytes: wasmMemory,
  wasmMemoryAfterFlowsBytes: { flows: FLOWS, bytes: wasmMemoryAfterAll },
  setupKeystrokeToPreviewMs: {
    median: round(median(keystrokes)),
    worst: round(Math.max(...keystrokes)),
    keystrokes: keystrokes.length,
    nothingLost: setupKept.value === typed && setupKept.focused === 'name-en',
  },
  lighthouse,
};
fs.mkdirSync(path.join(root, 'target'), { recursive: true });
fs.writeFileSync(path.join(root, 'target', 'bench.json'), JSON.stringify(result, null, 2));

const pad = (s, n) => String(s).padStart(n);
console.log(`\nFirst load (what a visitor downloads for the first screen)`);
console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const f of files) console.log(`${f.name.padEnd(44)} ${pad(f.raw, 9)} ${pad(f.gzip, 9)} ${pad(f.brotli, 9)}`);
console.log(`${'total, standalone page'.padEnd(44)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
console.log(`${'total, embedded guide'.padEnd(44)} ${pad(embedTotal.raw, 9)} ${pad(embedTotal.gzip, 9)} ${pad(embedTotal.brotli, 9)}`);
const t = result.timeToFirstQuestionMs;
console.log(`\nTime until the first question can be answered (${LOADS} cold loads each, ${THROTTLE}x CPU throttling)`);
console.log(`  standalone page  median ${t.guide.median} ms (${t.guide.spread.join('–')}), ${t.ratio}x the static page`);
console.log(`  embedded guide   median ${t.embedded.median} ms (${t.embedded.spread.join('–')}), ${t.embedded.ratio}x the static page`);
console.log(`  static page      median ${t.staticPage.median} ms (${t.staticPage.spread.join('–')})`);
const ti = result.timeToInteractiveMs;
const sj = result.surveyjs;
console.log(`Interactive: a tap on Start as soon as it shows, until the safety question is on screen`);
console.log(`  standalone page  median ${ti.guide.median} ms (${ti.guide.spread.join('–')}), ${ti.ratioToStaticPage}x the static page's first question`);
console.log(`  embedded guide   median ${ti.embedded.median} ms (${ti.embedded.spread.join('–')}), ${ti.embedded.ratioToStaticPage}x the static page's first question`);
console.log(`  the app's own copy of it: standalone page median ${ti.appShown.guide.median} ms, ${ti.appShown.guide.ratioToStaticPage}x; embedded guide median ${ti.appShown.embedded.median} ms, ${ti.appShown.embedded.ratioToStaticPage}x`);
console.log(`  (a tap is kept from when the loader has run: median ${ti.loaderRanAfterMs.median} ms, worst ${ti.loaderRanAfterMs.worst} ms after the first question shows)`);
const tl = ti.timeline;
console.log(`  where it goes, standalone page (medians): Start shown ${tl.ready} ms, the first question (the loader's, rendered at build time) ${tl.interactive} ms, WebAssembly asked for ${tl.wasmAsked} ms, in ${tl.wasmIn} ms, compiled and instantiated ${tl.instantiated} ms, the app's own first question ${tl.appShown} ms (its mount and first render)`);
console.log(`SurveyJS ${sj.version}, the same first screens (first load ${(sj.firstLoadBrotli / 1024).toFixed(1)} KiB brotli against the guide's ${(total.brotli / 1024).toFixed(1)} KiB)`);
console.log(`  first question median ${sj.firstQuestion.median} ms (${sj.firstQuestion.spread.join('–')}), ${sj.firstQuestion.ratioToStaticPage}x the static page`);
console.log(`  interactive    median ${sj.interactive.median} ms (${sj.interactive.spread.join('–')}), ${sj.interactive.ratioToStaticPage}x the static page`);
console.log(`  layout shift   median ${sj.cumulativeLayoutShift.median.toFixed(3)}, worst ${sj.cumulativeLayoutShift.worst.toFixed(3)}`);
console.log(`Layout shift while the guide takes over: standalone page median ${result.cumulativeLayoutShift.median.toFixed(3)}, worst ${result.cumulativeLayoutShift.worst.toFixed(3)}; embedded guide median ${result.cumulativeLayoutShiftEmbedded.median.toFixed(3)}, worst ${result.cumulativeLayoutShiftEmbedded.worst.toFixed(3)}`);
console.log(`Click on Next to the next step painted (${latencies.length} steps, ${FLOWS} times through the flow): median ${result.interactionLatencyMs.median} ms, worst ${result.interactionLatencyMs.worst} ms`);
console.log(`JS heap after the whole flow: ${(heap.usedSize / 1024).toFixed(0)} KiB`);
const kib = (bytes) => (bytes === null ? 'not found' : `${(bytes / 1024).toFixed(0)} KiB`);
console.log(`WebAssembly memory after the whole flow: ${kib(wasmMemory)}; after ${FLOWS} flows: ${kib(wasmMemoryAfterAll)}`);
const sk = result.setupKeystrokeToPreviewMs;
console.log(`Setup page, a keystroke until the preview shows it (${sk.keystrokes} keystrokes, ${THROTTLE}x CPU): median ${sk.median} ms, worst ${sk.worst} ms; ${sk.nothingLost ? 'no character or focus lost' : `LOST: ${JSON.stringify(setupKept)}`}`);
console.log(`Lighthouse (mobile): ${lighthouse.ran === false ? `could not run here: ${lighthouse.why}` : JSON.stringify(lighthouse)}`);
console.log(`\nWritten to target/bench.json`);
