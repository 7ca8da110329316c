// Where a tap on Start spends its time: cold loads of the standalone page at 4x CPU with a tap
// the moment Start shows, each under Chromium's sampling profiler, from the WebAssembly's mount
// to the safety question on screen. Prints the functions with the most samples (inclusive and
// self) over all loads:
//   GUIDE_DIST=/tmp/dist-names LOADS=3 node tools/profile-tap.mjs
// The WebAssembly's functions have names only in a build that keeps them: add `-g` to
// `data-wasm-opt-params` in index.html's `<link data-trunk rel="rust" ...>` in a scratch
// copy of the repository and `trunk build --release --dist /tmp/dist-names` there. A function's
// first call compiles it (V8 compiles WebAssembly lazily): that time is counted to its caller.
import { serve, launch, dist } from '../tests/e2e/harness.mjs';

const LOADS = Number(process.env.LOADS ?? 3);
const server = await serve({ mounts: { '/': process.env.GUIDE_DIST ?? dist } });
const browser = await launch();
const inclusive = new Map();
const own = new Map();
let total = 0;
const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const clean = (name) => name.replace(/::h[0-9a-f]{16}/g, '').replace(/<impl [^>]*>/g, '').slice(0, 110);
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.addInitScript(() => {
    const find = (selector) => document.querySelector('massage-guide')?.shadowRoot?.querySelector(selector);
    const poll = () => {
      const start = find('button.primary');
      if (!window.__tapped && start?.getBoundingClientRect().height && customElements.get('massage-guide')) {
        window.__tapped = true;
        start.click();
      }
      if (find('h2')?.textContent.includes('safety check')) return (window.__next = true);
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.__next, null, { timeout: 30_000 });
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  // From the first sample inside `mount_guide` to the configuration's fetch (which comes after
  // the safety question is drawn).
  let mounted = false;
  for (const sample of profile.samples) {
    const stack = [];
    for (let id = sample; nodes.has(id); id = parent.get(id)) stack.push(clean(nodes.get(id).callFrame.functionName || '(anonymous)'));
    if (!mounted && !stack.some((f) => f.includes('mount_guide'))) continue;
    if (stack.some((f) => f.includes('fetch_text') || f.includes('read_clinic'))) break;
    mounted = true;
    total += 1;
    add(own, stack[0]);
    for (const f of new Set(stack)) add(inclusive, f);
  }
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([f, count]) => `${String(Math.round((100 * count) / total)).padStart(4)}%  ${f}`).join('\n');
console.log(`${total} samples (0.1 ms each, at 4x CPU) from the mount to the safety question, ${LOADS} loads`);
console.log(`\nincluding what they call:\n${top(inclusive, 30)}`);
console.log(`\nin themselves:\n${top(own, 15)}`);
await browser.close();
process.exit(0);
