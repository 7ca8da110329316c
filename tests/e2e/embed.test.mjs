// The guide embedded in a clinic's page: the snippet from docs/embedding.md on a page with
// hostile CSS and a <base> element, under the strict CSP; isolated both ways.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, viewports, openPage, heading, dist, root, screenshot, walk, SCIATICA, STRICT_CSP } from './harness.mjs';

const examples = path.join(root, 'examples', 'embed');
const PHONE = 'massage-guide a.phone-link[href="tel:+17062868344"]:visible';

/** Computed styles that make the guide look like itself. */
async function looks(page) {
  return page.evaluate(() => {
    const guide = document.querySelector('massage-guide').shadowRoot;
    const pick = (el) => {
      const s = getComputedStyle(el);
      return ['font-family', 'font-size', 'font-style', 'line-height', 'color', 'background-color',
        'letter-spacing', 'text-transform', 'text-align', 'padding-top', 'border-top-width', 'border-radius',
        'box-sizing', 'display'].map((p) => `${p}: ${s.getPropertyValue(p)}`);
    };
    return {
      heading: pick(guide.querySelector('h2')),
      lead: pick(guide.querySelector('.lead')),
      primaryButton: pick(guide.querySelector('.button.primary')),
      secondaryButton: pick(guide.querySelector('.button.secondary')),
      phone: pick(guide.querySelector('.phone-link')),
    };
  });
}

