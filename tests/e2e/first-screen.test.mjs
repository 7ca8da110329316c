// The first screen rendered at build time (issue "The first screen at the speed of static
// HTML"): it shows before the WebAssembly arrives, on the standalone page (a declarative shadow
// root in the HTML) and in an embedded guide (the loader carries it); the app takes it over
// with the same pixels; a tap made meanwhile is carried out; all under the strict CSP.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { serve, launch, viewports, openPage, heading, mounted, screenshot, hold, dist, STRICT_CSP, emergencyBeforeTheGuide } from './harness.mjs';

const TITLE = 'Which massage is right for you?';
const CLINIC_PHONE = 'a[href="tel:+17062868344"]';

/** A clinic's page with the snippet from docs/embedding.md, and nothing hostile. */
const embedPage = (attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic's page</title>
<script type="module" src="/embed/massage-guide.js"></script></head>
<body><h1>Riverside Massage</h1>
<massage-guide config="/clinic.json"${attributes}><a href="tel:+17062868344">Call us: (706) 286-8344</a></massage-guide>
</body></html>`;

const pages = {
  'the standalone page': '/',
  'an embedded guide': '/clinic-page.html',
};

/** Layout shifts from the start of the page, as the browser reports them. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = 0;
    // What moved, and when, for the failure's message.
    window.__moved = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts += e.value;
        const mounted = document.querySelector('massage-guide')?.guide !== undefined;
        for (const source of e.sources) {
          const { x, y, width, height } = source.previousRect;
          const to = source.currentRect;
          window.__moved.push(`${Math.round(e.startTime)} ms${mounted ? ' (mounted)' : ''}: ${source.node?.nodeName}.${source.node?.className ?? ''} ${x},${y} ${width}x${height} -> ${to.x},${to.y} ${to.width}x${to.height}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** How many pixels of two screenshots differ by more than a shade (8 of 255 in a channel). */
function differingPixels(a, b) {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return Infinity;
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(x.data[i + c] - y.data[i + c]) > 8)) count++;
  }
  return count;
}

