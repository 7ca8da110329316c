// Everyone can use it: axe on every screen in English and Spanish, the whole flow by keyboard
// alone, no horizontal scroll at 320 px or at 200% zoom, and a one-page printed summary.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, viewports, openPage, choose, next, heading, axe, screenshot, root, dist, walk, hold } from './harness.mjs';

/** A catalogue as it ships: `lang`'s file in the served build's i18n/ (English is built into
 * the guide, from assets/i18n/en.json). */
function shippedCatalogue(lang) {
  if (lang === 'en') return JSON.parse(fs.readFileSync(path.join(root, 'assets', 'i18n', 'en.json'), 'utf8'));
  const shipped = fs.readdirSync(path.join(dist, 'i18n')).filter((f) => new RegExp(`^${lang}-[0-9a-f]+\\.json$`).test(f));
  assert.equal(shipped.length, 1, `one ${lang} catalogue ships`);
  // A list of texts in the order of `Key`: en.json's keys sorted (build.rs reads them so).
  const texts = JSON.parse(fs.readFileSync(path.join(dist, 'i18n', shipped[0]), 'utf8'));
  const keys = Object.keys(shippedCatalogue('en')).sort();
  assert.equal(texts.length, keys.length, `the ${lang} catalogue has a text per key`);
  return Object.fromEntries(keys.map((key, i) => [key, texts[i]]));
}

/** English catalogue texts that differ in `lang`: none may show in that language. */
function englishOnlyTexts(lang = 'es') {
  const en = new Map(Object.entries(shippedCatalogue('en')));
  const es = new Map(Object.entries(shippedCatalogue(lang)));
  assert.ok(en.size > 200 && es.size === en.size, 'catalogues read');
  const texts = [];
  for (const [key, text] of en) {
    if (es.get(key) === text) continue;
    // The longest literal run between placeholders, if long enough to mean something.
    const run = text.split(/\{[a-z]+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0];
    if (run.length >= 8) texts.push(run);
  }
  return texts;
}

/** The guide's visible text (inside the shadow root). */
const guideText = (page) => page.evaluate(() => document.querySelector('massage-guide').shadowRoot.querySelector('.massage-guide').innerText);

/** The focused element, looking inside shadow roots. */
const focused = (page, selector) => page.evaluate((selector) => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.matches(selector) ?? false;
}, selector);

