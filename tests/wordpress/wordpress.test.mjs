// The WordPress plugin in a real WordPress (Debian's 6.1, its default theme, MariaDB, PHP's
// server: site.mjs): installed from target/package/massage-guide.zip through Plugins > Add New >
// Upload, set up on its settings page, the guide on a page with the block and on one with the
// shortcode, who may save, a hostile configuration, and uninstalling.
// Run by `cargo xtask test` after `cargo xtask package`'s step; alone: node --test tests/wordpress/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, launch, openPage, viewports, mounted, screenshot, screenshots } from '../e2e/harness.mjs';
import { startSite, ADMIN, EDITOR } from './site.mjs';

const zip = path.join(root, 'target', 'package', 'massage-guide.zip');
const CONFIGURATION = '/massage-guide/v1/configuration';

// What the administrator saves: the setup page's format (a name in two languages).
const CLINIC = {
  name: { en: 'Riverside Massage', es: 'Masajes Riverside' },
  phone: '212-555-0100',
  emergency_number: '911',
  // An empty object stays an object on its way through PHP.
  theme: {},
};
// Text that would end the script element, open a comment that swallows the page, or run.
const HOSTILE = {
  name: '</script><script>window.__owned=1</script><!--',
  phone: '+1 (212) 555-0100',
  articles: [{
    title: '<!--<script>window.__owned=2</script>',
    summary: "'\"&amp; ]]> </massage-guide><script>window.__owned=3</script>",
    tags: ['sciatica'],
  }],
  _comment: '\u2028\u2029<img src=x onerror="window.__owned=4"> <![CDATA[ --> ',
};

