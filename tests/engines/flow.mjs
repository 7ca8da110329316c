// The main flow, the same in every engine: the tests in this folder give it a `tab` (a page
// opened by Puppeteer in Firefox ESR, or by Selenium in WebKitGTK's MiniBrowser) with three
// methods: `run(fn, ...args)` runs a function in the page and returns its (JSON) result,
// `click(selector, text)` taps the first shown element matching `selector` (in the page or in a
// guide's shadow root, holding `text` when given) with the driver's own pointer, and
// `screenshot(name)`. Everything read from the page is read with plain DOM calls, so nothing
// depends on one engine's protocol.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, dist, screenshots } from '../e2e/harness.mjs';

export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** The clinic's brand, given in `theme` in the configuration. Both colours keep AA contrast in
 *  the light look as they are, so the guide draws with them unchanged. */
export const BRAND = { accent: '#1d4f91', call: '#7a1f5c', font: 'Georgia, serif', dark_mode: false };
const PHONE = 'a[href="tel:+17062868344"]';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Loaded first by every page: records what the browser console would show (no engine here
 *  gives it over its driver alike), Content-Security-Policy violations and the guide's
 *  `massage-guide:result` events. */
const PROBE = `(() => {
window.__probe = { errors: [], events: [] };
const error = console.error;
console.error = function (...args) { window.__probe.errors.push(args.map(String).join(' ')); return error.apply(this, args); };
addEventListener('error', (e) => window.__probe.errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
addEventListener('unhandledrejection', (e) => window.__probe.errors.push('unhandled rejection: ' + e.reason));
document.addEventListener('securitypolicyviolation', (e) => window.__probe.errors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('massage-guide:result', (e) => window.__probe.events.push(e.detail));
// Where the first guide's bar and heading are, every frame from the first paint until a second
// after the app has mounted: each change of the bar's height or the heading's place is kept.
// No engine here but Chromium reports layout shifts, so this is how the others are measured.
const layout = window.__probe.layout = { frames: [], done: false };
let after = 0;
const look = () => {
  const host = document.querySelector('massage-guide');
  const bar = host && host.shadowRoot && host.shadowRoot.querySelector('.clinic-bar');
  const h2 = host && host.shadowRoot && host.shadowRoot.querySelector('h2');
  if (bar && h2) {
    const mounted = host.guide !== undefined;
    const at = 'bar ' + Math.round(bar.getBoundingClientRect().height) + ' px high, heading at ' + Math.round(h2.getBoundingClientRect().top + scrollY) + ' px' + (mounted ? ' (mounted)' : ' (first screen)');
    const last = layout.frames[layout.frames.length - 1];
    if (!last || last.split(' (')[0] !== at.split(' (')[0]) layout.frames.push(at);
    if (mounted && ++after > 60) { layout.done = true; return; }
  }
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
})();
`;

function html(res, body) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
  res.end(body);
}

/**
 * The release build on 127.0.0.1 at a free port, under the strict CSP: `/guide/` is the
 * standalone page, `/clinic-page.html` a clinic's page with the snippet of docs/embedding.md
 * and the brand in its configuration, `/frame.html?src=PATH&width=W&height=H` a page holding
 * PATH in an iframe of that size (WebKitGTK's window is never narrower than 447 px). Each test
 * starts its own, so each starts on an origin with nothing saved.
 */