/** Press Tab until the focused element matches `selector` (keyboard only, no mouse). */
async function tabTo(page, selector, limit = 90) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await focused(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('accessibility, Spanish and the printed summary', () => {
  let server;
  let browser;
  const english = englishOnlyTexts();
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of viewports) {
    it(`in Spanish at ${viewport.width} px: every screen passes axe and shows no English catalogue text`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      await page.goto(server.origin + '/');
      await heading(page, 'Which massage is right for you?');
      await page.getByRole('button', { name: 'Español' }).click();
      await heading(page, '¿Qué masaje es el adecuado para usted?');
      const check = async (name) => {
        await page.locator('.massage-guide h2:visible').first().waitFor();
        const text = await guideText(page);
        const leaked = english.filter((e) => text.includes(e));
        assert.deepEqual(leaked, [], `English text on the Spanish ${name} screen`);
        assert.deepEqual(await axe(page), [], `axe on the Spanish ${name} screen`);
        await screenshot(page, `es-${viewport.name}-${name}`);
      };
      await check('start');
      await page.getByRole('button', { name: 'Masaje médico o masaje general' }).click();
      await heading(page, 'Masaje médico o masaje general');
      await check('explainer');
      await page.getByRole('button', { name: 'Atrás' }).click();
      await page.getByRole('button', { name: 'Empezar las preguntas' }).click();
      await heading(page, 'su seguridad');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await check('safety-error');
      await choose(page, 'chest-pain');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await heading(page, 'Llame al 911 ahora');
      await check('emergency');
      await page.getByRole('button', { name: 'Lo marqué por error' }).click();
      await heading(page, 'su seguridad');
      await choose(page, 'chest-pain');
      await choose(page, 'none');
      await heading(page, '¿Dónde le duele?');
      await choose(page, 'lower-back');
      await choose(page, 'chest');
      await check('where');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await heading(page, 'Sobre su dolor');
      await choose(page, '6');
      await choose(page, 'over-3-months');
      await choose(page, 'spreads-down-leg');
      await check('pain');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await heading(page, 'Sobre el dolor en el pecho, la mandíbula o el brazo');
      await check('heart-check');
      await choose(page, 'none');
      await heading(page, 'Sobre su espalda');
      await check('flags-back');
      await choose(page, 'none');
      await heading(page, 'Su salud');
      await choose(page, 'diabetes');
      await choose(page, 'blood-thinners');
      await check('health');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await heading(page, 'Sobre su medicina para diluir la sangre');
      await check('flags-blood-thinners');
      await choose(page, 'none');
      await heading(page, 'Sobre su diabetes');
      await check('flags-diabetes');
      await choose(page, 'none');
      await heading(page, '¿Qué espera del masaje?');
      await choose(page, 'relieve-pain');
      await choose(page, 'mood-sleep');
      // Red, hot skin that is spreading, right now: see a doctor today.
      await choose(page, 'spreading-red-skin');
      await check('goals');
      await page.getByRole('button', { name: 'Ver mi resultado' }).click();
      await heading(page, 'Vea a un médico hoy');
      assert.ok(await page.getByRole('link', { name: /Llámenos/ }).isVisible());
      assert.equal(await page.getByRole('link', { name: /Llamar para reservar/ }).count(), 0);
      await check('result-doctor-today');
      await page.getByRole('button', { name: 'Atrás' }).click();
      await heading(page, '¿Qué espera del masaje?');
      await choose(page, 'spreading-red-skin');
      await page.getByRole('button', { name: 'Ver mi resultado' }).click();
      await heading(page, 'Le conviene un masaje médico');
      assert.match(await page.locator('.crisis').textContent(), /llame o envíe un mensaje de texto al 988 \(en una emergencia, al 911\)/);
      await check('result-medical');
      // The other result, and the safety screen without its error message.
      await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
      await page.getByRole('button', { name: 'Empezar las preguntas' }).click();
      await heading(page, 'su seguridad');
      await check('safety');
      await choose(page, 'none');
      await heading(page, '¿Dónde le duele?');
      await choose(page, 'no-pain');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await choose(page, 'relax');
      await page.getByRole('button', { name: 'Ver mi resultado' }).click();
      await heading(page, 'masaje general');
      await check('result-general');
      await page.getByRole('button', { name: 'Atrás' }).click();
      await heading(page, '¿Qué espera del masaje?');
      await page.getByRole('button', { name: 'Atrás' }).click();
      await heading(page, 'Su salud');
      await choose(page, 'neuropathy');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.getByRole('button', { name: 'Ver mi resultado' }).click();
      await heading(page, 'Le conviene un masaje médico');
      // Switching language keeps every answer.
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Medical massage is the right fit');
      const reasons = await page.locator('.reasons li').allTextContents();
      assert.ok(reasons.some((r) => r.includes('neuropathy')), reasons.join('|'));
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  for (const viewport of viewports) {
    it(`in Vietnamese at ${viewport.width} px: the safety screens, the heart question and the results pass axe, with no English`, async () => {
      const vi = shippedCatalogue('vi');
      const leaks = englishOnlyTexts('vi');
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      const press = (key) => page.getByRole('button', { name: vi[key], exact: true }).click();
      const check = async (name) => {
        await page.locator('.massage-guide h2:visible').first().waitFor();
        const text = await guideText(page);
        assert.deepEqual(leaks.filter((e) => text.includes(e)), [], `English text on the Vietnamese ${name} screen`);
        assert.deepEqual(await axe(page), [], `axe on the Vietnamese ${name} screen`);
        await screenshot(page, `vi-${viewport.name}-${name}`);
      };
      await page.goto(server.origin + '/');
      await heading(page, 'Which massage is right for you?');
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await heading(page, vi['start.title']);
      assert.equal(await page.locator('section.massage-guide').getAttribute('lang'), 'vi');
      await check('start');
      await press('start.begin');
      await heading(page, vi['safety.title']);
      await check('safety');
      await choose(page, 'chest-pain');
      await press('nav.next');
      await heading(page, vi['outcome.emergency.title'].replace('{number}', '911'));
      await check('emergency');
      await press('emergency.mistake');
      await heading(page, vi['safety.title']);
      await choose(page, 'chest-pain');
      await press('flags.none');
      await heading(page, vi['where.title']);
      await choose(page, 'lower-back');
      await choose(page, 'chest');
      await check('where');
      await press('nav.next');
      await heading(page, vi['pain.title']);
      await choose(page, '6');
      await choose(page, 'over-3-months');
      await check('pain');
      await press('nav.next');
      await heading(page, vi['flags.chest.title']);
      await check('heart-check');
      await press('flags.none');
      await heading(page, vi['flags.back.title']);
      await check('flags-back');
      await press('flags.none');
      await heading(page, vi['health.title']);
      await check('health');
      await press('nav.next');
      await heading(page, vi['goals.title']);
      await choose(page, 'relieve-pain');
      await choose(page, 'mood-sleep');
      // Red, hot skin that is spreading, right now: see a doctor today.
      await choose(page, 'spreading-red-skin');
      await check('goals');
      await press('nav.see-result');
      await heading(page, vi['outcome.doctor-today.title']);
      assert.ok(await page.getByRole('link', { name: new RegExp(vi['call.us']) }).isVisible());
      await check('result-doctor-today');
      await press('nav.back');
      await heading(page, vi['goals.title']);
      await choose(page, 'spreading-red-skin');
      await press('nav.see-result');
      await heading(page, vi['outcome.medical-massage.title']);
      assert.match(await page.locator('.crisis a[href="tel:988"]').textContent(), /988/);
      await check('result-medical');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  it('the lang attribute starts the guide in Spanish', async () => {
    const s = await openPage(browser, server.origin, viewports[0]);
    await s.context.route('**/es.html', (route) => route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>es</title>
        <script type="module" src="/embed/massage-guide.js"></script>
        <massage-guide lang="es"></massage-guide>`,
    }));
    await s.page.goto(server.origin + '/es.html');
    await heading(s.page, '¿Qué masaje es el adecuado para usted?');
    assert.equal(await s.page.locator('section.massage-guide').getAttribute('lang'), 'es');
    await s.context.close();
  });

  /** The standalone page with its WebAssembly held (`open` lets it go), Start pressed by the
   *  keyboard alone: the first question the loader shows. */
  async function questionBeforeTheGuide() {
    const s = await openPage(browser, server.origin, viewports[0]);
    const { page } = s;
    const { wasm: open } = await hold(page, ['wasm']);
    await page.goto(server.origin + '/');
    await heading(page, 'Which massage is right for you?', { mounted: false });
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
    await heading(page, 'safety check', { mounted: false });
    return { s, page, open };
  }

  it('the first question "Start" shows before the WebAssembly is ready: axe, and the keyboard alone, its tick kept', async () => {
    const { s, page, open } = await questionBeforeTheGuide();
    assert.equal(await page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'not mounted yet');
    assert.ok(await focused(page, 'h2'), 'focus moves to the new heading');
    assert.deepEqual(await axe(page), []);
    await tabTo(page, 'input[value="worst-headache"]');
    await page.keyboard.press('Space');
    open();
    await heading(page, 'safety check');
    assert.ok(await page.locator('input[value="worst-headache"]').isChecked(), 'the tick is the app\'s');
    assert.ok(await focused(page, 'input[value="worst-headache"]'), 'the focus stays on its box');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a sign ticked and Next before the WebAssembly is ready: the emergency call at once, by keyboard, axe clean', async () => {
    const { s, page, open } = await questionBeforeTheGuide();
    await tabTo(page, 'input[value="chest-pain"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[data-action="next"]');
    await page.keyboard.press('Enter');
    await heading(page, 'Call 911 now', { mounted: false });
    assert.equal(await page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'not mounted yet');
    assert.ok(await focused(page, 'h2'), 'focus moves to the new heading');
    assert.deepEqual(await axe(page), []);
    await tabTo(page, 'a.emergency-call');
    open();
    await heading(page, 'Call 911 now');
    // The focus stays on the call the visitor was on, now the app's.
    await page.getByRole('button', { name: 'I ticked this by mistake' }).waitFor();
    await page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot.activeElement?.matches('.emergency-call'));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  for (const viewport of viewports) {
    it(`the whole flow with the keyboard alone at ${viewport.width} px`, async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      await page.goto(server.origin + '/');
      await heading(page, 'Which massage is right for you?');
      await tabTo(page, 'button.primary');
      await page.keyboard.press('Enter');
      await heading(page, 'safety check');
      assert.ok(await focused(page, 'h2'), 'focus moves to the new heading');
      // "None of these" answers the screen and goes on.
      await tabTo(page, 'button.none-of-these');
      await page.keyboard.press('Enter');
      await heading(page, 'Where does it hurt?');
      assert.ok(await focused(page, 'h2'));
      // The body map: each figure is one Tab stop; the arrow keys move between its regions,
      // Enter ticks one; its state is announced and mirrored in the list.
      await tabTo(page, 'svg[aria-label="Body seen from the front"] g.region');
      await page.keyboard.press('Tab');
      assert.ok(await focused(page, 'svg[aria-label="Body seen from the back"] g.region[data-region="head"]'), 'one Tab stop per figure');
      for (let i = 0; i < 20 && !(await focused(page, 'g.region[data-region="lower-back"]')); i++) {
        await page.keyboard.press('ArrowDown');
      }
      assert.ok(await focused(page, 'g.region[data-region="lower-back"]'), 'arrow keys reach the lower back');
      await page.keyboard.press('Enter');
      const region = page.locator('g.region[data-region="lower-back"]');
      assert.equal(await region.getAttribute('aria-checked'), 'true');
      assert.equal(await region.getAttribute('aria-label'), 'Lower back, back view');
      assert.ok(await page.locator('input[value="lower-back"]').isChecked(), 'the list carries the same state');
      await tabTo(page, 'input[value="left-leg"]');
      await page.keyboard.press('Space');
      // Shift+Tab goes back the way it came: the list's previous box.
      await page.keyboard.press('Shift+Tab');
      assert.ok(await focused(page, 'input[value="buttocks"]'), 'Shift+Tab moves back one box');
      await page.keyboard.press('Tab');
      assert.ok(await page.locator('input[value="left-leg"]').isChecked());
      await tabTo(page, 'button.primary');
      await page.keyboard.press('Enter');
      await heading(page, 'About your pain');
      // Arrow keys within the 0-10 radio group.
      await tabTo(page, 'input[name="intensity"]');
      await page.keyboard.press('Space');
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      assert.ok(await page.locator('input[name="intensity"][value="6"]').isChecked());
      await tabTo(page, 'input[name="duration"]');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      assert.ok(await page.locator('input[value="over-3-months"]').isChecked());
      await tabTo(page, 'input[value="spreads-down-leg"]');
      await page.keyboard.press('Space');
      await tabTo(page, 'button.primary');
      await page.keyboard.press('Enter');
      // The red-flag screens of the back and of the leg: a tick with Space, taken back, then
      // "None of these" with Enter.
      await heading(page, 'About your back');
      assert.ok(await focused(page, 'h2'));
      await tabTo(page, 'input[value="saddle-numbness"]');
      await page.keyboard.press('Space');
      assert.ok(await page.locator('input[value="saddle-numbness"]').isChecked());
      await page.keyboard.press('Space');
      await tabTo(page, 'button.none-of-these');
      await page.keyboard.press('Enter');
      await heading(page, 'About your joints and limbs');
      assert.ok(await focused(page, 'h2'));
      await tabTo(page, 'button.none-of-these');
      await page.keyboard.press('Enter');
      await heading(page, 'Your health');
      await tabTo(page, 'button.primary');
      await page.keyboard.press('Enter');
      await heading(page, 'What would you like');
      await tabTo(page, 'input[value="relieve-pain"]');
      await page.keyboard.press('Space');
      await tabTo(page, 'button.primary');
      await page.keyboard.press('Enter');
      await heading(page, 'Medical massage is the right fit');
      assert.ok(await focused(page, 'h2'));
      assert.match(await page.locator('[role="status"].visually-hidden').textContent(), /Our suggestion: Medical massage/);
      await tabTo(page, 'a.button.call');
      await tabTo(page, 'button.secondary');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  for (const width of [320, 640]) {
    it(`no horizontal scroll at ${width} px${width === 640 ? ' (1280 px at 200% zoom)' : ''}`, async () => {
      const s = await openPage(browser, server.origin, { width, height: 800 });
      const { page } = s;
      const noScroll = async (name) => {
        await page.locator('.massage-guide h2:visible').first().waitFor();
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `${name}: page is ${wide} px wide at ${width} px`);
      };
      await page.goto(server.origin + '/');
      await noScroll('start');
      await page.getByRole('button', { name: 'Start the questions' }).click();
      await noScroll('safety');
      await choose(page, 'none');
      await heading(page, 'Where does it hurt?');
      await noScroll('where');
      await choose(page, 'neck');
      await next(page);
      await heading(page, 'About your pain');
      await noScroll('pain');
      await choose(page, '7');
      await choose(page, 'over-3-months');
      await next(page);
      await heading(page, 'About your neck, shoulders and arms');
      await noScroll('flags-neck');
      await choose(page, 'none');
      await heading(page, 'Your health');
      await noScroll('health');
      await next(page);
      await choose(page, 'relieve-pain');
      await noScroll('goals');
      await next(page);
      await heading(page, 'Medical massage');
      await noScroll('result');
      await screenshot(page, `narrow-${width}-result`);
      await s.context.close();
    });
  }

  it('the printed summary fits on one page with the date, answers, result, reasons, notes and phone', async () => {
    const s = await openPage(browser, server.origin, viewports[1]);
    const { page } = s;
    await page.goto(server.origin + '/');
    // The back's and the leg's red flags, then the blood thinner's.
    await walk(page, [['none'], ['lower-back', 'left-leg'], ['6', 'over-3-months', 'spreads-down-leg'], ['none'], ['none'],
      ['blood-thinners'], ['none'], ['relieve-pain']]);
    await heading(page, 'Medical massage is the right fit');
    await page.emulateMedia({ media: 'print' });
    const printed = await guideText(page);
    const year = String(new Date().getFullYear());
    for (const part of ['Your answers', 'Date', year, 'Where it hurts', 'lower back, left leg', '6 out of 10, more than 3 months',
      'Medical massage is the right fit', 'Why we suggest this', 'Your pain spreads down a leg', 'Tell your therapist',
      'lighter pressure', '(706) 286-8344']) {
      assert.ok(printed.includes(part), `the printed page has ${JSON.stringify(part)}`);
    }
    assert.ok(!printed.includes('Related reading'), 'screen-only parts are left out');
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    const pdfPath = path.join(root, 'target', 'screenshots', 'summary.pdf');
    fs.writeFileSync(pdfPath, pdf);
    // The PDF itself, read back by poppler's pdftotext (installed by `cargo xtask test`).
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    assert.match(info, /^Pages:\s+1$/m, 'one page');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const part of ['Your answers', year, 'lower back, left leg', '6 out of 10, more than 3 months',
      'Medical massage is the right fit', 'Your pain spreads down a leg', 'lighter pressure', '(706) 286-8344']) {
      assert.ok(text.includes(part), `the PDF has ${JSON.stringify(part)}`);
    }
    await s.context.close();
  });
});
