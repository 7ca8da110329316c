// It never fails a visitor: broken or hostile configuration, storage that is off or full,
// corrupt saved progress, a crash. Each time the visitor keeps a working page and the phone.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, viewports, openPage, choose, next, heading, dist, testHooksDist, assertTestHooksBuild, screenshot, walk, SCIATICA } from './harness.mjs';

const viewport = viewports[0];
const PHONE = 'a.phone-link[href="tel:+17062868344"]:visible';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('faults and hostile input', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve({ csp: true, mounts: { '/guide/': dist, '/test-hooks/': testHooksDist, '/': dist } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open the standalone page with clinic.json answered by `fulfil` (a route handler). */
  async function withConfig(fulfil, url = '/') {
    const s = await openPage(browser, server.origin, viewport);
    if (fulfil) await s.context.route('**/clinic.json', fulfil);
    await s.page.goto(server.origin + url);
    return s;
  }

  /** The guide works: the start screen, the phone, and the questions begin. */
  async function stillWorks(page, phone = PHONE) {
    await heading(page, 'Which massage is right for you?');
    // From the first paint, or (a `phone` attribute) from the app's first render.
    await page.locator(phone).first().waitFor();
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(page, 'safety check');
  }

  const failures = {
    'a missing configuration (404)': (route) => route.fulfill({ status: 404, body: 'not found' }),
    'a server error (500)': (route) => route.fulfill({ status: 500, body: 'oops' }),
    'HTML instead of JSON': (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Welcome</h1>' }),
    'JSON of the wrong shape': (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[1, 2, 3]' }),
  };
  for (const [name, fulfil] of Object.entries(failures)) {
    it(`${name}: the built-in content, the phone, and a console message`, async () => {
      const s = await withConfig(fulfil);
      await stillWorks(s.page);
      assert.ok(s.errors.some((e) => e.includes('massage-guide:')), s.errors.join('\n'));
      await s.context.close();
    });
  }

  it('a 4 MB configuration (a long comment, 300 articles) is read, and the guide works', async () => {
    // Large blocks for the allocator (talc): a 2 MB string, a long list.
    const articles = Array.from({ length: 300 }, (_, i) => ({
      title: `Article ${i}`, summary: 'x'.repeat(4000), tags: ['chronic-pain'],
    }));
    const body = JSON.stringify({ _comment: 'c'.repeat(2_000_000), name: 'Big Clinic', articles });
    assert.ok(body.length > 3_000_000);
    const s = await withConfig((route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await s.page.locator('.clinic-name', { hasText: 'Big Clinic' }).waitFor({ timeout: 15_000 });
    await stillWorks(s.page);
    // The first 50 problems are named, the rest counted in one more line.
    const named = s.errors.filter((e) => e.includes('is too long'));
    assert.equal(named.length, 50);
    const rest = s.errors.filter((e) => !e.includes('is too long'));
    assert.equal(rest.length, 1, rest.join('\n'));
    assert.match(rest[0], /\(and 250 more\): not listed/);
    await s.context.close();
  });

  it('a configuration that never answers: the questions at once, the result after the 5-second timeout', async () => {
    // Playwright's clock, not the wall clock: the guide's 5-second timer is moved on by the
    // test, and the configuration's answer is held back until the test lets it go.
    const s = await openPage(browser, server.origin, viewport);
    let release;
    const held = new Promise((r) => { release = r; });
    await s.context.route('**/clinic.json', async (route) => {
      await held;
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }).catch(() => {});
    });
    await s.page.clock.install();
    await s.page.goto(server.origin + '/');
    // The questions need nothing of the configuration (the first screen was rendered at build
    // time; the bar is the page's own): only the result waits for it.
    await heading(s.page, 'Which massage is right for you?');
    assert.ok(await s.page.locator(PHONE).first().isVisible(), 'phone link visible');
    await s.page.waitForFunction(() => document.querySelector('massage-guide').guide);
    await walk(s.page, SCIATICA);
    // The result waits (its articles and hours are the clinic's) until the timeout, counted
    // from the request.
    await s.page.locator('.massage-guide .loading[role="status"]').waitFor();
    assert.equal(await s.page.locator('h2', { hasText: 'Medical massage is the right fit' }).count(), 0, 'waiting');
    await s.page.clock.runFor(5_500);
    await heading(s.page, 'Medical massage is the right fit');
    assert.ok(await s.page.locator(PHONE).first().isVisible(), 'phone link visible');
    assert.ok(s.errors.some((e) => e.includes('no answer within 5 seconds')), s.errors.join('\n'));
    release();
    await s.context.close();
  });

  it('?debug shows the site owner what is wrong, naming the field', async () => {
    const s = await withConfig((route) => route.fulfill({
      status: 200, contentType: 'application/json',
      body: JSON.stringify({ phone: 'call us', articles: [{ title: 'A', tags: ['spa'], url: 'javascript:alert(1)' }] }),
    }), '/?debug');
    await stillWorks(s.page);
    const notice = await s.page.locator('.config-notice').textContent();
    assert.match(notice, /phone: unexpected character/);
    assert.match(notice, /articles\[0\]\.url: only http\(s\) or relative URLs are allowed/);
    assert.match(notice, /articles\[0\]\.tags\[0\]: unknown tag/);
    await s.context.close();
  });

  it('hostile text in every field renders as text, and javascript: URLs are refused', async () => {
    const s = await withConfig((route) => route.fulfill({
      status: 200, contentType: 'application/json',
      body: JSON.stringify({
        name: HOSTILE,
        booking_url: 'javascript:window.__pwned=3',
        articles: [
          { title: HOSTILE, summary: HOSTILE, tags: ['sciatica'], url: 'javascript:window.__pwned=4' },
          { title: 'Data', summary: HOSTILE, tags: ['medical-vs-general'], url: 'data:text/html,<script>1</script>' },
        ],
      }),
    }));
    const { page } = s;
    await stillWorks(page);
    assert.equal(await page.locator('.clinic-name:visible').textContent(), HOSTILE, 'shown literally');
    await page.getByRole('button', { name: 'Back' }).click();
    await walk(page, [['none'], ['lower-back'], ['6', '3-days-to-6-weeks'], ['none'], [], ['relieve-pain']]);
    await heading(page, 'Medical massage');
    const titles = await page.locator('.article-title').allTextContents();
    assert.equal(titles[0], HOSTILE);
    const inside = await page.evaluate(() => {
      const shadow = document.querySelector('massage-guide').shadowRoot;
      return {
        images: shadow.querySelectorAll('img').length,
        scripts: shadow.querySelectorAll('script').length,
        unsafeLinks: [...shadow.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !/^(tel:|https?:|\/)/.test(h)),
        pwned: window.__pwned ?? null,
      };
    });
    assert.deepEqual(inside, { images: 0, scripts: 0, unsafeLinks: [], pwned: null });
    await screenshot(page, 'faults-hostile-result');
    await s.context.close();
  });

  it('storage that is disabled: the guide works, without resuming', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const warnings = [];
    s.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await s.page.goto(server.origin + '/');
    await stillWorks(s.page);
    await choose(s.page, 'none');
    await heading(s.page, 'Where does it hurt?');
    assert.ok(warnings.some((w) => w.includes('session storage is unavailable')), warnings.join('\n'));
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('storage that is full: the guide goes on', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await s.page.goto(server.origin + '/');
    await stillWorks(s.page);
    await choose(s.page, 'none');
    await heading(s.page, 'Where does it hurt?');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  for (const [name, saved] of Object.entries({
    'corrupt saved progress': '{"version": 1, "state": {"step": "Nowhere"',
    'saved progress from another version': '{"version": 0, "state": {}}',
  })) {
    it(`${name} is ignored with a warning`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      await s.page.addInitScript((text) => sessionStorage.setItem('massage-guide:/:clinic.json', text), saved);
      const warnings = [];
      s.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      await s.page.goto(server.origin + '/');
      await stillWorks(s.page);
      assert.ok(warnings.some((w) => w.includes('saved progress')), warnings.join('\n'));
      await s.context.close();
    });
  }

  for (const version of [1, 2]) {
    it(`saved progress from version ${version}, before the interview, is refused by name; the guide starts afresh and saves version 3`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      const old = JSON.stringify({ version, state: { step: 'goals', explainer: false, answers: {
        safety_signs: [], no_safety_signs: true, where_it_hurts: ['neck'], intensity: 6,
        duration: 'over-3-months', patterns: [], conditions: ['diabetes'], doctor_referral: false,
        goals: ['relieve-pain'] } } });
      await s.page.addInitScript((text) => {
        if (!sessionStorage.getItem('massage-guide:/:clinic.json')) sessionStorage.setItem('massage-guide:/:clinic.json', text);
      }, old);
      const warnings = [];
      s.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      await s.page.goto(server.origin + '/');
      await stillWorks(s.page);
      assert.ok(warnings.some((w) => w.includes(`saved progress is version ${version}, this guide reads version 3`)), warnings.join('\n'));
      await s.page.waitForFunction(() => JSON.parse(sessionStorage.getItem('massage-guide:/:clinic.json')).version === 3);
      await choose(s.page, 'none');
      await heading(s.page, 'Where does it hurt?');
      assert.equal(await s.page.locator('input[value="neck"]').isChecked(), false, 'nothing carried over');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  it('saved progress of this version resumes where the visitor was, with the answers', async () => {
    const s = await openPage(browser, server.origin, viewport);
    const v3 = JSON.stringify({ version: 3, state: { step: 'about-pain', explainer: false, answers: {
      flags_no: ['chest-pain', 'breathless', 'stroke-face-arm-leg', 'stroke-speech-sight', 'worst-headache', 'sudden-belly-back-pain'],
      where_it_hurts: ['neck'], intensity: 6 } } });
    await s.page.addInitScript((text) => {
      if (!sessionStorage.getItem('massage-guide:/:clinic.json')) sessionStorage.setItem('massage-guide:/:clinic.json', text);
    }, v3);
    await s.page.goto(server.origin + '/');
    await heading(s.page, 'About your pain');
    assert.ok(await s.page.locator('input[name="intensity"][value="6"]').isChecked());
    await s.page.getByRole('button', { name: 'Back' }).click();
    await heading(s.page, 'Where does it hurt?');
    assert.ok(await s.page.locator('input[value="neck"]').isChecked());
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a crash shows a calm fallback with the phone number, and "Start again" works', async () => {
    // The build with the test-only panic trigger (the `test-hooks` feature).
    assertTestHooksBuild();
    const s = await openPage(browser, server.origin, viewport);
    const { page } = s;
    await page.goto(server.origin + '/test-hooks/');
    await heading(page, 'Which massage is right for you?');
    await page.evaluate(() => { window.__massageGuideForcePanic = true; });
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await choose(page, 'chest-pain');
    await next(page);
    await heading(page, 'Something went wrong');
    assert.ok(await page.locator('a.button.call[href="tel:+17062868344"]').isVisible());
    assert.ok(s.errors.some((e) => e.includes('forced by the test-only hook')), s.errors.join('\n'));
    await screenshot(page, 'faults-crash');
    await page.getByRole('button', { name: 'Start again' }).click();
    await heading(page, 'Which massage is right for you?');
    await s.context.close();
  });

  it('the shipped build has no panic trigger: the same answers reach their result', async () => {
    const s = await openPage(browser, server.origin, viewport);
    const { page } = s;
    await page.goto(server.origin + '/');
    await heading(page, 'Which massage is right for you?');
    await page.evaluate(() => { window.__massageGuideForcePanic = true; });
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await choose(page, 'chest-pain');
    await next(page);
    await heading(page, 'Call 911 now');
    assert.equal(await page.getByRole('heading', { name: 'Something went wrong' }).count(), 0);
    assert.deepEqual(s.errors, []);
    const wasm = fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
    assert.ok(!fs.readFileSync(path.join(dist, wasm)).includes('__massageGuideForcePanic'), `${wasm} carries the trigger`);
    await s.context.close();
  });

  for (const [name, response] of Object.entries({
    'cannot be loaded': { status: 404, body: 'gone' },
    'is not JSON': { status: 200, contentType: 'application/json', body: '{"start.title": ' },
    'is a list, not a catalogue': { status: 200, contentType: 'application/json', body: '["hola"]' },
  })) {
    it(`a Spanish catalogue that ${name} leaves the guide working in English`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      await s.context.route('**/i18n/*.json', (route) => route.fulfill(response));
      await s.page.goto(server.origin + '/');
      await heading(s.page, 'Which massage is right for you?');
      const logged = s.page.waitForEvent('console', {
        predicate: (m) => m.text().includes('catalogue could not be loaded'),
      });
      await s.page.getByRole('button', { name: 'Español' }).click();
      await logged;
      await heading(s.page, 'Which massage is right for you?');
      await stillWorks(s.page);
      assert.ok(s.errors.some((e) => e.includes('catalogue could not be loaded')), s.errors.join('\n'));
      await s.context.close();
    });
  }

  it('a phone attribute is kept when the configuration cannot be loaded', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.context.route('**/phone-test.html', (route) => route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title>
        <script type="module" src="/guide/embed/massage-guide.js"></script>
        <massage-guide config="/missing/clinic.json" phone="(555) 010-0199"></massage-guide>`,
    }));
    await s.page.goto(server.origin + '/phone-test.html');
    await stillWorks(s.page, 'a.phone-link[href="tel:+15550100199"]');
    await s.context.close();
  });
});