const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('the first screen, rendered at build time', () => {
  let server;
  let browser;
  before(async () => {
    const html = (body) => (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
      res.end(body);
    };
    server = await serve({
      csp: true,
      routes: {
        '/clinic-page.html': html(embedPage()),
        '/clinic-page-es.html': html(embedPage(' lang="es"')),
        // A clinic abroad: its own emergency number, in the element or in its file.
        '/clinic-page-999-inline.html': html(embedPage().replace('config="/clinic.json"', '').replace('</a></massage-guide>', '</a><script type="application/json">{"emergency_number": "999"}</script></massage-guide>')),
        '/clinic-page-999.html': html(embedPage().replace('config="/clinic.json"', 'config="/clinic-999.json"')),
        '/clinic-999.json': (req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ...JSON.parse(fs.readFileSync(path.join(dist, 'clinic.json'), 'utf8')), emergency_number: '999' }));
        },
        // A site whose own markup uses `data-action` (Stimulus does), around the guide.
        '/clinic-page-actions.html': html(embedPage().replace('<massage-guide', '<div id="wrapper" data-action="click->nav#track"><massage-guide').replace('</massage-guide>', '</massage-guide></div>')),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page at 390 px loading `url`, with what `held` names held back until let go. */
  async function load(url, held) {
    const s = await openPage(browser, server.origin, viewports[0]);
    const gates = await hold(s.page, held);
    await s.page.goto(server.origin + url);
    return { s, gates };
  }

  for (const viewport of viewports) {
    for (const [where, url] of Object.entries(pages)) {
      it(`${where} at ${viewport.width} px: the first question and the phone before the WebAssembly, then the same pixels`, async () => {
        const s = await openPage(browser, server.origin, viewport);
        await watchShifts(s.page);
        const gates = await hold(s.page);
        await s.page.goto(server.origin + url);
        await heading(s.page, TITLE, { mounted: false });
        await s.page.getByRole('button', { name: 'Start the questions' }).waitFor();
        assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'not mounted yet');
        // The phone works from the first paint: the page's own link, in the bar.
        const phone = s.page.locator(`massage-guide > ${CLINIC_PHONE}`);
        assert.ok(await phone.isVisible(), 'the phone link shows');
        const box = await phone.boundingBox();
        const bar = await s.page.locator('massage-guide .clinic-bar').boundingBox();
        assert.ok(box.y >= bar.y && box.y + box.height <= bar.y + bar.height + 0.5, 'the phone link is in the bar');
        await twoFrames(s.page);
        const before = await s.page.screenshot();
        await screenshot(s.page, `first-screen-${url === '/' ? 'page' : 'embed'}-${viewport.width}-before`);

        gates.wasm();
        await mounted(s.page);
        await twoFrames(s.page);
        const after = await s.page.screenshot();
        assert.ok(before.equals(after), 'the app took over with the same pixels');
        // What stood in for the app is gone: one guide, the app's.
        assert.equal(await s.page.locator('massage-guide .massage-guide').count(), 1);
        const footer = await s.page.locator('massage-guide .guide-footer').boundingBox();
        const aboveFooter = { x: 0, y: 0, width: viewport.width, height: Math.floor(footer.y) };
        const above = await s.page.screenshot({ clip: aboveFooter });

        // The configuration arrives: the clinic's bar and the footer's emergency line, and
        // nothing moves.
        gates.config();
        await s.page.locator('massage-guide .guide-footer', { hasText: 'In an emergency, call 911' }).waitFor();
        await s.page.locator('massage-guide .clinic-bar .clinic-name', { hasText: 'Your massage clinic' }).waitFor();
        await twoFrames(s.page);
        assert.equal(await s.page.evaluate(() => window.__shifts), 0, `no layout shift: ${(await s.page.evaluate(() => window.__moved)).join('; ')}`);
        if (url === '/') {
          // The standalone page's bar was already its clinic's: only the footer's new line
          // differs, below everything else.
          assert.ok((await s.page.screenshot({ clip: aboveFooter })).equals(above), 'nothing changed above the footer');
        }
        await screenshot(s.page, `first-screen-${url === '/' ? 'page' : 'embed'}-${viewport.width}-after`);
        assert.deepEqual(s.errors, []);
        assert.deepEqual(s.foreign, []);
        await s.context.close();
      });
    }
  }

  for (const [where, url] of Object.entries(pages)) {
    it(`${where}: "Medical vs general massage" tapped before the WebAssembly is ready is carried out when it mounts`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      // The clinic's analytics hear the first screen when the guide mounts.
      await s.page.evaluate(() => {
        window.__steps = [];
        document.addEventListener('massage-guide:step', (e) => window.__steps.push(e.detail.step));
      });
      const tapped = s.page.getByRole('button', { name: 'Medical vs general massage' });
      await tapped.click();
      assert.equal(await tapped.getAttribute('aria-busy'), 'true', 'the button shows it was heard');
      // Nothing more is taken meanwhile: the explainer is where the guide opens.
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      gates.wasm();
      const h = await heading(s.page, 'Medical vs general massage');
      // The focus the tapped button had moves to the new screen's heading.
      await s.page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot.activeElement?.tagName === 'H2');
      assert.equal(await h.evaluate((el) => el.getRootNode().activeElement === el), true);
      assert.deepEqual(await s.page.evaluate(() => window.__steps), ['start']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: Start tapped before the WebAssembly is ready shows the first question at once; a box ticked on it stays ticked, and the app takes over with the same pixels`, async () => {
      const { s, gates } = await load(url);
      await s.page.evaluate(() => {
        window.__steps = [];
        document.addEventListener('massage-guide:step', (e) => window.__steps.push(e.detail.step));
      });
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      const h = await heading(s.page, 'First, a safety check', { mounted: false });
      assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'not mounted yet');
      assert.equal(await h.evaluate((el) => el.getRootNode().activeElement === el), true, 'its heading has the focus');
      assert.equal(await s.page.getByText('Step 1 of 4').count(), 1);
      // One box ticked, another ticked and unticked: the boxes the visitor sees are the ones
      // kept. (The focus is then on the box last clicked.)
      const breathless = s.page.getByRole('checkbox', { name: 'Sudden shortness of breath now' });
      const chest = s.page.getByRole('checkbox', { name: /^Chest pain/ });
      await breathless.click();
      await chest.click();
      await chest.click();
      assert.equal(await breathless.isChecked(), true);
      // (No pointer over a box: the app's copy takes :hover only when the pointer next moves.)
      await s.page.mouse.move(0, 0);
      await twoFrames(s.page);
      const before = await s.page.screenshot();
      await screenshot(s.page, `first-question-${url === '/' ? 'page' : 'embed'}-before`);
      gates.wasm();
      await mounted(s.page);
      await twoFrames(s.page);
      // (Edges may be drawn a shade apart when the app's copy is painted.)
      assert.equal(differingPixels(before, await s.page.screenshot()), 0, 'the app took over with the same pixels');
      gates.config();
      assert.equal(await s.page.locator('massage-guide .massage-guide').count(), 1, 'one guide, the app\'s');
      assert.equal(await breathless.isChecked(), true, 'the box ticked before is ticked in the app');
      assert.equal(await chest.isChecked(), false);
      assert.equal(await chest.evaluate((el) => el.getRootNode().activeElement === el), true, 'the focus stays on its box');
      assert.deepEqual(await s.page.evaluate(() => window.__steps), ['start', 'safety']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: Start double-tapped before the WebAssembly is ready: the first question with nothing ticked, then the app's, its heading focused`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.evaluate(() => {
        window.__steps = [];
        document.addEventListener('massage-guide:step', (e) => window.__steps.push(e.detail.step));
      });
      // The second tap lands on what the first question put under the first.
      await s.page.getByRole('button', { name: 'Start the questions' }).dblclick();
      await heading(s.page, 'First, a safety check', { mounted: false });
      const ticked = () => s.page.locator('massage-guide input:checked').count();
      assert.equal(await ticked(), 0, 'nothing ticked by the second tap');
      gates.wasm();
      const h = await heading(s.page, 'First, a safety check');
      await s.page.waitForFunction(() => document.querySelector('massage-guide').guide && document.querySelector('massage-guide').shadowRoot.activeElement?.tagName === 'H2');
      assert.equal(await h.evaluate((el) => el.getRootNode().activeElement === el), true, "the app's heading has the focus");
      assert.equal(await ticked(), 0);
      assert.deepEqual(await s.page.evaluate(() => window.__steps), ['start', 'safety']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: a red flag ticked and Next pressed before the WebAssembly is ready: the emergency screen's call at once, the app's screen when it mounts`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      // What to do, and the call, with no wait for the WebAssembly: the loader's copy of the top
      // of the app's emergency screen, its heading focused as on a step.
      const title = await emergencyBeforeTheGuide(s.page);
      assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'before the mount');
      assert.equal(await title.evaluate((h) => h.getRootNode().activeElement === h), true, 'the heading has the focus');
      assert.equal(await s.page.locator('massage-guide a.emergency-call').getAttribute('href'), 'tel:911');
      assert.equal(await s.page.getByRole('checkbox').count(), 0, 'the question is gone: nothing more is ticked');
      const before = await s.page.locator('massage-guide h2').boundingBox();
      await s.page.evaluate(() => {
        window.__steps = [];
        document.addEventListener('massage-guide:step', (e) => window.__steps.push(e.detail.step));
      });
      gates.wasm();
      await heading(s.page, 'Call 911 now');
      // The app's screen adds the reasons and its buttons below what was shown: nothing moves.
      await s.page.getByRole('button', { name: 'I ticked this by mistake' }).waitFor();
      assert.deepEqual(await s.page.locator('massage-guide h2').boundingBox(), before, 'the heading stays where it was');
      assert.deepEqual(await s.page.evaluate(() => window.__steps), ['start', 'safety', 'emergency'], "the clinic's analytics hear each step the visitor saw");
      // The tick before Next (the guide's saved progress).
      const saved = await s.page.evaluate(() => Object.values(sessionStorage).map((v) => JSON.parse(v)).find((v) => v.state));
      assert.deepEqual(saved.state.answers.flags_yes, ['chest-pain']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: a sign ticked, unticked, then Next before the WebAssembly is ready: Next waits (no emergency), and the app keeps the safety check`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      const chest = s.page.getByRole('checkbox', { name: /^Chest pain/ });
      await chest.click();
      await chest.click();
      const next = s.page.getByRole('button', { name: 'Next' });
      await next.click();
      assert.equal(await next.getAttribute('aria-busy'), 'true', 'Next shows it was heard');
      assert.equal(await s.page.locator('massage-guide [data-outcome="emergency"]').count(), 0, 'no sign is ticked: no emergency');
      // A second tap meanwhile is not taken: it would be read on the screen the guide opens at.
      await s.page.getByRole('button', { name: 'Back' }).click();
      gates.wasm();
      await heading(s.page, 'safety check');
      // Next with nothing answered: the app asks for an answer, on the same question.
      await s.page.locator('massage-guide .step-error', { hasText: /\w/ }).waitFor();
      assert.equal(await s.page.getByRole('checkbox', { checked: true }).count(), 0, 'nothing ticked');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: "None of these" tapped too soon, then a sign ticked before the WebAssembly is ready: the tap is taken back, and Next shows the emergency call`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      const none = s.page.getByRole('button', { name: 'None of these' });
      await none.click();
      assert.equal(await none.getAttribute('aria-busy'), 'true', 'None of these shows it was heard');
      // A change of mind: the box ticks, and "None of these" waits no more.
      const chest = s.page.getByRole('checkbox', { name: /^Chest pain/ });
      await chest.click();
      assert.equal(await chest.isChecked(), true, 'the box is ticked');
      assert.equal(await none.getAttribute('aria-busy'), null, 'None of these is taken back');
      await s.page.getByRole('button', { name: 'Next' }).click();
      await heading(s.page, 'Call 911 now', { mounted: false });
      gates.wasm();
      await s.page.getByRole('button', { name: 'I ticked this by mistake' }).waitFor();
      const saved = await s.page.evaluate(() => Object.values(sessionStorage).map((v) => JSON.parse(v)).find((v) => v.state));
      assert.deepEqual(saved.state.answers.flags_yes, ['chest-pain']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: a language tapped on the first question before the WebAssembly is ready: the guide opens in it, at the question, the tick kept`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      const spanish = s.page.locator('massage-guide .lang-button[lang="es"]');
      await spanish.click();
      assert.equal(await spanish.getAttribute('aria-busy'), 'true', 'the button shows it was heard');
      // The question can still be answered meanwhile.
      await s.page.getByRole('checkbox', { name: /^Chest pain/ }).click();
      gates.wasm();
      await heading(s.page, 'Primero, su seguridad');
      assert.equal(await s.page.locator('massage-guide section.massage-guide').getAttribute('lang'), 'es');
      assert.ok(await s.page.locator('massage-guide input[value="chest-pain"]').isChecked(), 'the tick is kept');
      // The visitor's choice, kept for this tab as when it is made in the guide.
      assert.deepEqual(await s.page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k.endsWith(':lang')).map(([, v]) => v)), ['es']);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    it(`${where}: a language tapped on the emergency call before the WebAssembly is ready: the guide's emergency screen in it`, async () => {
      const { s, gates } = await load(url, ['wasm']);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await s.page.locator('massage-guide .lang-button[lang="es"]').click();
      await emergencyBeforeTheGuide(s.page);
      assert.equal(await s.page.locator('massage-guide .lang-button[lang="es"]').getAttribute('aria-busy'), 'true', 'the language chosen still shows it waits');
      await s.page.locator('massage-guide .lang-button[lang="vi"]').click();
      assert.equal(await s.page.locator('massage-guide .lang-button[lang="es"]').getAttribute('aria-busy'), null, 'one language waits');
      gates.wasm();
      await s.page.locator('massage-guide section.massage-guide[lang="vi"] [data-outcome="emergency"]').waitFor();
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });

    for (const viewport of viewports) it(`${where} at ${viewport.width} px: a red flag ticked and Next pressed, and the WebAssembly never comes: the emergency call and the clinic's phone stay, and no button that cannot work`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      // It fails once the visitor has answered (a connection that drops on the way).
      const { wasm: fail } = await hold(s.page, ['wasm'], { abort: true });
      await s.page.goto(server.origin + url);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await s.page.getByRole('checkbox', { name: /^Sudden shortness of breath/ }).click();
      await s.page.getByRole('button', { name: 'Next' }).click();
      await heading(s.page, 'Call 911 now', { mounted: false });
      fail();
      // The loader gives up on the guide (the language buttons, which would never work, go).
      await s.page.locator('massage-guide .guide-tools').waitFor({ state: 'detached' });
      assert.equal(await s.page.locator('massage-guide button').count(), 0, 'no button left');
      assert.ok(await s.page.locator('massage-guide a.emergency-call[href="tel:911"]').isVisible());
      assert.ok(await s.page.locator('massage-guide a[href="tel:+17062868344"]').first().isVisible(), "the clinic's phone");
      await screenshot(s.page, `emergency-without-wasm-${viewport.width}-${where.replaceAll(' ', '-')}`);
      await s.context.close();
    });
  }

  for (const [how, page] of [['inside the element', '/clinic-page-999-inline.html'], ['in its file', '/clinic-page-999.html']]) {
    it(`a sign ticked and Next, and the WebAssembly never comes: the configuration's emergency number (${how}) in place of the built-in one`, async () => {
      const s = await openPage(browser, server.origin, viewports[0]);
      const { wasm: fail } = await hold(s.page, ['wasm'], { abort: true });
      await s.page.goto(server.origin + page);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await emergencyBeforeTheGuide(s.page);
      fail();
      await heading(s.page, 'Call 999 now', { mounted: false });
      assert.equal(await s.page.locator('massage-guide a.emergency-call').getAttribute('href'), 'tel:999');
      assert.equal(await s.page.locator('massage-guide a.emergency-call').textContent(), 'Call 999');
      await s.context.close();
    });
  }

  it('the standalone page asks for the glue with its HTML and the WebAssembly after its first paint, once each, with no inline script or integrity', async () => {
    // Trunk writes the page's script tag and the glue's preload (Trunk.toml: pattern_script,
    // pattern_preload, no_sri): with the page's loader held back, the glue is on its way and the
    // loader's import takes the preloaded response. The WebAssembly waits for the first screen's
    // paint: a download that ends before it holds the page's largest paint back in Lighthouse's
    // simulation.
    const s = await openPage(browser, server.origin, viewports[0]);
    let letLoaderGo;
    const loaderHeld = new Promise((resolve) => { letLoaderGo = resolve; });
    await s.page.route(/\/embed\/page\.js$/, async (route) => { await loaderHeld; await route.continue(); });
    const requested = [];
    s.page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    // (Neither `load` nor DOMContentLoaded comes while a module script is held back.)
    const response = await s.page.goto(server.origin + '/', { waitUntil: 'commit' });
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /\bintegrity=/, 'no subresource integrity');
    const glue = /^\/massage-guide-[0-9a-f]+\.js$/;
    const wasm = /^\/massage-guide-[0-9a-f]+_bg\.wasm$/;
    await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /massage-guide-[0-9a-f]+\.js$/.test(e.name)), null, { timeout: 10_000 })
      .catch(() => {});
    assert.ok(requested.some((p) => glue.test(p)), `the glue is preloaded: ${requested.join(', ')}`);
    assert.ok(!requested.some((p) => wasm.test(p)), `the WebAssembly waits for the loader: ${requested.join(', ')}`);
    assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'the loader has not run');
    letLoaderGo();
    await mounted(s.page);
    assert.equal(requested.filter((p) => glue.test(p)).length, 1, 'the glue is fetched once');
    assert.equal(requested.filter((p) => wasm.test(p)).length, 1, 'the WebAssembly is fetched once');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('the standalone page\'s largest paint is its first screen, not the app\'s copy of it, and the WebAssembly is asked for after it (4x CPU)', async () => {
    // The app replaces the screen rendered at build time; were it removed before the browser
    // had recorded it, the page's largest contentful paint would date from the app's copy.
    // And Lighthouse's simulation of slow 4G dates the largest paint after every download that
    // ended before it: with the WebAssembly among them, 3.0 s in place of 1.1 s.
    const s = await openPage(browser, server.origin, viewports[0]);
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await s.page.addInitScript(() => {
      window.__largest = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__largest.push(e.startTime); })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      const poll = () => (document.querySelector('massage-guide')?.guide ? (window.__mounted = performance.now()) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    await s.page.goto(server.origin + '/');
    await s.page.waitForFunction(() => window.__mounted !== undefined);
    await s.page.locator('massage-guide .guide-footer', { hasText: 'In an emergency' }).waitFor();
    const { largest, mounted, firstPaint, asked } = await s.page.evaluate(() => ({
      largest: window.__largest, mounted: window.__mounted,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      asked: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm')).startTime,
    }));
    assert.ok(largest.length > 0, 'a largest paint was recorded');
    assert.ok(Math.abs(largest.at(-1) - firstPaint) < 1,
      `largest paint at ${largest.at(-1)} ms, the first paint at ${firstPaint} ms, the app mounted at ${mounted} ms`);
    assert.ok(asked > largest.at(-1), `the WebAssembly is asked for at ${asked} ms, after the largest paint at ${largest.at(-1)} ms`);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a red flag before the configuration is in: the emergency screen at once, with the built-in number', async () => {
    const { s, gates } = await load('/', ['config']);
    await s.page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(s.page, 'safety check');
    await s.page.locator('label.choice:has(input[value="stroke-face-arm-leg"])').click();
    await s.page.getByRole('button', { name: 'Next' }).click();
    await heading(s.page, 'Call 911 now');
    assert.ok(await s.page.locator('massage-guide a[href="tel:911"]').first().isVisible());
    gates.config();
    await s.page.locator('massage-guide .guide-footer', { hasText: 'In an emergency, call 911' }).waitFor();
    await heading(s.page, 'Call 911 now');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('the focus on a first-screen button stays on that button when the app takes over', async () => {
    const { s, gates } = await load('/', ['wasm']);
    await s.page.getByRole('button', { name: 'Start the questions' }).focus();
    gates.wasm();
    await mounted(s.page);
    await s.page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot.activeElement?.dataset.action === 'start');
    // It is the app's own button: Enter works.
    await s.page.keyboard.press('Enter');
    await heading(s.page, 'safety check');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a tap on the host page\'s own elements is not taken for the guide\'s', async () => {
    const { s, gates } = await load('/clinic-page-actions.html', ['wasm']);
    await s.page.waitForFunction(() => customElements.get('massage-guide'));
    await s.page.locator('massage-guide > a').click({ noWaitAfter: true }).catch(() => {});
    assert.equal(await s.page.locator('#wrapper').getAttribute('aria-busy'), null);
    gates.wasm();
    await mounted(s.page);
    await heading(s.page, TITLE);
    assert.deepEqual(s.errors.filter((e) => !e.includes('tel:')), []);
    await s.context.close();
  });

  it('an embedded guide in Spanish shows no English first screen, then its own', async () => {
    const { s, gates } = await load('/clinic-page-es.html', ['wasm']);
    await s.page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot?.querySelector('link')?.sheet);
    await twoFrames(s.page);
    assert.equal(await s.page.locator('massage-guide h2').count(), 0, 'no English screen');
    assert.ok(await s.page.locator(`massage-guide > ${CLINIC_PHONE}`).isVisible(), 'the phone link shows');
    gates.wasm();
    await heading(s.page, '¿Qué masaje es el adecuado para usted?');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a reload mid-flow shows the bar, not the first screen, until the app restores the step', async () => {
    const s = await openPage(browser, server.origin, viewports[0]);
    await s.page.goto(server.origin + '/');
    await s.page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(s.page, 'safety check');
    const gates = await hold(s.page, ['wasm']);
    await s.page.reload();
    await s.page.locator(`massage-guide > ${CLINIC_PHONE}`).waitFor();
    await s.page.waitForFunction(() => customElements.get('massage-guide'));
    assert.equal(await s.page.getByRole('button', { name: 'Start the questions' }).count(), 0, 'no start button to tap');
    gates.wasm();
    await heading(s.page, 'safety check');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('without JavaScript: the first screen and the phone, and no button that cannot work', async () => {
    const context = await browser.newContext({ viewport: viewports[0], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + '/');
    await heading(page, TITLE, { mounted: false });
    assert.ok(await page.locator(`massage-guide > ${CLINIC_PHONE}`).isVisible(), 'the phone link shows');
    assert.equal(await page.getByRole('button', { name: 'Start the questions' }).isVisible(), false);
    assert.ok(await page.locator('.no-script').isVisible(), 'the page says why, with the number');
    await screenshot(page, 'first-screen-no-javascript-390');
    await context.close();
  });
});
