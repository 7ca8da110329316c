// The setup page (dist/setup/): a clinic owner fills it in at 390 and 1280 px (sections and
// their contents, the preview beside the form or one tap away, time fields, a colour picker,
// a time zone from a list, links that get their https://, plain words beside each field, the
// samples and out-of-date translations named, Undo, a preview that shows what is edited);
// each field's problems are the guide's own; the file round-trips byte for byte; a hostile
// file is imported with its problems listed; the draft survives a reload; axe finds nothing
// at 390 and 1280 px; every control is reached with the keyboard.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, axe, screenshot, viewports, dist } from './harness.mjs';

/** The preview guide's header text and phone link. */
async function previewHeader(page) {
  const name = await page.locator('#preview .clinic-name').textContent();
  const tel = await page.locator('#preview a.phone-link').getAttribute('href');
  return { name, tel };
}

/** The label of the preview's "Showing" choice. */
async function selectedLabel(page) {
  return page.locator('#start-at').evaluate((s) => s.selectedOptions[0].textContent);
}

async function openSetup(browser, origin, viewport) {
  const s = await openPage(browser, origin, viewport);
  await s.page.goto(`${origin}/setup/`);
  // The form starts from the site's clinic.json, and the guide shows it.
  await s.page.locator('#name-en').waitFor();
  await s.page.locator('#preview .clinic-name', { hasText: 'Your massage clinic' }).waitFor();
  await s.page.locator('#article-0-title').waitFor({ state: 'attached' });
  return s;
}

/** Open article `i` (each is one line until opened). */
async function openArticle(page, i) {
  const details = page.locator('details.article-draft').nth(i);
  if (!(await details.evaluate((d) => d.open))) await page.locator(`#article-${i}-summary-line`).click();
  await page.locator(`#article-${i}-title`).waitFor();
}

