// The clinic's brand: colours set on the element from the host page's own stylesheet, or in
// `theme` in the configuration, reach the guide, and whatever they are, every text and control
// stays at WCAG AA, in the light and the dark look: axe on every screen for five hostile
// colours, and a sweep of the stylesheet's shades over thousands of colours. No CSP header
// here: axe injects styles of its own. The strict-CSP tests (guide, embed) run the same code:
// the theme is set through the CSSOM, which a strict CSP allows, never as a style attribute.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, choose, next, heading, axe, screenshot, dist, hex } from './harness.mjs';

const PHONE_VIEW = { name: 'phone', width: 390, height: 844 };
// Pale yellow, pure red, near-black, white, and a host page's grey.
const HOSTILE = ['#ffff99', '#ff0000', '#111111', '#ffffff', '#808080'];

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('brand colours from the host page', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve({
      mounts: { '/guide/': dist },
      routes: {
        '/clinic-page.html': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>
<link rel="stylesheet" href="/brand.css${new URL(req.url, 'http://x').search}">
<script type="module" src="/guide/embed/massage-guide.js"></script></head>
<body><h1>A clinic</h1><massage-guide config="/guide/clinic.json" debug></massage-guide></body></html>`);
        },
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
        '/brand.css': (req, res) => {
          const query = new URL(req.url, 'http://x').searchParams;
          const colour = query.get('colour');
          const font = query.get('font') ?? 'Georgia, serif';
          res.writeHead(200, { 'content-type': 'text/css' });
          res.end(colour ? `massage-guide { --mg-accent: ${colour}; --mg-call: ${colour}; --mg-font: ${font}; }` : '');
        },
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Every screen of a flow with pain, each checked by axe with its answers ticked;
   *  `shots` names the screenshots (none when absent). */
  async function everyScreen(page, name, shots) {
    const check = async (screen) => {
      assert.deepEqual(await axe(page), [], `${name}: axe on ${screen}`);
      if (shots) await screenshot(page, `${shots}-${screen.replaceAll(' ', '-')}`);
    };
    await heading(page, 'Which massage is right for you?');
    await check('start');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(page, 'safety check');
    await choose(page, 'chest-pain');
    await check('safety');
    // Taken back: "None of these" answers the screen and goes on.
    await choose(page, 'chest-pain');
    await choose(page, 'none');
    await heading(page, 'Where does it hurt?');
    await choose(page, 'lower-back');
    await check('where it hurts');
    await next(page);
    await heading(page, 'About your pain');
    await choose(page, '6');
    await choose(page, 'over-3-months');
    await check('about the pain');
    await next(page);
    await heading(page, 'About your back');
    await choose(page, 'night-pain');
    await check('back flags');
    await choose(page, 'night-pain');
    await choose(page, 'none');
    await heading(page, 'Your health');
    await choose(page, 'arthritis');
    await check('health');
    await next(page);
    await heading(page, 'What would you like');
    await choose(page, 'relieve-pain');
    await check('goals');
    await next(page);
    await heading(page, 'Medical massage is the right fit');
    await check('result');
  }

  for (const scheme of ['light', 'dark']) {
    for (const colour of HOSTILE) {
      it(`${colour} in the ${scheme} look: every screen at AA`, async () => {
        const s = await openPage(browser, server.origin, PHONE_VIEW, { colorScheme: scheme, touch: true });
        const { page } = s;
        await page.goto(`${server.origin}/clinic-page.html?colour=${encodeURIComponent(colour)}`);
        await everyScreen(page, `${colour} ${scheme}`);
        // The clinic's colour reached the guide: the call button is it, or its nearest at AA.
        const call = hex(await page.locator('massage-guide .button.call').evaluate((el) => getComputedStyle(el).backgroundColor));
        const font = await page.locator('massage-guide h2').evaluate((el) => getComputedStyle(el).fontFamily);
        assert.match(font, /Georgia/);
        if (colour === '#ffff99' && scheme === 'light') {
          assert.equal(call, '#67673b', 'pale yellow is darkened (same hue) to a shade that passes');
          const notice = await page.locator('massage-guide .config-notice').textContent();
          assert.match(notice, /--mg-accent #ffff99 is below AA contrast \(4\.5:1\) in the light look; the guide uses #67673b there/);
          await screenshot(page, 'brand-pale-yellow-result');
        }
        if (colour === '#ff0000' && scheme === 'dark') await screenshot(page, 'brand-red-dark-result');
        assert.deepEqual(s.errors, [], 'no console error');
        await s.context.close();
      });
    }
  }

  for (const view of [PHONE_VIEW, { name: 'desktop', width: 1280, height: 900 }]) {
    it(`the guide's own colours in the dark look at ${view.width} px: every screen at AA`, async () => {
      const s = await openPage(browser, server.origin, view, { colorScheme: 'dark' });
      const { page } = s;
      await page.goto(`${server.origin}/guide/`);
      await everyScreen(page, 'dark', `dark-${view.name}`);
      const background = await page.locator('section.massage-guide').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(hex(background), '#15191b');
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  it('a clinic that turns dark mode off stays light', async () => {
    const s = await openPage(browser, server.origin, PHONE_VIEW, { colorScheme: 'dark' });
    const { page } = s;
    await s.context.route('**/guide/clinic.json', async (route) => {
      const response = await route.fetch();
      const clinic = await response.json();
      await route.fulfill({ response, json: { ...clinic, theme: { dark_mode: false } } });
    });
    await page.goto(`${server.origin}/guide/`);
    await heading(page, 'Which massage is right for you?');
    await page.locator('section.massage-guide[data-look=light]').waitFor();
    const background = await page.locator('section.massage-guide').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(hex(background), '#fbfaf7');
    assert.deepEqual(await axe(page), []);
    await s.context.close();
  });

  it('without brand colours the guide keeps its own, and reports nothing', async () => {
    const s = await openPage(browser, server.origin, PHONE_VIEW);
    const { page } = s;
    await page.goto(`${server.origin}/clinic-page.html`);
    await heading(page, 'Which massage is right for you?');
    const start = await page.locator('massage-guide .button.primary').first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(hex(start), '#17695c');
    assert.equal(await page.locator('massage-guide .config-notice').count(), 0);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  it('a colour that is not a colour, or a font list the browser refuses, leaves the guide its own, and debug says so', async () => {
    const s = await openPage(browser, server.origin, PHONE_VIEW);
    const { page } = s;
    await page.goto(`${server.origin}/clinic-page.html?colour=banana&font=${encodeURIComponent('Source Sans 3, serif')}`);
    await heading(page, 'Which massage is right for you?');
    // The app's own screen (the notice is its), not the one rendered at build time.
    const notice = await page.locator('massage-guide .config-notice').textContent();
    const start = await page.locator('massage-guide .button.primary').first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(hex(start), '#17695c', 'the guide\'s own accent, not a transparent button');
    assert.match(notice, /--mg-accent "banana" cannot be used; the guide uses its own/);
    assert.match(notice, /--mg-font "Source Sans 3, serif" cannot be used; the guide uses its own/);
    const font = await page.locator('massage-guide h2').evaluate((el) => getComputedStyle(el.closest('section')).fontSize);
    assert.equal(font, '17px', 'the guide keeps its size and its fonts');
    assert.deepEqual(await axe(page), []);
    await s.context.close();
  });

  it('theme in the configuration sets the standalone page\'s colours and font, kept at AA', async () => {
    const s = await openPage(browser, server.origin, PHONE_VIEW, { colorScheme: 'dark', touch: true });
    const { page } = s;
    await s.context.route('**/guide/clinic.json', async (route) => {
      const response = await route.fetch();
      const clinic = await response.json();
      await route.fulfill({ response, json: { ...clinic, theme: { accent: '#0b2a6f', call: '#300', font: 'Georgia, serif' } } });
    });
    await page.goto(`${server.origin}/guide/?debug`);
    await everyScreen(page, 'theme dark');
    const call = hex(await page.locator('massage-guide .button.call').evaluate((el) => getComputedStyle(el).backgroundColor));
    assert.ok(contrast(call, '#101414') >= 4.5, `the call button ${call} holds its dark text at AA`);
    const font = await page.locator('massage-guide h2').evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(font, /Georgia/);
    const notice = await page.locator('massage-guide .config-notice').textContent();
    assert.match(notice, /theme\.accent #0b2a6f is below AA contrast \(4\.5:1\) in the dark look; the guide uses #[0-9a-f]{6} there/);
    assert.match(notice, /theme\.call #330000 is below AA contrast/);
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`every colour a page could set, in the ${scheme} look: the shade the guide draws with keeps 4.5:1`, async () => {
      const s = await openPage(browser, server.origin, PHONE_VIEW, { colorScheme: scheme });
      const { page } = s;
      await page.goto(`${server.origin}/clinic-page.html`);
      await heading(page, 'Which massage is right for you?');
      // Every 17th step of each channel, 0 to 255 (4,096 colours), and five outside sRGB: the
      // shade against the text on a
      // button, the surface, the page and the soft background mixed from it, all as the
      // browser computes them.
      const worst = await page.locator('massage-guide').evaluate((host) => {
        const probe = document.createElement('i');
        probe.className = 'massage-guide';
        host.shadowRoot.append(probe);
        const read = (css) => {
          const scale = css.startsWith('color(') ? 255 : 1;
          return css.match(/-?[\d.]+(e-?\d+)?/g).slice(0, 3).map((n) => Math.min(255, Math.max(0, Math.round(n * scale))));
        };
        const luminance = (rgb) => rgb.map((c) => c / 255)
          .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => {
          const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const colour = (property) => {
          probe.style.color = `var(${property})`;
          return read(getComputedStyle(probe).color);
        };
        let min = { ratio: 99 };
        let tried = 0;
        const colours = [];
        for (let r = 0; r < 256; r += 17) for (let g = 0; g < 256; g += 17) for (let b = 0; b < 256; b += 17) colours.push(`rgb(${r} ${g} ${b})`);
        // Colours outside sRGB, brought into it before the arithmetic.
        colours.push('color(xyz-d65 -1 .13 2)', 'color(display-p3 1 1 0)', 'oklch(.98 .4 100)', 'color(rec2020 0 1 0)', 'lab(100 -160 160)');
        for (const given of colours) {
          host.style.setProperty('--mg-accent', given);
          const ink = colour('--mg-accent-ink');
          for (const other of ['--mg-on-fill', '--mg-surface', '--mg-bg', '--mg-accent-soft'].map(colour)) {
            const found = ratio(ink, other);
            if (found < min.ratio) min = { ratio: found, colour: given, ink, other };
          }
          tried += 1;
        }
        host.style.removeProperty('--mg-accent');
        probe.remove();
        return { ...min, tried };
      });
      assert.equal(worst.tried, 4096 + 5);
      assert.ok(worst.ratio >= 4.5, JSON.stringify(worst));
      console.log(`${scheme}: lowest contrast ${worst.ratio.toFixed(2)}:1 of ${worst.tried} colours`);
      await s.context.close();
    });
  }
});
