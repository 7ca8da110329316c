// Under Trusted Types (`require-trusted-types-for 'script'; trusted-types 'none'`), which some
// clinics' sites and CMSs send, no HTML string reaches a sink: the embed's first screen is
// built node by node (tools/post-build.mjs writes it as a tree), and the setup page works too.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, viewports, openPage, heading, hold, dist, STRICT_CSP, emergencyBeforeTheGuide } from './harness.mjs';

const TRUSTED_TYPES = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

/** An HTML page sent with the Trusted Types policy. */
const withPolicy = (html) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': TRUSTED_TYPES });
  res.end(typeof html === 'function' ? html() : html);
};

describe('Trusted Types', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve({
      mounts: { '/guide/': dist, '/': dist },
      routes: {
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
        '/clinic-page.html': withPolicy(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>
<script type="module" src="/guide/embed/massage-guide.js"></script></head><body>
<massage-guide config="/guide/clinic.json"><a href="tel:+17062868344">(706) 286-8344</a></massage-guide></body></html>`),
        '/': withPolicy(() => fs.readFileSync(path.join(dist, 'index.html'), 'utf8')),
        '/setup/': withPolicy(() => fs.readFileSync(path.join(dist, 'setup', 'index.html'), 'utf8')),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, url, title] of [
    ['an embedded guide', '/clinic-page.html', 'Which massage is right for you?'],
    ['the standalone page', '/', 'Which massage is right for you?'],
  ]) {
    it(`${name}: the first screen, then the questions, with no Trusted Types violation`, async () => {
      const s = await openPage(browser, server.origin, viewports[0]);
      // The WebAssembly held back until Start has shown the first question the loader builds
      // (from a template, or node by node in an embedded guide).
      const { wasm: open } = await hold(s.page, ['wasm']);
      await s.page.goto(server.origin + url);
      await heading(s.page, title, { mounted: false });
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await heading(s.page, 'safety check', { mounted: false });
      assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'not mounted yet');
      open();
      await heading(s.page, 'safety check');
      await s.page.locator('button.none-of-these:visible').click();
      await heading(s.page, 'Where does it hurt?');
      assert.deepEqual(s.errors, [], 'no console error, no CSP or Trusted Types violation');
      await s.context.close();
    });

    it(`${name}: a sign ticked and Next before the WebAssembly, the emergency call built with no Trusted Types violation`, async () => {
      const s = await openPage(browser, server.origin, viewports[0]);
      const { wasm: open } = await hold(s.page, ['wasm']);
      await s.page.goto(server.origin + url);
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await emergencyBeforeTheGuide(s.page);
      open();
      await s.page.getByRole('button', { name: 'I ticked this by mistake' }).click();
      await heading(s.page, 'safety check');
      assert.deepEqual(s.errors, [], 'no console error, no CSP or Trusted Types violation');
      await s.context.close();
    });
  }

  it('the setup page: the form and its preview of the real guide', async () => {
    const s = await openPage(browser, server.origin, viewports[1]);
    await s.page.goto(`${server.origin}/setup/`);
    await s.page.locator('h1').first().waitFor();
    await s.page.locator('.preview massage-guide').first().waitFor();
    await s.page.locator('#name-en').fill('Riverside Massage');
    await s.page.locator('.preview massage-guide h2').first().waitFor();
    assert.deepEqual(s.errors, [], 'no console error, no CSP or Trusted Types violation');
    await s.context.close();
  });
});
