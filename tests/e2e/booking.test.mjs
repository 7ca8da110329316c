// The result leads to a booking: on a massage result, the clinic's services that fit it (name,
// length, price, their own booking link), booking online and calling as two equal actions in
// the clinic's colours, the address and the languages its team speaks, in each language; a
// phone taps the number to call, a computer (which mostly cannot) reads and copies it. The
// results that must not book show none of it. And the clinic's other controls: the languages
// offered, its logo, and its bar hidden on a page that has its own header.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, viewports, choose, next, walk, SCIATICA, heading, mounted, axe, screenshot, dist, hex } from './harness.mjs';

const example = JSON.parse(fs.readFileSync(path.resolve('examples/clinic-booking.json'), 'utf8'));
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#17695c"/></svg>';

describe('a result that leads to a booking', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve({
      mounts: { '/guide/': dist },
      routes: {
        '/clinic.html': (req, res) => {
          const query = new URL(req.url, 'http://x').searchParams;
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/guide/embed/massage-guide.js"></script></head>
<body><h1>A clinic</h1><massage-guide config="/config.json?${query}"${query.has('lang') ? ` lang="${query.get('lang')}"` : ''}><a href="tel:+15550100199">Call (555) 010-0199</a></massage-guide></body></html>`);
        },
        '/config.json': (req, res) => {
          const query = new URL(req.url, 'http://x').searchParams;
          const config = { ...example, theme: { accent: '#6a1b9a', call: '#b3261e' } };
          if (query.has('languages')) config.languages = query.get('languages').split(',');
          if (query.has('no-bar')) config.theme.bar = false;
          if (query.has('two-medical')) {
            config.services = [...config.services, { name: 'Sports massage', minutes: 45, booking_url: 'https://clinic.example/book/sports', suits: ['medical-massage'] }];
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(config));
        },
        '/logo.svg': (req, res) => { res.writeHead(200, { 'content-type': 'image/svg+xml' }); res.end(LOGO); },
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page as a visitor's device: a phone is touch (it can call), a computer is not. */
  async function open(viewport, query = '', prepare = async () => {}) {
    const phone = viewport.width < 600;
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      hasTouch: phone,
      isMobile: phone,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await prepare(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text()); });
    page.on('request', (req) => { if (!req.url().startsWith(server.origin)) errors.push(`foreign request ${req.url()}`); });
    await page.goto(`${server.origin}/clinic.html?${query}`);
    await mounted(page);
    return { page, context, errors };
  }

  const WORDS = {
    en: { service: 'Medical massage', facts: '60 min · $95', book: 'Book online', speak: null, bring: 'Bring this to your visit' },
    es: { service: 'Masaje médico', facts: '60 min · $95', book: 'Reservar en línea', speak: 'Hablamos español.', bring: 'Traiga esto a su cita' },
    vi: { service: 'Massage y khoa', facts: '60 phút · $95', book: 'Đặt lịch trực tuyến', speak: null, bring: 'Hãy mang bản này theo' },
  };

  for (const viewport of viewports) {
    it(`at ${viewport.width} px: the service that fits, book and call as equal actions, in three languages`, async () => {
      const { page, context, errors } = await open(viewport);
      await walk(page, SCIATICA);
      await page.locator('[data-outcome="medical-massage"]').waitFor();
      const phone = viewport.width < 600;
      for (const [lang, words] of Object.entries(WORDS)) {
        if (lang !== 'en') await page.locator(`.lang-button[lang="${lang}"]`).click();
        await page.locator(`.massage-guide[lang="${lang}"]`).waitFor();
        const box = page.locator('.call-to-book');
        // Only the service that suits a medical massage, with its length and price.
        assert.deepEqual(await box.locator('.service-name').allTextContents(), [words.service], lang);
        assert.equal((await box.locator('.service-facts').allTextContents()).join(' · '), words.facts, lang);
        const book = box.locator('a.button.book');
        assert.equal(await book.textContent(), words.book, lang);
        // The service's own booking page, the most precise, is the main action's.
        assert.equal(await book.getAttribute('href'), example.services[0].booking_url);
        assert.equal(await box.locator('.service-book').count(), 0, 'no second link to the same page');
        assert.equal(await box.locator('.address').textContent(), example.address);
        // "We speak …" only in a language the team speaks (English and Spanish here), and not
        // in English, where it says nothing.
        if (words.speak) assert.equal(await box.locator('.staff-languages').textContent(), words.speak, lang);
        else assert.equal(await box.locator('.staff-languages').count(), 0, lang);
        assert.ok((await page.locator('.massage-guide .bring').first().textContent()).startsWith(words.bring), lang);
        // Equal actions: as tall as each other, both in the clinic's colours.
        const call = box.locator('a.button.call');
        assert.equal(await call.getAttribute('href'), 'tel:+15550100199');
        assert.equal(hex(await book.evaluate((el) => getComputedStyle(el).backgroundColor)), '#6a1b9a');
        if (phone) {
          assert.equal(hex(await call.evaluate((el) => getComputedStyle(el).backgroundColor)), '#b3261e', 'a phone taps the number to call');
          const [b, c] = await Promise.all([book.boundingBox(), call.boundingBox()]);
          assert.ok(Math.abs(b.height - c.height) <= 2 && Math.abs(b.width - c.width) <= 2, `equal buttons: ${JSON.stringify([b, c])}`);
          assert.equal(await box.locator('.copy-number').isVisible(), false, 'no copy button on a phone');
        } else {
          // A computer reads the number and copies it: no dead button.
          assert.equal(await call.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
          assert.equal(hex(await call.evaluate((el) => getComputedStyle(el).color)), '#b3261e');
          // Each language's own click: nothing said yet, and the clipboard emptied first.
          assert.equal(await box.locator('.copy-number [role="status"]').textContent(), '', lang);
          await page.evaluate(() => navigator.clipboard.writeText(''));
          await box.locator('.copy-number button').click();
          await box.locator('.copy-number [role="status"]').filter({ hasText: /\S/ }).waitFor();
          assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '(555) 010-0199');
        }
        assert.deepEqual(await axe(page), [], `axe on the ${lang} result`);
        await screenshot(page, `booking-${viewport.name}-${lang}`);
      }
      // The logo in the bar, with its words.
      assert.equal(await page.locator('.clinic-bar img.clinic-logo').getAttribute('alt'), example.logo.alt);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('a general massage lists every service that suits it, booked on the clinic\'s own page', async () => {
    const { page, context, errors } = await open(viewports[1]);
    await walk(page, [['none'], ['no-pain'], [], ['relax']]);
    await page.locator('[data-outcome="general-massage"]').waitFor();
    const box = page.locator('.call-to-book');
    assert.deepEqual(await box.locator('.service-name').allTextContents(), ['Relaxation massage', 'Relaxation massage, 90 minutes']);
    assert.equal(await box.locator('a.button.book').getAttribute('href'), example.booking_url);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('with two services that fit, the clinic\'s page is the main action and each service links its own, named', async () => {
    const { page, context, errors } = await open(viewports[1], 'two-medical');
    await walk(page, SCIATICA);
    await page.locator('[data-outcome="medical-massage"]').waitFor();
    const box = page.locator('.call-to-book');
    assert.equal(await box.locator('a.button.book').getAttribute('href'), example.booking_url);
    const links = await box.locator('.service-book').evaluateAll((all) => all.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
    assert.deepEqual(links, [
      [example.services[0].booking_url, 'Book this: Medical massage'],
      ['https://clinic.example/book/sports', 'Book this: Sports massage'],
    ]);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the results that must not book show no service and no booking', async () => {
    const { page, context, errors } = await open(viewports[0]);
    // Skin that could be catching: check with a doctor before booking.
    await walk(page, [['none'], ['no-pain'], [], ['relax', 'catching-skin']]);
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
    assert.ok(!outcome.endsWith('-massage'), outcome);
    assert.equal(await page.locator('.service, a.button.book, .copy-number').count(), 0, outcome);
    assert.ok(await page.locator('.call-to-book a.button.call').isVisible(), 'questions: call us');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('offers only the languages the clinic offers, and hides the bar with the number kept at the foot', async () => {
    const { page, context, errors } = await open(viewports[0], 'languages=en,es&no-bar');
    await page.locator('.massage-guide .foot-phone').waitFor();
    assert.deepEqual(await page.locator('.lang-button').evaluateAll((b) => b.map((x) => x.lang)), ['es']);
    assert.equal(await page.locator('.massage-guide .clinic-bar').count(), 0, 'no bar');
    for (const screen of ['start', 'question']) {
      assert.ok(await page.locator('.foot-phone a[href="tel:+15550100199"]').isVisible(), `the number on the ${screen} screen`);
      if (screen === 'start') await page.getByRole('button', { name: 'Start the questions' }).click();
    }
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('at 390 px, the bar with the clinic\'s logo keeps its height and the first question its place as the configuration arrives', async () => {
    // Every frame from the first paint: the bar's height and the heading's place.
    const { page, context, errors } = await open(viewports[0], '', (ctx) => ctx.addInitScript(() => {
      window.__frames = [];
      const frame = () => {
        const root = document.querySelector('massage-guide')?.shadowRoot;
        const bar = root?.querySelector('.clinic-bar');
        const h2 = root?.querySelector('h2');
        if (bar && h2) {
          const seen = `bar ${Math.round(bar.getBoundingClientRect().height)} px, heading at ${Math.round(h2.getBoundingClientRect().top)} px`;
          if (window.__frames.at(-1) !== seen) window.__frames.push(seen);
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }));
    await page.locator('.clinic-logo').waitFor();
    await page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot.querySelector('.clinic-logo').complete);
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => window.__frames);
    assert.equal(frames.length, 1, frames.join(' -> '));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a Vietnamese visitor of a clinic that offers English and Spanish stays in English when the Vietnamese words arrive late', async () => {
    const { page, context, errors } = await open(viewports[0], 'languages=en,es&lang=vi', async (ctx) => {
      // The catalogue arrives after the configuration has moved the visitor to English.
      await ctx.route('**/i18n/vi-*.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/i18n/vi-') && e.responseEnd > 0));
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.massage-guide').getAttribute('lang'), 'en');
    assert.deepEqual(await page.locator('.lang-button').evaluateAll((b) => b.map((x) => x.lang)), ['es']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('moves a visitor whose language the clinic does not offer to one it does', async () => {
    const { page, context, errors } = await open(viewports[1], 'languages=es');
    await page.locator('.massage-guide[lang="es"]').waitFor();
    assert.deepEqual(await page.locator('.lang-button').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
