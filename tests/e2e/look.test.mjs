// How the guide looks: every screen at 390 and 1280 px, in the light and the dark look,
// compared with the committed baselines in tests/e2e/look/ (a few antialiased pixels may
// differ; nothing more). A change to the look is a change to a baseline, made on purpose:
//   UPDATE_LOOK=1 node --test tests/e2e/look.test.mjs
// writes the baselines; look at each before committing it. A failure leaves the screenshot
// and a picture of the difference in target/screenshots/look/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { serve, launch, viewports, openPage, heading, choose, next, walk, root, screenshots, SCIATICA } from './harness.mjs';

const baselines = path.join(root, 'tests', 'e2e', 'look');
const failures = path.join(screenshots, 'look');
const update = process.env.UPDATE_LOOK === '1';
// Per pixel, pixelmatch's colour distance (0 to 1) under which two pixels are the same; and
// how many pixels may differ: a few antialiased edges, not a moved line of text (that is
// about 900) or a changed colour.
const THRESHOLD = 0.1;
const MAX_DIFFERENT = 100;

const start = (page) => page.getByRole('button', { name: 'Start the questions' }).click();

/** Each screen: how to reach it from a fresh visit, and its heading. */
const screens = {
  start: { heading: 'Which massage is right for you?', go: async () => {} },
  safety: { heading: 'safety check', go: start },
  where: {
    heading: 'Where does it hurt?',
    go: async (page) => {
      await walk(page, [['none']]);
      await heading(page, 'Where does it hurt?');
      await choose(page, 'lower-back');
      await choose(page, 'left-knee');
    },
  },
  pain: {
    heading: 'About your pain',
    go: async (page) => {
      await walk(page, SCIATICA.slice(0, 2));
      await heading(page, 'About your pain');
      for (const value of SCIATICA[2]) await choose(page, value);
    },
  },
  'flags-chest': { heading: 'About the pain in your chest, jaw or arm', go: (page) => walk(page, [['none'], ['chest'], ['5', '3-days-to-6-weeks']]) },
  'flags-back': { heading: 'About your back', go: (page) => walk(page, SCIATICA.slice(0, 3)) },
  'flags-head': {
    heading: 'About your head',
    go: async (page) => {
      await walk(page, [['none'], ['head'], ['4', '3-days-to-6-weeks']]);
      await heading(page, 'About your head');
      // Ticked, with the question that follows it up shown under it.
      await choose(page, 'head-knock');
      await page.locator('fieldset.follow-up[data-flag="head-knock-symptoms"]').waitFor();
    },
  },
  health: { heading: 'Your health', go: (page) => walk(page, SCIATICA.slice(0, 4)) },
  'flags-surgery': { heading: 'About your surgery', go: (page) => walk(page, [['none'], ['no-pain'], ['recent-surgery']]) },
  goals: { heading: 'What would you like', go: (page) => walk(page, SCIATICA.slice(0, 5)) },
  'result-medical': { heading: 'Medical massage is the right fit', go: (page) => walk(page, SCIATICA) },
  'result-general': { heading: 'general (relaxation) massage', go: (page) => walk(page, [['none'], ['no-pain'], [], ['relax']]) },
  'result-before-booking': {
    heading: 'Check with your doctor before booking',
    go: (page) => walk(page, [['none'], ['no-pain'], [], ['relax', 'catching-skin']]),
  },
  'result-doctor-today': {
    heading: 'See a doctor today',
    go: (page) => walk(page, [['none'], ['no-pain'], [], ['relax', 'spreading-red-skin']]),
  },
  emergency: {
    heading: 'Call 911 now',
    go: async (page) => {
      await start(page);
      await choose(page, 'stroke-face-arm-leg');
      await next(page);
    },
  },
  explainer: { heading: 'Medical vs general massage', go: (page) => page.getByRole('button', { name: 'Medical vs general massage' }).click() },
};

/** The number of pixels that differ, and a picture of where. */
function compare(expected, actual) {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    return { size: `${b.width} x ${b.height} px, the baseline ${a.width} x ${a.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const different = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  return { different, diff: PNG.sync.write(diff) };
}

describe('how every screen looks, against the baselines', () => {
  let server;
  let browser;
  let sameBrowser;
  before(async () => {
    server = await serve();
    browser = await launch();
    fs.mkdirSync(baselines, { recursive: true });
    fs.mkdirSync(failures, { recursive: true });
    // Text is drawn by the browser and the system's fonts: baselines from another Chromium
    // differ everywhere, and the failure says why.
    const version = path.join(baselines, 'chromium-version.txt');
    if (update) fs.writeFileSync(version, `${browser.version()}\n`);
    const taken = fs.existsSync(version) ? fs.readFileSync(version, 'utf8').trim() : 'unknown';
    sameBrowser = taken === browser.version()
      ? '' : ` (the baselines were taken with Chromium ${taken}, this is ${browser.version()}: rewrite them with UPDATE_LOOK=1 and look at each)`;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark']) {
      it(`every screen at ${viewport.width} px, ${colorScheme}`, async () => {
        const problems = [];
        for (const [screen, { heading: title, go }] of Object.entries(screens)) {
          const s = await openPage(browser, server.origin, viewport, { colorScheme });
          const { page } = s;
          await page.emulateMedia({ reducedMotion: 'reduce' });
          // Nothing on these screens reads the time today; a clinic's opening hours would.
          await page.clock.setFixedTime(new Date('2026-11-30T15:00:00Z'));
          await page.goto(`${server.origin}/`);
          await heading(page, 'Which massage is right for you?');
          await go(page);
          await heading(page, title);
          // The configuration's footer line, the fonts, no pointer over a button, two frames.
          await page.locator('.guide-footer', { hasText: 'In an emergency' }).waitFor();
          await page.evaluate(() => document.fonts.ready);
          // At the top: the sticky bar is drawn where the page is scrolled to.
          await page.mouse.move(0, 0);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const actual = await page.screenshot({ fullPage: true });
          const name = `${screen}-${viewport.width}-${colorScheme}.png`;
          const baseline = path.join(baselines, name);
          assert.deepEqual(s.errors, [], `${name}: console errors`);
          await s.context.close();
          if (update) {
            fs.writeFileSync(baseline, actual);
            continue;
          }
          if (!fs.existsSync(baseline)) {
            fs.writeFileSync(path.join(failures, name), actual);
            problems.push(`${name}: no baseline (UPDATE_LOOK=1 writes it; look at it before committing)`);
            continue;
          }
          const result = compare(fs.readFileSync(baseline), actual);
          if (result.size || result.different > MAX_DIFFERENT) {
            fs.writeFileSync(path.join(failures, name), actual);
            if (result.diff) fs.writeFileSync(path.join(failures, name.replace('.png', '-diff.png')), result.diff);
            problems.push(`${name}: ${result.size ?? `${result.different} pixels differ`}`);
          }
        }
        assert.deepEqual(problems, [], `see ${path.relative(root, failures)}/${sameBrowser}`);
      });
    }
  }
});
