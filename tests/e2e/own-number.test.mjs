// The clinic's own number, always: when the configuration cannot be had (a typo in its phone,
// a 404, a 500, no answer in 5 seconds) the number the host page put inside the element stays
// on every screen, the crash fallback included. The built-in (706) 286-8344 belongs to the
// clinic this guide came from; another clinic's visitor must never be shown it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, viewports, openPage, heading, dist, testHooksDist, assertTestHooksBuild, STRICT_CSP } from './harness.mjs';

const HOST = '+12125550100';
const OTHER = '+17062868344';

/** A clinic's page with the guide of `guide` (the build with the test-only panic trigger is
 *  `/test-hooks/`). */
const page = (config, guide = '/guide/') => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside</title>
<script type="module" src="${guide}embed/massage-guide.js"></script></head><body>
<massage-guide config="${config}"><a href="tel:${HOST}">(212) 555-0100</a></massage-guide></body></html>`);
};

describe("the clinic's own number", () => {
  let server;
  let browser;
  before(async () => {
    server = await serve({
      mounts: { '/guide/': dist, '/test-hooks/': testHooksDist },
      routes: {
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
        '/typo.json': (req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"name": "Riverside Massage", "phone": "212-555-010"}');
        },
        '/missing.json': (req, res) => { res.writeHead(404); res.end('not found'); },
        '/broken.json': (req, res) => { res.writeHead(500); res.end('oops'); },
        '/slow.json': (req, res) => { setTimeout(() => { res.writeHead(200); res.end('{}'); }, 7000); },
        '/typo.html': page('/typo.json'),
        '/missing.html': page('/missing.json'),
        '/broken.html': page('/broken.json'),
        '/slow.html': page('/slow.json'),
        '/missing-test-hooks.html': page('/missing.json', '/test-hooks/'),
        '/slow-test-hooks.html': page('/slow.json', '/test-hooks/'),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The numbers the guide offers to call right now, as `tel:` targets. */
  const numbers = (page) => page.locator('massage-guide a[href^="tel:"]:visible').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href').slice(4)).filter((n) => n !== '911'),
  );

  for (const [name, url] of [
    ['a typo in the configuration\'s phone', '/typo.html'],
    ['a configuration that is not there (404)', '/missing.html'],
    ['a server error (500)', '/broken.html'],
    ['a configuration that does not answer in 5 seconds', '/slow.html'],
  ]) {
    it(`${name}: the host's number on every screen, never another clinic's`, async () => {
      const s = await openPage(browser, server.origin, viewports[0]);
      await s.page.goto(server.origin + url);
      await heading(s.page, 'Which massage is right for you?');
      await s.page.getByRole('button', { name: 'No pain: I just want to relax' }).click();
      await heading(s.page, 'safety check');
      await s.page.locator('massage-guide button.none-of-these').click();
      await heading(s.page, 'Your health');
      await s.page.getByRole('button', { name: 'Next' }).click();
      await heading(s.page, 'What would you like');
      await s.page.getByRole('button', { name: 'See my result' }).click();
      await heading(s.page, 'general (relaxation) massage', { mounted: true });
      const shown = await numbers(s.page);
      assert.ok(shown.includes(HOST), `the host's number is offered: ${shown}`);
      assert.ok(!shown.includes(OTHER), `another clinic's number is shown: ${shown}`);
      await s.context.close();
    });
  }

  /** Set the test-only panic trigger and walk to the step that fires it: the fallback shows. */
  async function crash(page) {
    await heading(page, 'Which massage is right for you?');
    await page.evaluate(() => { window.__massageGuideForcePanic = true; });
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(page, 'safety check');
    await page.locator('massage-guide label.choice:has(input[value="chest-pain"])').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(page, 'Something went wrong');
  }

  it('the crash fallback keeps the host\'s number too', async () => {
    // The build with the test-only panic trigger (the `test-hooks` feature).
    assertTestHooksBuild();
    const s = await openPage(browser, server.origin, viewports[0]);
    await s.page.goto(`${server.origin}/missing-test-hooks.html`);
    await crash(s.page);
    const shown = await numbers(s.page);
    assert.ok(shown.includes(HOST), `the host's number is offered: ${shown}`);
    assert.ok(!shown.includes(OTHER), `another clinic's number is shown: ${shown}`);
    await s.context.close();
  });

  it('a crash while the configuration is still loading keeps the host\'s number', async () => {
    // While it loads, the bar shows the page's own link through a slot, so the fallback finds
    // it on the element, not in the guide (it showed the built-in number before).
    assertTestHooksBuild();
    const s = await openPage(browser, server.origin, viewports[0]);
    const started = Date.now();
    await s.page.goto(`${server.origin}/slow-test-hooks.html`);
    await crash(s.page);
    assert.ok(Date.now() - started < 5000, 'the crash came while the configuration was loading');
    const shown = await numbers(s.page);
    assert.deepEqual(shown, [HOST], `the host's number, and only it: ${shown}`);
    await s.context.close();
  });
});