for (const viewport of viewports) {
  describe(`embedded in a hostile page at ${viewport.width} px`, () => {
    let server;
    let browser;
    before(async () => {
      server = await serve({
        csp: true,
        mounts: { '/guide/': dist, '/site/': examples, '/': dist },
        routes: {
          '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
          // A site that cannot host a file: the configuration inside the element.
          '/in-page.html': (req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
            res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>In-page configuration</title>
<script type="module" src="/guide/embed/massage-guide.js"></script></head><body>
<massage-guide debug><a href="tel:+17062868344">Call us</a>
<script type="application/json">{"name": "Inline Clinic", "phone": "555-010-0199", "crisis_line": "not a number"}</script>
</massage-guide></body></html>`);
          },
        },
      });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(url) {
      const s = await openPage(browser, server.origin, viewport);
      await s.page.goto(server.origin + url);
      await s.page.locator(PHONE).waitFor();
      await heading(s.page, 'Which massage is right for you?');
      // The configuration is in: its phone link is the app's own, in the shadow root. (Until
      // then the standalone page's bar shows its own content, slotted from the light DOM.)
      await s.page.waitForFunction(() => document.querySelector('massage-guide').shadowRoot.querySelector('.clinic-bar .phone-link'));
      return s;
    }

    it('looks exactly as on its own page, and leaves the host page alone', async () => {
      const standalone = await open('/guide/');
      const expected = await looks(standalone.page);
      await standalone.context.close();

      const s = await open('/site/');
      const { page } = s;
      assert.deepEqual(await looks(page), expected, 'computed styles inside the guide');
      // The guide's CSS does not reach out: a host button is styled only by the host.
      const hostButton = await page.evaluate(() => {
        const s = getComputedStyle(document.getElementById('host-button'));
        return [s.fontSize, s.color, s.backgroundColor, s.borderRadius];
      });
      assert.deepEqual(hostButton, ['40px', 'rgb(255, 0, 0)', 'rgb(255, 255, 0)', '0px']);
      // An element with the guide's own class names is untouched by the guide's styles.
      const lookalike = await page.evaluate(() => {
        const s = getComputedStyle(document.getElementById('host-lookalike'));
        return [s.fontSize, s.fontWeight, s.letterSpacing];
      });
      assert.deepEqual(lookalike, ['40px', '400', '3px'], 'as the host styles it: inside a 40px <p>');
      assert.equal(await page.evaluate(() => document.styleSheets.length), 1, 'no stylesheet added to the host page');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'loading the guide does not scroll the host page');
      await screenshot(page, `embed-${viewport.name}-start`);
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
      await s.context.close();
    });

    it('completes the whole flow inside the element; the host URL stays the same; events carry only the outcome', async () => {
      const s = await open('/site/');
      const { page } = s;
      await page.evaluate(() => {
        window.guideEvents = [];
        for (const name of ['massage-guide:result', 'massage-guide:call']) {
          document.addEventListener(name, (e) => window.guideEvents.push({ name, detail: e.detail, target: e.target.tagName }));
        }
        // A tel: link would leave the test browser; the event must still fire.
        document.addEventListener('click', (e) => {
          if (e.composedPath().some((el) => el.getAttribute?.('href')?.startsWith('tel:'))) e.preventDefault();
        });
      });
      const before = await page.evaluate(() => [location.href, history.length]);
      await walk(page, SCIATICA);
      await heading(page, 'Medical massage is the right fit');
      const articles = await page.locator('.article .article-title').allTextContents();
      assert.equal(articles[0], 'What Is Sciatica?');
      await page.locator(PHONE).click();
      await screenshot(page, `embed-${viewport.name}-result`);
      assert.deepEqual(await page.evaluate(() => [location.href, history.length]), before, 'host URL and history unchanged');
      const events = await page.evaluate(() => window.guideEvents);
      assert.deepEqual(events, [
        { name: 'massage-guide:result', detail: { outcome: 'medical-massage' }, target: 'MASSAGE-GUIDE' },
        { name: 'massage-guide:call', detail: null, target: 'MASSAGE-GUIDE' },
      ]);
      assert.deepEqual(s.errors, [], 'no console errors, no CSP violations');
      assert.deepEqual(s.foreign, [], 'no request leaves 127.0.0.1');
      await s.context.close();
    });

    it('takes its configuration from the page: a script inside it, or the configuration property', async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(server.origin + '/in-page.html');
      await page.locator('massage-guide .clinic-name', { hasText: 'Inline Clinic' }).waitFor();
      await heading(page, 'Which massage is right for you?');
      assert.ok(await page.locator('massage-guide a.phone-link[href="tel:+15550100199"]').isVisible());
      // Checked like a file: the wrong field is named, and the rest is used.
      const notice = await page.locator('massage-guide .config-notice').textContent();
      assert.match(notice, /configuration in the page: crisis_line: must be 2 to 6 digits/);
      assert.ok(!requests.some((p) => p.endsWith('.json') && !p.includes('/i18n/')), `no configuration fetched: ${requests.join(' ')}`);
      // The page's script sets the property: the guide takes it at once.
      await page.evaluate(() => {
        document.querySelector('massage-guide').configuration = { name: 'Property Clinic', phone: '+44 20 7946 0958' };
      });
      await page.locator('massage-guide .clinic-name', { hasText: 'Property Clinic' }).waitFor();
      assert.ok(await page.locator('massage-guide a.phone-link[href="tel:+442079460958"]').isVisible());
      assert.equal(await page.locator('massage-guide .config-notice').count(), 0, 'no problems in the new one');
      assert.deepEqual(s.errors.filter((e) => !e.includes('crisis_line')), [], 'no CSP violation, no other error');
      await s.context.close();
    });

    it('two guides on one page keep separate answers, also after a reload', async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      await page.goto(server.origin + '/site/two-guides.html');
      const first = page.locator('#first');
      const second = page.locator('#second');
      await first.locator('h2').waitFor();
      await second.locator('h2').waitFor();
      // The `phone` attribute's number, from the app's first render.
      await second.locator('a.phone-link[href="tel:+15550100199"]').waitFor();
      await first.getByRole('button', { name: 'Start the questions' }).click();
      // "None of these" answers the safety check and goes on.
      await first.locator('button.none-of-these').click();
      await first.locator('h2', { hasText: 'Where does it hurt?' }).waitFor();
      // The second guide: no pain, and red skin spreading right now (the goals' last check).
      await second.getByRole('button', { name: 'Start the questions' }).click();
      await second.locator('button.none-of-these').click();
      await second.locator('h2', { hasText: 'Where does it hurt?' }).waitFor();
      await second.locator('label.choice:has(input[value="no-pain"])').click();
      await second.getByRole('button', { name: 'Next' }).click();
      await second.locator('h2', { hasText: 'Your health' }).waitFor();
      await second.getByRole('button', { name: 'Next' }).click();
      await second.locator('h2', { hasText: 'What would you like' }).waitFor();
      await second.locator('label.choice:has(input[value="relax"])').click();
      await second.locator('label.choice:has(input[value="spreading-red-skin"])').click();
      await second.getByRole('button', { name: 'See my result' }).click();
      await second.locator('h2', { hasText: 'See a doctor' }).waitFor();
      assert.equal(await first.locator('h2', { hasText: 'Where does it hurt?' }).count(), 1, 'the first guide stays where it was');
      await page.reload();
      await first.locator('h2', { hasText: 'Where does it hurt?' }).waitFor();
      await second.locator('h2', { hasText: 'See a doctor' }).waitFor();
      // A page builder moves an element: it comes back where the visitor was.
      await page.evaluate(() => document.body.prepend(document.getElementById('second')));
      await second.locator('h2', { hasText: 'See a doctor' }).waitFor();
      // A changed attribute takes effect at once, answers kept.
      await page.evaluate(() => document.getElementById('first').setAttribute('lang', 'es'));
      await first.locator('h2', { hasText: '¿Dónde le duele?' }).waitFor();
      assert.equal(await first.locator('h2').count(), 1, 'one guide inside the element');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  });
}
