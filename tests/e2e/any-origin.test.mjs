// The guide from any origin (issue 23): the clinic's page on one origin, the guide's files on
// another that sends CORS headers (a CDN), under the host CSP docs/publishing.md gives, with the
// configuration inside the element. Every file the loader fetches is checked against the hash
// the build wrote, and the snippet carries the loader's own: a file changed on the CDN is
// refused, and the visitor keeps the clinic's phone link.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, viewports, openPage, dist } from './harness.mjs';

const sri = (file) => `sha256-${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('base64')}`;
const find = (dir, pattern) => fs.readdirSync(dir).find((f) => pattern.test(f));

/** The host page's CSP for a guide served from `files` (docs/publishing.md). */
const hostCsp = (files) => `default-src 'self'; script-src 'self' ${files} 'wasm-unsafe-eval'; style-src 'self' ${files}; connect-src 'self' ${files}`;

/** A copy of dist/ with `file` changed at its end, as a CDN might serve it, and still a working
 *  file of its kind (so only the hash can tell): a line break, or for the WebAssembly a custom
 *  section (id 0, 5 bytes: the name "test"). */
function tampered(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massage-guide-tampered-'));
  fs.cpSync(dist, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.appendFileSync(target, file.endsWith('.wasm') ? Buffer.from([0, 5, 4, 0x74, 0x65, 0x73, 0x74]) : '\n');
  return dir;
}

describe('the guide from any origin', () => {
  let browser;
  const servers = [];
  const dirs = [];
  // Each CDN: the real files, or a copy with one file changed.
  const cdns = {};
  const glue = find(dist, /^massage-guide-[0-9a-f]+\.js$/);
  const wasm = find(dist, /^massage-guide-[0-9a-f]+_bg\.wasm$/);
  const styles = find(dist, /^styles-[0-9a-f]+\.css$/);
  const spanish = `i18n/${find(path.join(dist, 'i18n'), /^es-[0-9a-f]+\.json$/)}`;
  const changed = { 'the glue': glue, 'the WebAssembly': wasm, 'the stylesheet': styles, 'the loader': 'embed/massage-guide.js' };

  before(async () => {
    for (const [what, file] of Object.entries({ real: null, ...changed, 'the Spanish catalogue': spanish })) {
      const dir = file ? tampered(file) : dist;
      if (file) dirs.push(dir);
      const cdn = await serve({ mounts: { '/': dir }, cors: true });
      servers.push(cdn);
      cdns[what] = cdn.origin;
    }
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The clinic's page on its own origin, with the snippet for the guide on `files`. */
  async function clinicPage(files) {
    // The snippet carries the loader's hash as this build wrote it (the real one).
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Riverside Massage</title>
<script type="module" src="${files}/embed/massage-guide.js" integrity="${sri(path.join(dist, 'embed', 'massage-guide.js'))}" crossorigin="anonymous"></script></head>
<body><h1>Riverside Massage</h1>
<massage-guide lang="en"><a href="tel:+12125550100">(212) 555-0100</a>
<script type="application/json">{"name": "Riverside Massage", "phone": "212-555-0100"}</script></massage-guide></body></html>`;
    const site = await serve({
      routes: {
        '/': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': hostCsp(files) });
          res.end(page);
        },
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
      },
    });
    servers.push(site);
    return site.origin;
  }

  it('from a CDN on another origin, under the host CSP of docs/publishing.md: the whole guide, Spanish too', async () => {
    const origin = await clinicPage(cdns.real);
    const s = await openPage(browser, origin, viewports[0]);
    await s.page.goto(`${origin}/`);
    const guide = s.page.locator('massage-guide');
    await guide.locator('.clinic-bar', { hasText: 'Riverside Massage' }).waitFor();
    await guide.locator('a.phone-link[href="tel:+12125550100"]').waitFor();
    await guide.getByRole('button', { name: 'Español' }).click();
    await guide.locator('h2', { hasText: '¿Qué masaje' }).waitFor();
    await guide.getByRole('button', { name: 'Empezar las preguntas' }).click();
    await guide.locator('h2', { hasText: 'seguridad' }).waitFor();
    assert.deepEqual(s.errors, [], 'no console error, no CSP violation');
    await s.context.close();
  });

  for (const what of Object.keys(changed)) {
    it(`${what} changed on the CDN: refused, and the clinic's phone link stays`, async () => {
      const origin = await clinicPage(cdns[what]);
      const s = await openPage(browser, origin, viewports[0]);
      await s.page.goto(`${origin}/`);
      // What the visitor has: the page's own link, shown, and no guide that runs.
      const link = s.page.locator('massage-guide a[href="tel:+12125550100"]');
      await link.waitFor();
      // The first screen's buttons, if they showed, go when the loader gives up.
      await s.page.waitForFunction(() => !document.querySelector('massage-guide').shadowRoot?.querySelector('.start-actions'), null, { timeout: 10_000 });
      await s.page.waitForTimeout(500);
      assert.ok(await link.isVisible(), 'the phone link shows');
      assert.equal(await s.page.evaluate(() => document.querySelector('massage-guide').guide), undefined, 'the guide did not start');
      assert.equal(await s.page.getByRole('button', { name: 'Start the questions' }).count(), 0, 'no button that cannot work');
      assert.ok(s.errors.some((e) => /integrity|could not be had as this build wrote it|could not start/i.test(e)), s.errors.join('\n'));
      await s.context.close();
    });
  }

  it('the Spanish catalogue changed on the CDN: refused, and the guide stays in English', async () => {
    const origin = await clinicPage(cdns['the Spanish catalogue']);
    const s = await openPage(browser, origin, viewports[0]);
    await s.page.goto(`${origin}/`);
    const guide = s.page.locator('massage-guide');
    await guide.locator('.clinic-bar', { hasText: 'Riverside Massage' }).waitFor();
    await guide.getByRole('button', { name: 'Español' }).click();
    // The refusal is said once the fetch has failed (English shows meanwhile): wait for it.
    const refused = () => s.errors.some((e) => /the es catalogue could not be loaded/.test(e));
    for (let waited = 0; !refused() && waited < 10_000; waited += 100) await s.page.waitForTimeout(100);
    assert.ok(refused(), s.errors.join('\n'));
    await guide.locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
    await guide.getByRole('button', { name: 'Start the questions' }).click();
    await guide.locator('h2', { hasText: 'safety check' }).waitFor();
    await s.context.close();
  });
});