/** Nothing scrolls sideways: the page is no wider than the window. */
async function width(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('the setup page', () => {
  let server;
  let browser;
  // What a site's settings page sent to its save address (the WordPress plugin's REST route).
  const saves = [];
  let refuse = false;
  before(async () => {
    const css = fs.readdirSync(path.join(dist, 'setup')).find((f) => /^setup-.*\.css$/.test(f));
    server = await serve({
      mounts: { '/': dist },
      routes: {
        // The plugin's settings page: the setup page with a save address, a nonce and what the
        // site has saved.
        '/site-settings.html': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Settings</title>
<link rel="stylesheet" href="/setup/${css}">
<script type="module" src="/setup/start.js"></script><script type="module" src="/embed/massage-guide.js"></script></head>
<body><div id="setup" data-save-url="/wp-json/massage-guide/v1/configuration" data-nonce="n0nce"><p>Loading</p></div>
<script type="application/json" id="massage-guide-saved">{"name": {"en": "Saved Clinic"}, "phone": "212-555-0100"}</script></body></html>`);
        },
        '/wp-json/massage-guide/v1/configuration': (req, res) => {
          let body = '';
          req.on('data', (chunk) => { body += chunk; });
          req.on('end', () => {
            saves.push({ method: req.method, nonce: req.headers['x-wp-nonce'], type: req.headers['content-type'], body });
            res.writeHead(refuse ? 403 : 200, { 'content-type': 'application/json' });
            res.end(refuse ? '{"code": "rest_forbidden", "message": "Sorry, you are not allowed to do that."}' : '{"saved": true}');
          });
        },
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of viewports) {
    it(`at ${viewport.width} px: a change shows in the preview, a wrong value is named on its field and the preview keeps the last good one`, async () => {
      const s = await openSetup(browser, server.origin, viewport);
      const { page } = s;
      assert.deepEqual(await axe(page), [], 'axe on the form and the preview');
      await screenshot(page, `setup-${viewport.name}`);

      // Typed fast, key by key, while the preview mounts again on each: no letter or focus lost.
      await page.locator('#name-en').fill('');
      await page.locator('#name-en').pressSequentially('Typed quickly, every letter', { delay: 0 });
      assert.equal(await page.locator('#name-en').inputValue(), 'Typed quickly, every letter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'name-en');
      await page.locator('#preview .clinic-name', { hasText: 'Typed quickly, every letter' }).waitFor();

      await page.locator('#name-en').fill('Riverside Massage');
      await page.locator('#preview .clinic-name', { hasText: 'Riverside Massage' }).waitFor();

      // A phone number being typed: the message on the field, the last good number in the guide.
      await page.locator('#phone').fill('call us');
      await page.locator('#phone-problem', { hasText: 'A phone number has only digits, spaces, dashes, brackets and a + at the start' }).waitFor();
      assert.equal(await page.locator('#phone').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#phone').getAttribute('aria-describedby'), /phone-problem/);
      assert.match(await page.locator('.contents li', { hasText: 'Your clinic' }).textContent(), /things? to look at/);
      assert.deepEqual(await previewHeader(page), { name: 'Riverside Massage', tel: 'tel:+17062868344' });
      assert.deepEqual(await axe(page), [], 'axe with a problem shown');
      await screenshot(page, `setup-${viewport.name}-problem`);

      await page.locator('#phone').fill('+44 20 7946 0958');
      await page.locator('#preview a.phone-link[href="tel:+442079460958"]').waitFor();
      assert.equal(await page.locator('#phone').getAttribute('aria-invalid'), null);
      assert.equal(await page.locator('#phone-problem').textContent(), '');

      // A link the guide refuses, on an article.
      await openArticle(page, 0);
      await page.locator('#article-0-url').fill('javascript:alert(1)');
      await page.locator('#article-0-url-problem', { hasText: 'This is not a web address visitors can open' }).waitFor();

      // The preview at desktop width and in Spanish, from its first screen.
      await page.locator('#start-at').selectOption({ label: 'The first screen' });
      // (A phone's preview is a phone wide already: no width to choose.)
      if (viewport.width >= 1100) await page.getByRole('radio', { name: 'Desktop' }).check();
      else assert.equal(await page.getByRole('radio', { name: 'Desktop' }).count(), 0);
      await page.getByRole('radio', { name: 'Español' }).check();
      await page.locator('#preview h2', { hasText: '¿Qué masaje' }).waitFor();
      assert.deepEqual(s.errors.filter((e) => !e.includes('articles[0].url')), []);
      await s.context.close();
    });
  }

  it('downloads clinic.json, opens it again, and downloads the same bytes', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    await page.locator('#name-en').fill('Round Trip Clinic');
    await page.locator('#name-es').fill('Clínica de ida y vuelta');
    // The clinic's own number (the one the guide comes with is named, to be changed).
    await page.locator('#phone').fill('(706) 555-0142');
    await page.locator('#hours-on').check();
    await page.locator('#time_zone').fill('America/Chicago');
    await page.locator('#hours-mon-break').click();
    await page.locator('#hours-fri-closed').check();
    await page.locator('#hours-sat-closed').uncheck();
    await page.locator('#hours-sat-opens-0').fill('10:00');
    await page.locator('#hours-sat-closes-0').fill('14:00');
    await page.locator('summary', { hasText: 'Emergency and crisis numbers' }).click();
    await page.locator('#emergency_number').fill('112');
    await page.locator('#crisis_line').fill('116123');
    await page.locator('#booking_url').fill('https://riverside.example/book');
    await page.locator('#theme-accent').fill('#1d4f91');
    await page.locator('#theme-call').fill('#b3261e');
    await page.locator('#theme-font').fill('"Source Sans 3", Arial, sans-serif');
    await page.locator('#theme-dark').uncheck();
    await openArticle(page, 0);
    await page.locator('.article-draft').first().locator('summary', { hasText: 'In other languages' }).click();
    await page.locator('#article-0-title-es').fill('Masaje médico frente a masaje general');
    await page.getByRole('button', { name: 'Add an article' }).click();
    const last = (await page.locator('.article-draft').count()) - 1;
    await page.locator(`#article-${last}-title`).fill('Desk posture');
    await page.locator(`#article-${last}-tag-posture`).check();
    // The first article's Move up is there, disabled: the new one's is the last.
    await page.locator(`#article-${last}-up`).click();
    assert.equal(await page.locator(`#article-${last - 1}-title`).inputValue(), 'Desk posture');
    // Nothing the guide refuses (what is left to look at is advice: samples left in).
    assert.equal(await page.locator(['#phone', '#emergency_number', '#crisis_line', '#time_zone', '#theme-accent', '#theme-call', '#theme-font'].map((id) => `${id}[aria-invalid]`).join(', ')).count(), 0);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-'));
    const save = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download clinic.json' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'clinic.json');
      const file = path.join(dir, name);
      await download.saveAs(file);
      return fs.readFileSync(file, 'utf8');
    };
    const first = await save('first.json');
    const clinic = JSON.parse(first);
    assert.equal(clinic.name.en, 'Round Trip Clinic');
    assert.deepEqual(clinic.hours, { mon: '09:00-12:00, 13:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: 'closed', sat: '10:00-14:00', sun: 'closed' });
    assert.equal(clinic.time_zone, 'America/Chicago');
    assert.deepEqual(clinic.theme, { accent: '#1d4f91', call: '#b3261e', font: '"Source Sans 3", Arial, sans-serif', dark_mode: false });
    assert.equal(clinic.emergency_number, '112');
    assert.equal(clinic.crisis_line, '116123');
    assert.equal(clinic.booking_url, 'https://riverside.example/book');
    assert.equal(clinic.articles[0].title.es, 'Masaje médico frente a masaje general');
    assert.equal(clinic.articles[last - 1].title, 'Desk posture');

    await page.getByRole('button', { name: 'Start a new clinic' }).click();
    await page.locator('#name-en').fill('Something else');
    await page.locator('#import').setInputFiles(path.join(dir, 'first.json'));
    await page.locator('#preview .clinic-name', { hasText: 'Round Trip Clinic' }).waitFor();
    assert.equal(await page.locator('#hours-mon-opens-1').inputValue(), '13:00');
    assert.equal(await save('second.json'), first, 'byte for byte');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('opens a hostile file: its problems listed, its text kept as text, nothing run', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'setup-')), 'hostile.json');
    fs.writeFileSync(file, JSON.stringify({
      name: '<img src=x onerror="window.hacked=1">',
      phone: 'javascript:alert(1)',
      booking_url: 'data:text/html,<script>alert(1)</script>',
      articles: [{ title: 'A', url: 'javascript:alert(1)', tags: ['nonsense'] }],
      colour: 'red',
    }));
    await page.locator('#import').setInputFiles(file);
    const listed = page.locator('.imported');
    await listed.waitFor();
    const text = await listed.textContent();
    // Each named as the page names it, in plain words.
    for (const said of ['Booking phone number: A phone number has only digits', 'Online booking page: This is not a web address', 'Article 1, link: This is not a web address', 'Article 1, who it is for:', '\u201ccolour\u201d is not something the guide reads']) {
      assert.ok(text.includes(said), `${said} in ${text}`);
    }
    assert.doesNotMatch(text, /articles\[0\]|booking_url|http\(s\)/);
    await page.locator('#preview .clinic-name', { hasText: '<img src=x' }).waitFor();
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.equal(await page.locator('#booking_url').inputValue(), '');
    // A file that is not JSON at all.
    fs.writeFileSync(file, '{ not json');
    await page.locator('#import').setInputFiles(file);
    await page.locator('.imported', { hasText: 'The file could not be read as a clinic.json (not valid JSON' }).waitFor();
    assert.deepEqual(await axe(page), []);
    await s.context.close();
  });

  it('shows each problem under its own article, also after an article the guide leaves out', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    // Without a title the first article is left out; the second's link is still the second's.
    await openArticle(page, 0);
    await openArticle(page, 1);
    await page.locator('#article-0-title').fill('');
    await page.locator('#article-1-url').fill('javascript:alert(1)');
    await page.locator('#article-1-url-problem', { hasText: 'This is not a web address visitors can open' }).waitFor();
    assert.doesNotMatch(await page.locator('#article-0-url-problem').textContent(), /web address/, 'not under the first article');
    assert.match(await page.locator('#article-0-title-problem').textContent(), /Give the article a title/, 'whose problem is its title');
    await s.context.close();
  });

  it('keeps the keyboard with an article moved or removed', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    const focused = (id) => page.waitForFunction((want) => document.activeElement?.id === want, id);
    const count = await page.locator('.article-draft').count();
    const last = count - 1;
    await openArticle(page, last);
    const title = await page.locator(`#article-${last}-title`).inputValue();
    // "Move up" pressed again moves the same article again.
    await page.locator(`#article-${last}-up`).focus();
    for (let at = last - 1; at >= 1; at--) {
      await page.keyboard.press('Enter');
      await focused(`article-${at}-up`);
      assert.equal(await page.locator(`#article-${at}-title`).inputValue(), title);
    }
    // At the top, where "Move up" is disabled, the focus is on its "Move down".
    await page.keyboard.press('Enter');
    await focused('article-0-down');
    assert.equal(await page.locator('#article-0-title').inputValue(), title);
    // Removed: the focus goes to the article now in its place; Undo brings it back.
    await page.getByRole('button', { name: 'Remove article 1', exact: true }).focus();
    await page.keyboard.press('Enter');
    await focused('article-0-summary-line');
    assert.equal(await page.locator('.article-draft').count(), count - 1);
    await page.locator('.undo-line', { hasText: `Removed the article \u201c${title}\u201d.` }).waitFor();
    await page.locator('#undo').click();
    assert.equal(await page.locator('.article-draft').count(), count);
    assert.equal(await page.locator('#article-0-title').inputValue(), title);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('keeps the draft in this browser: a reload loses nothing, even a wrong value', async () => {
    const s = await openSetup(browser, server.origin, viewports[0]);
    const { page } = s;
    await page.locator('#name-en').fill('Kept Clinic');
    await page.locator('#phone').fill('706-28');
    await page.locator('#phone-problem').waitFor();
    await page.reload();
    await page.locator('#preview .clinic-name', { hasText: 'Kept Clinic' }).waitFor();
    assert.equal(await page.locator('#phone').inputValue(), '706-28');
    assert.equal(await page.locator('#name-en').inputValue(), 'Kept Clinic');
    await s.context.close();
  });

  it('gives the snippet for the site, with the configuration inside it if asked', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    const snippet = () => page.locator('#snippet').inputValue();
    assert.match(await snippet(), new RegExp(`src="${server.origin}/embed/massage-guide.js"`));
    assert.match(await snippet(), new RegExp(`config="${server.origin}/clinic.json"`));
    // The loader's own hash, as this build wrote the loader (so a changed one is refused).
    const loaderHash = `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, 'embed', 'massage-guide.js'))).digest('base64')}`;
    assert.ok((await snippet()).includes(`massage-guide.js" integrity="${loaderHash}" crossorigin="anonymous"></script>`), await snippet());
    await page.locator('#base').fill('https://riverside.example/guide');
    assert.match(await snippet(), /src="https:\/\/riverside\.example\/guide\/embed\/massage-guide\.js"/);
    await page.locator('#name-en').fill('</script><script>alert(1)</script>');
    await page.locator('#inline').check();
    const inline = await snippet();
    assert.match(inline, /<script type="application\/json">/);
    assert.ok(!inline.includes('</script><script>alert'), 'no text can close the script element');
    assert.ok(inline.includes('\\u003c/script>'));
    // The snippet works: pasted into a page, the guide reads the configuration inside it.
    const json = inline.split('<script type="application/json">\n')[1].split('</script>')[0];
    assert.equal(JSON.parse(json).name.en, '</script><script>alert(1)</script>');
    // The snippet always carries the clinic's own phone link: none until the number reads.
    assert.match(inline, /<a href="tel:\+1\d{10}">/);
    await page.locator('#phone').fill('212-555');
    assert.equal(await snippet(), '');
    await page.getByText('The snippet appears once your phone number above reads as a number').waitFor();
    await page.locator('#phone').fill('212-555-0100');
    assert.match(await snippet(), /<a href="tel:\+12125550100">\(212\) 555-0100<\/a>/);
    // The language the guide starts in, on the element.
    await page.locator('#snippet-lang').selectOption({ label: 'Español' });
    assert.match(await snippet(), /<massage-guide lang="es">/);
    // A site builder: the files from the CDN, this version, the configuration inside.
    await page.locator('#way-cdn').check();
    assert.equal(await page.locator('#base').count(), 0, 'no folder to give');
    const cdn = await snippet();
    assert.match(cdn, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/massage-guide@\d+\.\d+\.\d+\/embed\/massage-guide\.js" integrity="sha256-/);
    assert.match(cdn, /<massage-guide lang="es">\n<a href="tel:\+12125550100">/);
    assert.match(cdn, /<script type="application\/json">/);
    // WordPress: the plugin's steps, nothing to paste.
    await page.locator('#way-wordpress').check();
    await page.getByText('Add the Massage guide block to a page').waitFor();
    assert.equal(await page.locator('#snippet').count(), 0);
    assert.deepEqual(await axe(page), [], 'axe with the WordPress steps');
    await s.context.close();
  });

  it('is used with the keyboard alone: every field and button is reached with Tab', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    const controls = await page.locator('.setup input:not(.visually-hidden), .setup textarea, .setup button, .setup label.button-like, .setup summary, .setup a')
      .evaluateAll((els) => els.filter((e) => !e.disabled && !e.closest('#preview') && e.checkVisibility()).length);
    const reached = new Set();
    await page.locator('body').focus();
    for (let i = 0; i < 400 && reached.size < controls + 5; i += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el.closest('massage-guide') || el.tagName === 'MASSAGE-GUIDE') return 'preview';
        return el.id || `${el.tagName}:${el.textContent.trim().slice(0, 30)}:${el.name}:${[...el.parentElement.children].indexOf(el)}`;
      });
      if (id === 'preview') break;
      reached.add(id);
    }
    assert.ok(reached.has('import'), 'the file picker is reached');
    assert.ok(reached.has('name-en') && reached.has('phone') && reached.has('hours-on') && reached.has('article-0-summary-line') && reached.has('theme-accent-picker') && reached.has('snippet'), [...reached].join(' '));
    // Typing and buttons by keyboard: a new article, added with Enter, filled in.
    await page.getByRole('button', { name: 'Add an article' }).focus();
    await page.keyboard.press('Enter');
    const last = (await page.locator('.article-draft').count()) - 1;
    await page.locator(`#article-${last}-title`).focus();
    await page.keyboard.type('Typed by keyboard');
    assert.equal(await page.locator(`#article-${last}-title`).inputValue(), 'Typed by keyboard');
    await s.context.close();
  });

  it('starts the preview at a result, with the clinic\'s phone and articles where a visitor sees them', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    await page.locator('#phone').fill('+44 20 7946 0958');
    await page.locator('#start-at').selectOption({ label: 'Result: medical massage' });
    await page.locator('#preview h2', { hasText: 'Medical massage is the right fit' }).waitFor();
    assert.equal(await selectedLabel(page), 'Result: medical massage');
    assert.ok(await page.locator('#preview a.button.call[href="tel:+442079460958"]').isVisible());
    await page.locator('#preview .articles .article-title', { hasText: 'Sciatica' }).waitFor();
    await page.locator('#start-at').selectOption({ label: 'Result: emergency, call 911' });
    await page.locator('#preview .button.emergency-call[href="tel:911"]').waitFor();
    await page.locator('#start-at').selectOption({ label: 'The first screen' });
    await page.locator('#preview h2', { hasText: 'Which massage is right for you?' }).waitFor();
    // A click through the preview: "Showing" says so, rather than a screen it no longer shows.
    await page.locator('#preview').getByRole('button', { name: 'Start the questions' }).click();
    await page.locator('#preview h2', { hasText: 'safety check' }).waitFor();
    assert.equal(await selectedLabel(page), 'Where you clicked to in the preview');
    // The look changed meanwhile (shown on every screen): the preview stays where it was.
    await page.locator('#theme-call').fill('#1d4f91');
    await page.waitForFunction(() => document.querySelector('#preview').style.getPropertyValue('--mg-theme-call') === '#1d4f91');
    await page.locator('#preview h2', { hasText: 'safety check' }).waitFor();
    assert.equal(await selectedLabel(page), 'Where you clicked to in the preview');
    // Editing the name shows the first screen, where the name is, and says so.
    await page.locator('#name-en').fill('Still here Clinic');
    await page.locator('#preview h2', { hasText: 'Which massage is right for you?' }).waitFor();
    assert.equal(await selectedLabel(page), 'The first screen');
    assert.deepEqual(await axe(page), []);
    await s.context.close();
  });

  it('opens a clinic.json dropped on the page', async () => {
    const s = await openSetup(browser, server.origin, viewports[1]);
    const { page } = s;
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([JSON.stringify({ name: 'Dropped Clinic', phone: '706-555-0100' })], 'clinic.json', { type: 'application/json' }));
      const main = document.querySelector('main.setup');
      main.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator('#preview .clinic-name', { hasText: 'Dropped Clinic' }).waitFor();
    // The number as the file writes it, not as the guide shows it.
    assert.equal(await page.locator('#phone').inputValue(), '706-555-0100');
    assert.equal(await page.locator('main.setup.dropping').count(), 0);
    await s.context.close();
  });

  it('gives a snippet that, pasted into a page, shows the guide with the clinic\'s configuration', async () => {
    // The clinic's own site: the guide's files, and a page with nothing but the snippet.
    let pasted = '';
    const site = await serve({
      mounts: { '/guide/': dist },
      routes: {
        '/page.html': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside</title></head><body><h1>Riverside</h1>\n${pasted}</body></html>`);
        },
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
      },
    });
    try {
      const s = await openSetup(browser, server.origin, viewports[1]);
      const { page } = s;
      await page.locator('#name-en').fill('Pasted Clinic');
      await page.locator('#phone').fill('706-555-0100');
      await page.locator('#base').fill(`${site.origin}/guide/`);
      await page.locator('#inline').check();
      pasted = await page.locator('#snippet').inputValue();
      await s.context.close();

      const visitor = await openPage(browser, site.origin, viewports[0]);
      await visitor.page.goto(`${site.origin}/page.html`);
      await visitor.page.locator('massage-guide .clinic-name', { hasText: 'Pasted Clinic' }).waitFor();
      assert.ok(await visitor.page.locator('massage-guide a.phone-link[href="tel:+17065550100"]').isVisible());
      await visitor.page.getByRole('button', { name: 'Start the questions' }).click();
      await visitor.page.locator('massage-guide h2', { hasText: 'safety check' }).waitFor();
      assert.deepEqual(visitor.errors, []);
      await visitor.context.close();
    } finally {
      await site.close();
    }
  });

  it('works under the strict Content Security Policy', async () => {
    const strict = await serve({ mounts: { '/': dist }, csp: true });
    try {
      const s = await openSetup(browser, strict.origin, viewports[1]);
      const { page } = s;
      await page.locator('#name-en').fill('Strict Clinic');
      await page.locator('#theme-accent').fill('#ffff99');
      await page.locator('#preview .clinic-name', { hasText: 'Strict Clinic' }).waitFor();
      // Contrast in plain words beside the field, with a swatch drawn without inline styles.
      await page.locator('#theme-accent-seen', { hasText: 'Too pale for white text' }).waitFor();
      assert.notEqual(await page.locator('#theme-accent-seen svg rect').first().getAttribute('fill'), '#ffff99');
      assert.deepEqual(s.errors, [], 'no CSP violation, no error');
      assert.deepEqual(s.foreign, [], 'no request leaves 127.0.0.1');
      await s.context.close();
    } finally {
      await strict.close();
    }
  });

  it('on a site\'s settings page: starts from what the site saved, and saves to it with its nonce', async () => {
    const s = await openPage(browser, server.origin, viewports[0]);
    const { page } = s;
    await page.goto(`${server.origin}/site-settings.html`);
    await page.locator('#preview .clinic-name', { hasText: 'Saved Clinic' }).waitFor();
    assert.equal(await page.locator('#name-en').inputValue(), 'Saved Clinic');
    // No download-only wording on a site that saves.
    await page.getByText('Your draft is kept in this browser until you save it to your site.').waitFor();
    // Already on the site: no snippet to paste, and where the guide shows.
    assert.equal(await page.locator('#way-wordpress').isChecked(), true);
    await page.getByText('once saved, your details show wherever a page has the Massage guide block').waitFor();
    assert.equal(await page.locator('#snippet').count(), 0);
    await page.locator('#name-en').fill('Riverside Massage');
    await page.getByRole('button', { name: 'Save to your site' }).click();
    await page.locator('.save-status', { hasText: 'Saved: the guide on your site shows it now.' }).waitFor();
    assert.equal(saves.length, 1);
    assert.equal(saves[0].method, 'POST');
    assert.equal(saves[0].nonce, 'n0nce');
    assert.equal(saves[0].type, 'application/json');
    const saved = JSON.parse(saves[0].body);
    // One language: the name as plain text, as the downloaded file writes it.
    assert.deepEqual([saved.name, saved.phone], ['Riverside Massage', '212-555-0100'], saves[0].body);
    // A refusal is said in the site's words, and nothing typed is lost.
    refuse = true;
    await page.getByRole('button', { name: 'Save to your site' }).click();
    await page.locator('.save-status', { hasText: 'Not saved: the site answered 403. Sorry, you are not allowed to do that.' }).waitFor();
    assert.equal(await page.locator('#name-en').inputValue(), 'Riverside Massage');
    assert.deepEqual(await axe(page), [], 'axe on the settings page');
    await screenshot(page, 'setup-site-settings-phone');
    await s.context.close();
  });

  // A clinic owner, not a developer, fills in the page from the sample clinic to one ready to
  // publish, with the browser in Chicago. Each flaw of issue 22 is a step that failed before.
  for (const viewport of viewports) {
    it(`at ${viewport.width} px: a clinic owner fills it in alone`, async () => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, timezoneId: 'America/Chicago' });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(`${server.origin}/setup/`);
      await page.locator('#preview .clinic-name', { hasText: 'Your massage clinic' }).waitFor();
      const phone = viewport.width < 1100;

      // Sections with their contents; nothing scrolls sideways.
      assert.deepEqual(await page.locator('nav.contents a').allTextContents(),
        ['Your clinic', 'Services and prices', 'Opening hours', 'Articles', 'Colours and font', 'Languages', 'Put it on your site']);
      assert.ok(await width(page) <= viewport.width, `${await width(page)} px wide at ${viewport.width}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`# setup page at ${viewport.width} px: ${await width(page)} px wide, ${height} px tall`);
      if (phone) {
        // The preview one tap away, and back.
        await page.locator('a.to-preview').click();
        await page.waitForFunction(() => { const r = document.querySelector('#preview-title').getBoundingClientRect(); return r.top >= 0 && r.top < 200; });
        await page.locator('a.back-to-form').click();
        await page.waitForFunction(() => document.querySelector('#section-clinic').getBoundingClientRect().top < 300);
      } else {
        // Beside the form, and still there further down it.
        const form = await page.locator('.setup-form').boundingBox();
        const preview = await page.locator('#preview-panel').boundingBox();
        assert.ok(preview.x >= form.x + form.width, 'the preview is beside the form');
        await page.locator('#section-look').scrollIntoViewIfNeeded();
        const top = await page.locator('#preview-panel').evaluate((p) => p.getBoundingClientRect().top);
        assert.ok(top >= 0 && top < 40, `sticky: ${top}`);
      }

      // The sample name is named; a Spanish name left on the sample too, once English changes.
      await page.locator('#name-en-problem', { hasText: '\u201cYour massage clinic\u201d is the sample name' }).waitFor();
      await page.locator('#name-en').fill('Riverside Massage');
      await page.locator('#name-es-problem', { hasText: 'Spanish: still the sample name' }).waitFor();
      await page.locator('#name-es').fill('Masajes Riverside');
      await page.locator('#name-vi').fill('');
      assert.equal(await page.locator('#name-es-problem').textContent(), '');
      await page.locator('#phone').fill('706-286-8344');

      // A booking link without https:// links to the site it names (not a page of this one),
      // and https:// is offered.
      await page.locator('#booking_url').fill('riversidemassage.com/book');
      await page.locator('#booking_url-problem', { hasText: 'the guide links to https://riversidemassage.com/book' }).waitFor();
      await page.locator('#preview a.book[href="https://riversidemassage.com/book"]').waitFor();
      await page.locator('#booking_url-problem').getByRole('button', { name: 'Add https://' }).click();
      assert.equal(await page.locator('#booking_url').inputValue(), 'https://riversidemassage.com/book');
      assert.equal(await page.locator('#booking_url-problem').textContent(), '');
      assert.equal(await selectedLabel(page), 'The call box: phone, booking and hours');
      await page.locator('#preview a.book[href="https://riversidemassage.com/book"]').waitFor();

      // A service with its length and price, on the medical massage result.
      await page.locator('#add-service').click();
      await page.locator('#service-0-name').fill('Medical massage');
      await page.locator('#service-0-minutes').fill('60');
      await page.locator('#service-0-price').fill('$95');
      await page.locator('.service-draft summary', { hasText: 'Its name in other languages' }).click();
      await page.locator('#service-0-name-es').fill('Masaje médico');
      await page.locator('#service-0-suits-problem', { hasText: 'Tick at least one result' }).waitFor();
      await page.locator('#service-0-suits-medical-massage').check();
      assert.equal(await page.locator('#service-0-suits-problem').textContent(), '');
      await page.locator('#preview .services .service-name', { hasText: 'Medical massage' }).waitFor();
      assert.equal(await selectedLabel(page), 'A result that lists service 1');
      // The team speaks Spanish.
      await page.locator('#staff-es').check();

      // Opening hours as time fields, in the browser's own time zone; "EST" in plain words.
      await page.locator('#hours-on').check();
      assert.equal(await page.locator('#time_zone').inputValue(), 'America/Chicago');
      assert.ok(await page.locator('datalist#zones option[value="Europe/London"]').count() === 1);
      await page.locator('#time_zone').fill('EST');
      await page.locator('#time_zone-problem', { hasText: 'For US Eastern time, choose America/New_York' }).waitFor();
      await page.locator('#time_zone-problem').getByRole('button', { name: 'Use America/New_York' }).click();
      assert.equal(await page.locator('#time_zone').inputValue(), 'America/New_York');
      assert.equal(await page.locator('#hours-mon-opens-0').getAttribute('type'), 'time');
      await page.locator('#hours-mon-opens-0').fill('08:30');
      await page.locator('#hours-sat-closed').uncheck();
      await page.locator('#hours-sat-closes-0').fill('13:00');
      assert.equal(await page.locator('#hours-sun-closed').isChecked(), true);
      assert.equal(await page.locator('#hours-sun-opens-0').count(), 0);
      // The preview shows the call box with its open/closed line.
      await page.locator('#preview .call-to-book .open-status').waitFor();
      assert.equal(await selectedLabel(page), 'The call box: phone, booking and hours');

      // A colour from the picker; what visitors see, as a swatch, beside it: not in the preview.
      await page.locator('#theme-accent-picker').fill('#7fd3c4');
      assert.equal(await page.locator('#theme-accent').inputValue(), '#7fd3c4');
      await page.locator('#theme-accent-seen', { hasText: 'Too pale for white text to be read on it' }).waitFor();
      assert.notEqual(await page.locator('#theme-accent-seen svg rect').first().getAttribute('fill'), '#7fd3c4');
      assert.equal(await page.locator('#preview .config-notice').count(), 0, 'nothing for the clinic inside the visitor\'s guide');
      // A colour written by its name: its code, one tap away.
      await page.locator('#theme-call').fill('navy blue');
      await page.locator('#theme-call-problem', { hasText: '\u201cnavy blue\u201d is a colour\'s name' }).waitFor();
      await page.locator('#theme-call-problem').getByRole('button', { name: 'Use #000080' }).click();
      assert.equal(await page.locator('#theme-call').inputValue(), '#000080');
      assert.equal(await page.locator('#theme-call-picker').inputValue(), '#000080');
      assert.doesNotMatch(await page.locator('body').innerText(), /below AA|4\.5:1|#rrggbb|IANA/);

      // A sample article without a link is named; its link gets https://.
      await openArticle(page, 1);
      await page.locator('#article-1-url-problem', { hasText: 'A sample article with no link' }).waitFor();
      await page.locator('#article-1-url').fill('riversidemassage.com/blog/sciatica');
      await page.locator('#article-1-url-problem').getByRole('button', { name: 'Add https://' }).click();
      assert.equal(await page.locator('#article-1-url').inputValue(), 'https://riversidemassage.com/blog/sciatica');
      // Its English changed: the translations made from the old English are named.
      await page.locator('#article-1-title').fill('Sciatica: what it is and what helps');
      await page.locator('#article-1-title').press('Tab');
      // Each language says which of its texts are left, each a link to its field.
      assert.equal(await page.locator('.language-readiness').innerText(), [
        'English: ready',
        'Spanish: 1 text to check', 'Article 2, title in Spanish: to check',
        'Vietnamese: 2 texts in English only, 1 text to check',
        'Clinic name in Vietnamese: in English only', 'Service 1, name in Vietnamese: in English only',
        'Article 2, title in Vietnamese: to check',
      ].join('\n'));
      await page.locator('.language-readiness').getByRole('link', { name: 'Article 2, title in Spanish' }).click();
      await page.locator('#article-1-title-es').waitFor({ state: 'visible' });
      assert.equal(await page.evaluate(() => location.hash), '#article-1-title-es');
      await page.locator('#article-1-title-es-problem', { hasText: 'Spanish: not translated since the English changed' }).waitFor();
      await page.locator('#article-1-title-es').fill('Ciática: qué es y qué ayuda');
      await page.locator('#article-1-title-vi-problem').getByRole('button', { name: 'It still says the same' }).click();
      assert.equal(await page.locator('#article-1-title-es-problem').textContent(), '');
      assert.equal(await page.locator('#article-1-title-vi-problem').textContent(), '');
      // The preview shows a result that lists the article being edited, and says so.
      await page.locator('#article-1-summary').focus();
      await page.locator('#preview .articles .article-title', { hasText: 'Sciatica: what it is and what helps' }).waitFor();
      assert.equal(await selectedLabel(page), 'A result that lists article 2');
      assert.equal(await page.locator('#preview .articles a.article-title', { hasText: 'Sciatica' }).getAttribute('href'), 'https://riversidemassage.com/blog/sciatica');

      // Removing an article, or starting a new clinic, can be undone.
      const articles = await page.locator('.article-draft').count();
      await openArticle(page, 2);
      await page.locator('#article-2-remove').click();
      await page.locator('.undo-line', { hasText: 'Removed the article \u201c5 Instant Mood Boosters' }).waitFor();
      assert.equal(await page.locator('.article-draft').count(), articles - 1);
      await page.locator('#undo').click();
      assert.equal(await page.locator('.article-draft').count(), articles);
      await page.locator('#start-new').click();
      await page.locator('.undo-line', { hasText: 'Started a new clinic.' }).waitFor();
      assert.equal(await page.locator('#name-en').inputValue(), 'Your massage clinic');
      await page.locator('#undo').click();
      assert.equal(await page.locator('#name-en').inputValue(), 'Riverside Massage');
      assert.equal(await page.locator('#time_zone').inputValue(), 'America/New_York');

      // Which languages are ready; nothing sideways, nothing for axe.
      await page.locator('.languages-line', { hasText: 'Ready in English and Spanish. Not yet in Vietnamese.' }).waitFor({ state: 'attached' });
      // Offering only the languages that are ready.
      await page.locator('#offered-vi').uncheck();
      await page.locator('.languages-line', { hasText: 'Ready in English and Spanish.' }).waitFor({ state: 'attached' });
      assert.doesNotMatch(await page.locator('.languages-line').textContent(), /Vietnamese/);
      assert.ok(await width(page) <= viewport.width, `${await width(page)} px wide at ${viewport.width}`);
      assert.deepEqual(await axe(page), [], 'axe on the page filled in');
      await screenshot(page, `setup-owner-${viewport.name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('names a guide address of this computer, or without https://, in plain words', async () => {
    const s = await openSetup(browser, server.origin, viewports[0]);
    const { page } = s;
    await page.locator('#base').fill('http://localhost:8080/guide/');
    await page.locator('#base-problem', { hasText: 'This address is your own computer: it works only here' }).waitFor();
    await page.locator('#base').fill('riversidemassage.com/guide');
    await page.locator('#base-problem', { hasText: 'Did you mean https://riversidemassage.com/guide?' }).waitFor();
    assert.equal(await page.locator('#snippet').inputValue(), '', 'no snippet that would break');
    await page.locator('#base-problem').getByRole('button', { name: 'Add https://' }).click();
    assert.equal(await page.locator('#base').inputValue(), 'https://riversidemassage.com/guide');
    assert.equal(await page.locator('#base-problem').textContent(), '');
    assert.match(await page.locator('#snippet').inputValue(), /src="https:\/\/riversidemassage\.com\/guide\/embed\/massage-guide\.js"/);
    assert.deepEqual(await axe(page), []);
    await s.context.close();
  });
});