export function site({ failWasm = false } = {}) {
  // With `failWasm`, the WebAssembly's request is held until the page asks for `/fail-wasm`,
  // then refused: a connection that drops once the visitor has answered.
  let fail;
  const failed = new Promise((resolve) => { fail = resolve; });
  const wasm = fs.readdirSync(dist).find((file) => file.endsWith('_bg.wasm'));
  const failing = failWasm ? {
    [`/guide/${wasm}`]: async (req, res) => { await failed; res.writeHead(404); res.end(); },
    '/fail-wasm': (req, res) => { fail(); res.writeHead(204); res.end(); },
  } : {};
  const clinic = JSON.parse(fs.readFileSync(path.join(dist, 'clinic.json'), 'utf8'));
  const standalone = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (meta) => `${meta}<script src="/probe.js"></script>`);
  assert.ok(standalone.includes('/probe.js'), 'the probe is in the standalone page');
  return serve({
    csp: true,
    mounts: { '/guide/': dist },
    routes: {
      ...failing,
      '/probe.js': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(PROBE);
      },
      '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
      '/blank.html': (req, res) => html(res, '<!doctype html><title>blank</title>'),
      '/guide/': (req, res) => html(res, standalone),
      '/brand-clinic.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...clinic, theme: BRAND }));
      },
      '/clinic-page.html': (req, res) => html(res, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic</title>
<script src="/probe.js"></script><script type="module" src="/guide/embed/massage-guide.js"></script></head>
<body><h1>A clinic's own page</h1><p>The clinic's text.</p>
<massage-guide config="/brand-clinic.json" lang="en"><a href="tel:+17062868344">Call us: (706) 286-8344</a></massage-guide>
<p>More of the clinic's page.</p></body></html>`),
      '/frame.html': (req, res) => {
        const query = new URL(req.url, 'http://x').searchParams;
        const attr = (name) => query.get(name).replace(/[^\w/.?=&-]/g, '');
        html(res, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A frame</title></head>
<body><iframe title="guide" frameborder="0" src="${attr('src')}" width="${attr('width')}" height="${attr('height')}"></iframe></body></html>`);
      },
    },
  });
}

/** In the page: the first shown element matching `selector` in the document or in a guide's
 *  shadow root, holding `text` when given; null when there is none. */
export function locate(selector, text) {
  const roots = [document];
  for (const host of document.querySelectorAll('massage-guide')) if (host.shadowRoot) roots.push(host.shadowRoot);
  for (const root of roots) {
    for (const el of root.querySelectorAll(selector)) {
      const shown = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      if (shown && (text == null || el.textContent.includes(text))) return el;
    }
  }
  return null;
}

/** In the page: whether `locate` finds something (an element itself does not come back from
 *  every driver as a value). */
// eslint-disable-next-line no-new-func
const shown = new Function('selector', 'text', `return (${locate})(selector, text) !== null;`);

/** Poll `fn` in the page until it returns something truthy; fail with `what` after `ms`. */
export async function until(tab, what, fn, ...args) {
  const ms = 15_000;
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await tab.run(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${tab.engine}: waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The screen whose heading holds `text`, shown by the app itself (not the first screen the
 *  build wrote into the page). */
export function heading(tab, text) {
  return until(tab, `the heading "${text}"`, (wanted) => {
    const guides = [...document.querySelectorAll('massage-guide')];
    if (guides.length === 0 || !guides.every((el) => el.guide !== undefined)) return false;
    return guides.some((el) => [...el.shadowRoot.querySelectorAll('h2')]
      .some((h) => h.textContent.includes(wanted) && h.getClientRects().length > 0));
  }, text);
}

/** Tap what `selector` (and `text`) finds, once it is shown. */
export async function tap(tab, selector, text) {
  await until(tab, `${selector}${text ? ` "${text}"` : ''} to be shown`, shown, selector, text ?? null);
  await tab.click(selector, text ?? null);
}

/** Tick the option whose input has this value; `'none'` taps "None of these", which answers a
 *  red-flag screen and goes on. */
export function choose(tab, value) {
  return value === 'none'
    ? tap(tab, 'button.none-of-these')
    : tap(tab, `label.choice:has(input[value="${value}"])`);
}

export const next = (tab) => tap(tab, '.step-nav .button.primary');

/** On every screen: the clinic's number is there to tap, and the guide fits the width without
 *  scrolling sideways. */
export async function checkScreen(tab, viewport, name) {
  const seen = await tab.run((phone) => {
    const link = (() => {
      const roots = [document, ...[...document.querySelectorAll('massage-guide')].map((el) => el.shadowRoot)];
      for (const root of roots) for (const a of root.querySelectorAll(phone)) if (a.getClientRects().length > 0) return a;
      return null;
    })();
    const guide = document.querySelector('massage-guide').getBoundingClientRect();
    return {
      phone: link && { text: link.textContent.trim(), width: link.getBoundingClientRect().width },
      innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      guideLeft: guide.left,
      guideRight: guide.right,
    };
  }, PHONE);
  assert.ok(seen.phone, `${name}: the clinic's phone link is shown`);
  assert.match(seen.phone.text, /\(706\) 286-8344/, `${name}: the phone link shows the number`);
  assert.ok(seen.phone.width >= 24, `${name}: the phone link is ${seen.phone.width} px wide`);
  assert.equal(seen.innerWidth, viewport.width, `${name}: the page is ${viewport.width} px wide`);
  assert.ok(seen.scrollWidth <= viewport.width, `${name}: the page scrolls sideways (${seen.scrollWidth} px)`);
  assert.ok(seen.guideLeft >= 0 && seen.guideRight <= viewport.width,
    `${name}: the guide spans ${seen.guideLeft} to ${seen.guideRight} px`);
}

/** The computed colour of a CSS property of what `selector` finds, as [r, g, b] in sRGB. */
export function colourOf(tab, selector, property) {
  return tab.run((sel, prop) => {
    const roots = [...document.querySelectorAll('massage-guide')].map((el) => el.shadowRoot);
    const el = roots.map((root) => root.querySelector(sel)).find(Boolean);
    if (!el) return null;
    const css = getComputedStyle(el).getPropertyValue(prop);
    const numbers = (css.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
    if (/^rgba?\(/.test(css)) return numbers.slice(0, 3).map(Math.round);
    if (/^color\(srgb /.test(css)) return numbers.slice(0, 3).map((n) => Math.round(n * 255));
    // Any other form: let a canvas draw it.
    const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d');
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
  }, selector, property);
}

function assertColour(found, expected, what) {
  const want = [1, 3, 5].map((i) => parseInt(expected.slice(i, i + 2), 16));
  assert.ok(found && found.every((c, i) => Math.abs(c - want[i]) <= 2),
    `${what}: rgb(${found}) where the clinic's ${expected} (${want}) was expected`);
}

/** At the end of each test: nothing in the console, no CSP violation, no request that left
 *  127.0.0.1, and the events the page heard. */
async function finish(tab, origin, events) {
  const probe = await tab.run((own) => ({
    errors: window.__probe?.errors ?? ['the probe did not run'],
    events: window.__probe?.events ?? [],
    foreign: performance.getEntriesByType('resource').map((e) => e.name)
      .filter((url) => !url.startsWith(own + '/') && !url.startsWith('data:') && !url.startsWith('blob:')),
  }), origin);
  assert.deepEqual([...probe.errors, ...tab.errors()], [], 'no console error, no CSP violation');
  assert.deepEqual(probe.foreign, [], 'no request leaves 127.0.0.1');
  if (events) assert.deepEqual(probe.events, events, 'the massage-guide:result events');
}

/**
 * The flow's tests for one engine: `engine.open(url, viewport)` gives a tab at that size (and
 * `tab.close()` ends it). Four walks at each width: the standalone page to a relaxation
 * massage; a clinic's page with the guide embedded and its brand colours, through the body map
 * with pain to medical massage; a red flag on the safety check to the emergency screen; and a
 * red flag with Next before the WebAssembly is in, which then never comes.
 */
export function flowTests(engine) {
  for (const viewport of VIEWPORTS) {
    const at = `at ${viewport.width} px`;
    const shot = (tab, name) => tab.screenshot(path.join(screenshots, `engines-${engine.id}-${viewport.name}-${name}.png`));

    /** A fresh origin and a tab on `url`, closed whatever happens. */
    async function visit(url, body, options) {
      const server = await site(options);
      let tab;
      try {
        tab = await engine.open(server.origin + url, viewport);
        await body(tab, server.origin);
      } catch (err) {
        // What the guide showed when it failed: its heading, and a screenshot.
        if (tab) {
          const file = `engines-${engine.id}-${viewport.name}-failed-${url.replace(/\W+/g, '')}`;
          const shown = await tab.run(() => [...document.querySelectorAll('massage-guide')]
            .map((el) => el.shadowRoot?.querySelector('h2')?.textContent).join(' | ')).catch((e) => `(unreadable: ${e.message})`);
          await shot(tab, file.replace(`engines-${engine.id}-${viewport.name}-`, '')).catch(() => {});
          err.message += `\n  the guide showed: ${shown}\n  screenshot: target/screenshots/${file}.png`;
        }
        throw err;
      } finally {
        await tab?.close();
        await server.close();
      }
    }

    it(`${at}: the standalone page, no pain and a wish to relax, reaches the relaxation massage`, { timeout: 120_000 }, () => visit('/guide/', async (tab, origin) => {
      await heading(tab, 'Which massage is right for you?');
      await checkScreen(tab, viewport, 'start');
      await tap(tab, 'button[data-action="start"]');
      await heading(tab, 'safety check');
      await checkScreen(tab, viewport, 'safety check');
      await choose(tab, 'none');
      await heading(tab, 'Where does it hurt?');
      await checkScreen(tab, viewport, 'where it hurts');
      await choose(tab, 'no-pain');
      await next(tab);
      await heading(tab, 'Your health');
      await checkScreen(tab, viewport, 'health');
      await next(tab);
      await heading(tab, 'What would you like');
      await choose(tab, 'relax');
      await checkScreen(tab, viewport, 'goals');
      await next(tab);
      await heading(tab, 'general (relaxation) massage');
      await checkScreen(tab, viewport, 'result');
      const result = await tab.run(() => {
        const root = document.querySelector('massage-guide').shadowRoot;
        return {
          outcome: root.querySelector('[data-outcome]')?.dataset.outcome,
          book: root.querySelector('.call-to-book a.button.call')?.getAttribute('href'),
        };
      });
      assert.deepEqual(result, { outcome: 'general-massage', book: 'tel:+17062868344' });
      await shot(tab, 'result-general');
      await finish(tab, origin);
    }));

    it(`${at}: embedded in a clinic's page with its brand colours, pain marked on the body map reaches medical massage`, { timeout: 120_000 }, () => visit('/clinic-page.html', async (tab, origin) => {
      await heading(tab, 'Which massage is right for you?');
      // Nothing moves when the app takes over the first screen the loader drew around the
      // page's own phone link (the bar grew about 20 px at mount before issue 21).
      const frames = await until(tab, 'a second of frames after the mount', () => window.__probe?.layout?.done && window.__probe.layout.frames);
      assert.equal(frames.length, 1, `the bar and the heading stay where they were drawn: ${frames.join(' -> ')}`);
      await checkScreen(tab, viewport, 'start');
      const font = await tab.run(() => getComputedStyle(document.querySelector('massage-guide').shadowRoot.querySelector('h2')).fontFamily);
      assert.match(font, /Georgia/, 'the clinic\'s font');
      assertColour(await colourOf(tab, 'button[data-action="start"]', 'background-color'), BRAND.accent, 'the start button');
      await tap(tab, 'button[data-action="start"]');
      await heading(tab, 'safety check');
      await checkScreen(tab, viewport, 'safety check');
      await choose(tab, 'none');
      await heading(tab, 'Where does it hurt?');
      await checkScreen(tab, viewport, 'where it hurts');
      // A tap on the lower back of the figure seen from the back: on its shape, as a finger
      // lands (WebKitWebDriver finds no rectangle for an SVG <g> and will not tap the group).
      await tap(tab, 'svg[aria-label="Body seen from the back"] g.region[data-region="lower-back"] path');
      const marked = await until(tab, 'the lower back marked', () => {
        const root = document.querySelector('massage-guide').shadowRoot;
        const input = root.querySelector('input[value="lower-back"]');
        return input?.checked && {
          selected: root.querySelectorAll('g.region[aria-checked="true"][data-region="lower-back"]').length,
          named: root.querySelector('.map-chosen')?.textContent ?? '',
        };
      });
      assert.ok(marked.selected >= 1, 'the region is shown chosen on the figure');
      assert.match(marked.named, /lower back/i, 'and named under the figures');
      assertColour(await colourOf(tab, 'g.region[aria-checked="true"][data-region="lower-back"] path', 'fill'), BRAND.accent, 'the chosen region');
      await next(tab);
      await heading(tab, 'About your pain');
      await choose(tab, '6');
      await choose(tab, 'over-3-months');
      await choose(tab, 'spreads-down-leg');
      await checkScreen(tab, viewport, 'about the pain');
      await next(tab);
      await heading(tab, 'About your back');
      await checkScreen(tab, viewport, 'back flags');
      await choose(tab, 'none');
      await heading(tab, 'Your health');
      await next(tab);
      await heading(tab, 'What would you like');
      await choose(tab, 'relieve-pain');
      await next(tab);
      await heading(tab, 'Medical massage is the right fit');
      await checkScreen(tab, viewport, 'result');
      const result = await tab.run(() => {
        const root = document.querySelector('massage-guide').shadowRoot;
        return {
          outcome: root.querySelector('[data-outcome]')?.dataset.outcome,
          book: root.querySelector('.call-to-book a.button.call')?.getAttribute('href'),
          reasons: [...root.querySelectorAll('.reasons li')].map((li) => li.textContent),
          first: root.querySelector('.article .article-title')?.textContent,
          url: location.pathname,
        };
      });
      assert.equal(result.outcome, 'medical-massage');
      assert.equal(result.book, 'tel:+17062868344', 'call to book, on the clinic\'s number');
      assert.ok(result.reasons.some((r) => r.includes('spreads down a leg')), result.reasons.join(' | '));
      assert.ok(result.reasons.some((r) => r.includes('6 out of 10')), result.reasons.join(' | '));
      assert.equal(result.first, 'What Is Sciatica?');
      assert.equal(result.url, '/clinic-page.html', 'the host page\'s address is unchanged');
      // A touch screen fills the call button with the clinic's call colour; a computer, which
      // mostly cannot call, shows the number to read in it.
      const computer = await tab.run(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
      assertColour(await colourOf(tab, '.call-to-book a.button.call', computer ? 'color' : 'background-color'), BRAND.call, 'the call button');
      await shot(tab, 'result-medical');
      await finish(tab, origin, [{ outcome: 'medical-massage' }]);
    }));

    it(`${at}: embedded, a sign of a stroke on the safety check ends at the emergency screen`, { timeout: 120_000 }, () => visit('/clinic-page.html', async (tab, origin) => {
      await heading(tab, 'Which massage is right for you?');
      await tap(tab, 'button[data-action="start"]');
      await heading(tab, 'safety check');
      await choose(tab, 'stroke-face-arm-leg');
      await next(tab);
      await heading(tab, 'Call 911 now');
      await checkScreen(tab, viewport, 'emergency');
      const screen = await tab.run(() => {
        const root = document.querySelector('massage-guide').shadowRoot;
        const emergency = [...root.querySelectorAll('a[href="tel:911"]')].filter((a) => a.getClientRects().length > 0);
        return {
          outcome: root.querySelector('[data-outcome]')?.dataset.outcome,
          emergency: emergency.length,
          book: root.querySelectorAll('.call-to-book').length,
          reasons: [...root.querySelectorAll('.reasons li')].map((li) => li.textContent),
        };
      });
      assert.equal(screen.outcome, 'emergency');
      assert.ok(screen.emergency >= 1, 'a link that dials 911');
      assert.equal(screen.book, 0, 'no call to book');
      assert.ok(screen.reasons.some((r) => r.includes('stroke')), screen.reasons.join(' | '));
      await shot(tab, 'emergency');
      // Ticked by mistake: back to the safety check, the tick kept to take back.
      await tap(tab, 'button', 'I ticked this by mistake');
      await heading(tab, 'safety check');
      assert.equal(await tab.run(() => document.querySelector('massage-guide').shadowRoot
        .querySelector('input[value="stroke-face-arm-leg"]').checked), true);
      await finish(tab, origin, [{ outcome: 'emergency' }]);
    }));

    it(`${at}: embedded, a sign ticked and Next before the WebAssembly is in: the emergency call at once, and kept when it never comes`, { timeout: 120_000 }, () => visit('/clinic-page.html', async (tab) => {
      const inGuide = (selector) => tab.run((s) => document.querySelector('massage-guide').shadowRoot.querySelector(s)?.textContent ?? null, selector);
      await tap(tab, 'button[data-action="start"]');
      await until(tab, 'the first question', () => document.querySelector('massage-guide').shadowRoot.querySelector('[data-flags]') !== null);
      await choose(tab, 'chest-pain');
      await tap(tab, '.step-nav [data-action="next"]');
      await until(tab, 'the emergency call', () => document.querySelector('massage-guide').shadowRoot.querySelector('a.emergency-call[href="tel:911"]') !== null);
      assert.equal(await inGuide('h2'), 'Call 911 now');
      assert.equal(await tab.run(() => document.querySelector('massage-guide').guide === undefined), true, 'before the WebAssembly');
      await shot(tab, 'emergency-before-mount');
      await tab.run(() => fetch('/fail-wasm').then(() => true));
      await until(tab, 'the loader to give up', () => !document.querySelector('massage-guide').shadowRoot.querySelector('.guide-tools'));
      assert.equal(await inGuide('h2'), 'Call 911 now', 'the call stays');
      assert.ok(await tab.run(() => document.querySelector('massage-guide').shadowRoot.querySelector('a.emergency-call').getClientRects().length > 0));
      assert.ok(await tab.run((phone) => document.querySelector(`massage-guide ${phone}`).getClientRects().length > 0, PHONE), "the clinic's phone");
    }, { failWasm: true }));
  }
}

/** The folder the screenshots go to (target/screenshots/, beside the Chromium tests'). */
export function ensureScreenshots() {
  fs.mkdirSync(screenshots, { recursive: true });
}