describe('the WordPress plugin', () => {
  let site;
  let browser;
  let admin;
  const pages = {};

  before(async () => {
    assert.ok(fs.existsSync(zip), `${zip} is missing: run cargo xtask package (cargo xtask test does)`);
    site = await startSite();
    browser = await launch();
  });
  after(async () => {
    await admin?.context.close();
    await browser?.close();
    await site?.stop();
  });

  const rest = (route) => `${site.origin}/index.php?rest_route=${route}`;

  /** What the screen shows, for docs/publishing.md's pictures (target/screenshots/). */
  async function viewportShot(page, name) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  }

  /** Sign in on wp-login.php; a context with the user's cookies. */
  async function signIn(user, viewport = viewports[1]) {
    const session = await openPage(browser, site.origin, viewport);
    const { page } = session;
    // To the profile page rather than the dashboard, which asks WordPress.org for news.
    await page.goto(`${site.origin}/wp-login.php?redirect_to=${encodeURIComponent(`${site.origin}/wp-admin/profile.php`)}`);
    // The login page focuses its first field 200 ms after it loads: typing before that would
    // lose the password to it.
    await page.waitForFunction(() => document.activeElement?.id === 'user_login');
    await page.locator('#user_login').fill(user.user);
    await page.locator('#user_pass').fill(user.password);
    await Promise.all([page.waitForURL(/\/wp-admin\/profile\.php/, { timeout: 15_000 }), page.locator('#wp-submit').click()])
      .catch(async (error) => {
        const said = await page.locator('#login_error').textContent().catch(() => '');
        throw new Error(`${user.user} could not sign in (${page.url()}): ${said}\n${await page.content()}`, { cause: error });
      });
    return session;
  }

  /** WordPress's REST nonce for the signed-in user (what the settings page prints, too). */
  async function nonce(context) {
    const response = await context.request.get(`${site.origin}/wp-admin/admin-ajax.php?action=rest-nonce`);
    assert.equal(response.status(), 200);
    return response.text();
  }

  /** A request to the plugin's REST route; its status and the JSON it answered. */
  async function configuration(context, { method = 'GET', nonce: n, body } = {}) {
    const headers = { 'content-type': 'application/json' };
    if (n !== undefined) headers['x-wp-nonce'] = n;
    const response = await context.request.fetch(rest(CONFIGURATION), { method, headers, data: body });
    return { status: response.status(), json: await response.json().catch(() => undefined) };
  }

  /** A visitor (no account) on a page: the guide started, with what it shows. */
  async function visit(url, viewport) {
    const session = await openPage(browser, site.origin, viewport);
    const { page } = session;
    const wasm = [];
    page.on('response', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.headers()['content-type']); });
    await page.goto(url);
    await mounted(page);
    return { ...session, wasm };
  }

  /** The guide elements as the browser parsed them: attributes, children, the configuration. */
  const guides = (page) => page.evaluate(() => [...document.querySelectorAll('massage-guide')].map((el) => ({
    lang: el.getAttribute('lang'),
    children: [...el.children].map((c) => c.tagName + (c.type ? `[${c.type}]` : '')),
    link: el.querySelector(':scope > a') && { href: el.querySelector(':scope > a').getAttribute('href'), text: el.querySelector(':scope > a').textContent },
    configuration: JSON.parse(el.querySelector(':scope > script[type="application/json"]').textContent),
  })));

  it('installs from its zip through Plugins > Add New > Upload, and activates', async () => {
    admin = await signIn(ADMIN);
    const { page } = admin;
    await page.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`);
    await page.locator('#pluginzip').setInputFiles(zip);
    await page.locator('#install-plugin-submit').click();
    await page.getByText('Plugin installed successfully.').waitFor();
    await page.getByRole('link', { name: 'Activate Plugin' }).click();
    await page.getByText('Plugin activated.').waitFor();
    const row = page.locator('tr[data-slug="massage-guide"]');
    assert.equal(await row.getAttribute('class').then((c) => c.split(' ').includes('active')), true);
    await row.getByRole('link', { name: 'Settings' }).waitFor();
    // The guide's files came with it, with the type Apache needs for the WebAssembly.
    const guide = path.join(site.root, 'wp-content', 'plugins', 'massage-guide', 'guide');
    assert.ok(fs.existsSync(path.join(guide, 'embed', 'massage-guide.js')));
    assert.match(fs.readFileSync(path.join(guide, '.htaccess'), 'utf8'), /AddType application\/wasm \.wasm/);
  });

  it('until a configuration is saved, visitors see no guide (its built-in number is not the clinic\'s)', async () => {
    // The shortcode as the classic editor stores it, between paragraphs.
    const created = await admin.page.context().request.post(rest('/wp/v2/pages'), {
      headers: { 'x-wp-nonce': await nonce(admin.page.context()) },
      data: { title: 'Find your massage (shortcode)', content: '<p>Answer a few questions:</p>\n\n[massage_guide lang="es"]\n\n<p>Or call us.</p>', status: 'publish' },
    });
    assert.equal(created.status(), 201);
    pages.shortcode = { link: (await created.json()).link };
    const visitor = await openPage(browser, site.origin, viewports[1]);
    await visitor.page.goto(pages.shortcode.link);
    await visitor.page.getByText('Or call us.').waitFor();
    assert.equal(await visitor.page.locator('massage-guide, script[src*="massage-guide"]').count(), 0);
    assert.deepEqual(visitor.errors, []);
    await visitor.context.close();
    // The administrator is told where to set it up.
    await admin.page.goto(pages.shortcode.link);
    const note = admin.page.locator('.massage-guide-not-set-up a');
    assert.equal(await note.getAttribute('href'), `${site.origin}/wp-admin/options-general.php?page=massage-guide`);
  });

  it('the settings page is the setup page, and saves through the REST route with the nonce', async () => {
    const { page, errors, foreign } = admin;
    errors.length = 0;
    foreign.length = 0;
    await page.goto(`${site.origin}/wp-admin/options-general.php?page=massage-guide`);
    const setup = page.locator('#setup');
    assert.equal(await setup.getAttribute('data-save-url'), rest(CONFIGURATION));
    const pageNonce = await setup.getAttribute('data-nonce');
    assert.match(pageNonce, /^[0-9a-f]{10}$/);
    assert.equal(await page.locator('#massage-guide-saved').count(), 0, 'nothing saved yet');
    // The setup page's stylesheet and its two module scripts.
    assert.equal(await page.locator('link[rel="stylesheet"][href*="/massage-guide/guide/setup/setup-"]').count(), 1);
    assert.equal(await page.locator('script[type="module"][src*="/massage-guide/guide/setup/start.js"]').count(), 1);
    assert.equal(await page.locator('script[type="module"][src*="/massage-guide/guide/embed/massage-guide.js"]').count(), 1);
    // The form, with its live preview (the guide itself).
    await page.locator('#name-en').waitFor();
    await page.locator('massage-guide').first().waitFor();

    // An administrator fills it in and saves with the setup page's own button.
    await page.locator('#name-en').fill(CLINIC.name.en);
    await page.locator('#name-es').fill(CLINIC.name.es);
    await page.locator('#name-vi').fill('');
    await page.locator('#phone').fill(CLINIC.phone);
    await page.locator('#preview .clinic-name', { hasText: CLINIC.name.en }).waitFor();
    await page.getByRole('button', { name: 'Save to your site' }).click();
    await page.locator('.save-status', { hasText: 'Saved: the guide on your site shows it now.' }).waitFor();
    const saved = (await configuration(page.context(), { nonce: pageNonce })).json;
    assert.deepEqual(saved.name, CLINIC.name);
    assert.equal(saved.phone, CLINIC.phone);
    await viewportShot(page, 'wordpress-settings');

    // Next time, the page starts from what the site saved.
    await page.reload();
    assert.deepEqual(JSON.parse(await page.locator('#massage-guide-saved').textContent()), saved);
    await page.locator('#name-en').waitFor();
    assert.equal(await page.locator('#name-en').inputValue(), CLINIC.name.en);

    // The route takes what the button sends: JSON with the page's nonce (here with an empty
    // object, which must stay an object).
    const direct = await configuration(page.context(), { method: 'POST', nonce: pageNonce, body: JSON.stringify(CLINIC, null, 2) });
    assert.deepEqual(direct, { status: 200, json: { saved: true } });
    assert.deepEqual((await configuration(page.context(), { nonce: pageNonce })).json, CLINIC);
    assert.deepEqual(errors, [], 'console errors on the settings page');
    assert.deepEqual(foreign, [], 'requests leaving the site');
  });

  it('a page with the block shows the guide with the clinic\'s name and phone', async () => {
    const { page } = admin;
    await page.goto(`${site.origin}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('massage-guide/guide')?.edit
      && window.wp.data.select('core/editor').getCurrentPostId());
    assert.equal(await page.evaluate(() => wp.blocks.getBlockType('massage-guide/guide').title), 'Massage guide');
    // The block as the inserter adds it, in the language chosen in its settings.
    await page.evaluate(() => {
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('massage-guide/guide', { lang: 'en' }));
      wp.data.dispatch('core/editor').editPost({ title: 'Find your massage (block)', status: 'publish' });
    });
    const placeholder = '.components-placeholder__label:has-text("Massage guide")';
    const canvas = page.frameLocator('iframe[name="editor-canvas"]');
    await Promise.any([page.locator(placeholder).waitFor(), canvas.locator(placeholder).waitFor()]);
    await viewportShot(page, 'wordpress-block-editor');
    pages.block = await page.evaluate(async () => {
      await wp.data.dispatch('core/editor').savePost();
      const post = wp.data.select('core/editor').getCurrentPost();
      return { link: post.link, content: post.content.raw ?? wp.data.select('core/editor').getEditedPostContent() };
    });
    assert.match(pages.block.content, /<!-- wp:massage-guide\/guide \{"lang":"en"\} \/-->/);

    const visitor = await visit(pages.block.link, viewports[0]);
    const { page: v } = visitor;
    await v.locator('.clinic-name', { hasText: CLINIC.name.en }).waitFor();
    await v.locator('a.phone-link[href="tel:+12125550100"]', { hasText: '(212) 555-0100' }).waitFor();
    assert.deepEqual(await guides(v), [{
      lang: 'en',
      children: ['A', 'SCRIPT[application/json]'],
      link: { href: 'tel:+12125550100', text: '(212) 555-0100' },
      configuration: CLINIC,
    }]);
    assert.equal(await v.locator('massage-guide').getAttribute('class'), 'wp-block-massage-guide-guide');
    assert.equal(await v.locator('script[type="module"][src*="/massage-guide/guide/embed/massage-guide.js"]').count(), 1);
    assert.deepEqual([...new Set(visitor.wasm)], ['application/wasm'], 'the WebAssembly\'s type');
    await screenshot(v, 'wordpress-block-page-phone');
    assert.deepEqual(visitor.errors, []);
    assert.deepEqual(visitor.foreign, []);
    await visitor.context.close();
  });

  it('a page with the shortcode shows the guide, in the language it names', async () => {
    const visitor = await visit(pages.shortcode.link, viewports[1]);
    const { page: v } = visitor;
    await v.locator('.clinic-name', { hasText: CLINIC.name.es }).waitFor();
    await v.locator('a.phone-link[href="tel:+12125550100"]').waitFor();
    assert.deepEqual(await guides(v), [{
      lang: 'es',
      children: ['A', 'SCRIPT[application/json]'],
      link: { href: 'tel:+12125550100', text: '(212) 555-0100' },
      configuration: CLINIC,
    }]);
    // Not wrapped in a paragraph by the editor's formatting; the text around it kept.
    assert.equal(await v.locator('p massage-guide').count(), 0);
    await v.getByText('Or call us.').waitFor();
    assert.deepEqual(visitor.errors, []);
    assert.deepEqual(visitor.foreign, []);
    await visitor.context.close();
  });

  it('only a user who can manage options saves, with the nonce, a JSON object within the limit', async () => {
    const editor = await signIn(EDITOR);
    const editorNonce = await nonce(editor.context);
    assert.equal((await configuration(editor.context, { method: 'POST', nonce: editorNonce, body: JSON.stringify(HOSTILE) })).status, 403);
    assert.equal((await configuration(editor.context, { nonce: editorNonce })).status, 403);
    const settings = await editor.page.goto(`${site.origin}/wp-admin/options-general.php?page=massage-guide`);
    assert.equal(settings.status(), 403);
    await editor.context.close();

    const context = admin.page.context();
    const adminNonce = await nonce(context);
    // Signed in, but without WordPress's nonce (a request forged from another site): refused.
    assert.equal((await configuration(context, { method: 'POST', body: JSON.stringify(HOSTILE) })).status, 401);
    assert.equal((await configuration(context, { method: 'POST', nonce: 'forged0000', body: JSON.stringify(HOSTILE) })).status, 403);
    // A visitor's own browser, no account.
    const visitor = await browser.newContext();
    assert.equal((await configuration(visitor, { method: 'POST', body: JSON.stringify(HOSTILE) })).status, 401);
    assert.equal((await configuration(visitor)).status, 401);
    await visitor.close();

    const refused = [
      ['[1, 2]', /must be a JSON object/],
      ['"Riverside"', /must be a JSON object/],
      ['null', /must be a JSON object/],
      ['{"name": "Riverside", ', /JSON/],
      ['{"name": "Riverside"}', /phone: a phone number is required/],
      ['{"name": "Riverside", "phone": "555-0100"}', /phone: use a 10-digit US number/],
      [JSON.stringify({ ...CLINIC, _padding: 'x'.repeat(256 * 1024) }), /at most 256 KB/],
    ];
    for (const [body, message] of refused) {
      const answer = await configuration(context, { method: 'POST', nonce: adminNonce, body });
      assert.equal(answer.status, 400, body.slice(0, 60));
      assert.match(answer.json.message, message);
    }
    assert.deepEqual((await configuration(context, { nonce: adminNonce })).json, CLINIC, 'nothing refused was saved');
  });

  it('a hostile configuration saved through the API runs nothing on the pages', async () => {
    const context = admin.page.context();
    const adminNonce = await nonce(context);
    assert.equal((await configuration(context, { method: 'POST', nonce: adminNonce, body: JSON.stringify(HOSTILE) })).status, 200);
    for (const [which, viewport] of [['block', viewports[0]], ['shortcode', viewports[1]]]) {
      const html = await (await context.request.get(pages[which].link)).text();
      for (const text of [HOSTILE.name, HOSTILE.articles[0].title, HOSTILE.articles[0].summary, HOSTILE._comment]) {
        for (const part of text.match(/<[^ ]*/g)) {
          assert.ok(!html.includes(part), `${which}: ${part} is printed escaped`);
        }
      }
      const visitor = await visit(pages[which].link, viewport);
      const { page: v } = visitor;
      await v.locator('.clinic-name').first().waitFor();
      assert.equal(await v.locator('.clinic-name').textContent(), HOSTILE.name, `${which}: the name, as text`);
      assert.equal(await v.evaluate(() => window.__owned), undefined, `${which}: nothing ran`);
      const [guide] = await guides(v);
      assert.deepEqual(guide.children, ['A', 'SCRIPT[application/json]'], `${which}: the element as printed`);
      assert.deepEqual(guide.configuration, HOSTILE, `${which}: the configuration reads back whole`);
      assert.deepEqual(guide.link, { href: 'tel:+12125550100', text: '(212) 555-0100' });
      // The rest of the page is still there: no comment or script swallowed it.
      assert.equal(await v.locator('massage-guide').count(), 1);
      await v.locator('footer').first().waitFor({ state: 'attached' });
      assert.deepEqual(visitor.errors, [], `${which}: console errors`);
      await visitor.context.close();
    }
    // The settings page carries it the same way.
    const { page } = admin;
    await page.goto(`${site.origin}/wp-admin/options-general.php?page=massage-guide`);
    assert.deepEqual(JSON.parse(await page.locator('#massage-guide-saved').textContent()), HOSTILE);
    await page.locator('#name-en').waitFor();
    assert.equal(await page.evaluate(() => window.__owned), undefined, 'settings page: nothing ran');
  });

  it('deleting the plugin removes what it stored', async () => {
    const { page } = admin;
    await page.goto(`${site.origin}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-slug="massage-guide"]');
    await row.getByRole('link', { name: /Deactivate/ }).click();
    await page.getByText('Plugin deactivated.').waitFor();
    // Deleting is done by the Plugins page's script (after "Are you sure?"): wait until it runs.
    await page.waitForFunction(() => window.wp?.updates && document.readyState === 'complete');
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('tr[data-slug="massage-guide"]').getByRole('link', { name: /Delete/ }).click();
    await page.getByText('Massage guide was successfully deleted.').waitFor();
    assert.equal(site.wpPhp("var_export( get_option( 'massage_guide_configuration', 'gone' ) );"), "'gone'");
    assert.ok(!fs.existsSync(path.join(site.root, 'wp-content', 'plugins', 'massage-guide')));
  });

  it('WordPress logged no notice, warning or error about the plugin', () => {
    assert.deepEqual(site.pluginLog(), []);
  });
});
