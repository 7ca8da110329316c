// The interview as a visitor goes through it on a 390 x 844 phone, in English, Spanish and
// Vietnamese: how many taps, how tall each question screen is, that the progress never goes
// back, that the pain scale's targets are big enough, that the reasons name what was said,
// and that every red-flag screen passes axe at 390 and 1280 px. The figures are printed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, heading, axe, screenshot, root, mounted } from './harness.mjs';

/** The catalogue `lang` ships (English is built in, from assets/i18n/en.json). */
function catalogue(lang) {
  return JSON.parse(fs.readFileSync(path.join(root, 'assets', 'i18n', `${lang}.json`), 'utf8'));
}

const LANGS = { en: 'English', es: 'Español', vi: 'Tiếng Việt' };
// The limits: a question screen at most 1,300 px tall at 390 px (the body map 1,900).
const MAX_SCREEN = 1300;
const MAX_BODY_MAP = 1900;

/**
 * One visitor on a phone: every tap goes through `tap`, which counts it; `screen()` records
 * the question screen now shown (its heading, height and progress) once per screen.
 */
async function visitor(browser, origin, lang, width = 390) {
  const s = await openPage(browser, origin, { width, height: 844 });
  const { page } = s;
  await page.goto(origin + '/');
  await heading(page, 'Which massage is right for you?');
  const t = catalogue(lang);
  if (lang !== 'en') {
    await page.getByRole('button', { name: LANGS[lang] }).click();
    await heading(page, t['start.title']);
  }
  const record = { taps: 0, screens: [], page, t, errors: s.errors, close: () => s.context.close() };
  const guide = page.locator('.massage-guide');
  record.tap = async (locator) => {
    await locator.click();
    record.taps += 1;
  };
  record.byValue = (value) => record.tap(guide.locator(`label.choice:has(input[value="${value}"])`));
  record.none = () => record.tap(guide.locator('button.none-of-these'));
  record.next = () => record.tap(guide.locator('.step-nav .button.primary'));
  record.start = () => record.tap(guide.getByRole('button', { name: t['start.begin'] }));
  /** The screen now shown, once its heading is `title` (a catalogue key's text). */
  record.screen = async (title) => {
    await heading(page, title);
    await page.evaluate(() => window.scrollTo(0, 0));
    const measured = await page.evaluate(() => {
      const root = document.querySelector('massage-guide').shadowRoot;
      const progress = root.querySelector('.progress-text')?.textContent ?? '';
      return {
        height: document.documentElement.scrollHeight,
        progress,
        width: document.documentElement.scrollWidth,
        flags: root.querySelector('section.screen')?.dataset.flags ?? null,
      };
    });
    record.screens.push({ title, ...measured });
    return measured;
  };
  return record;
}

/** "Step 2 of 4" in any language: the two numbers. */
const fraction = (text) => {
  const [current, total] = (text.match(/\d+/g) ?? []).map(Number);
  return current / total;
};

function report(name, v) {
  const total = v.screens.reduce((sum, s) => sum + s.height, 0);
  console.log(`# ${name}: ${v.taps} taps, ${v.screens.length} question screens, ${total} px in all`);
  for (const s of v.screens) console.log(`#   ${String(s.height).padStart(5)} px  ${s.progress.padEnd(16)} ${s.title}`);
  return total;
}

function assertScreens(v) {
  let last = 0;
  for (const s of v.screens) {
    const limit = s.title === v.t['where.title'] ? MAX_BODY_MAP : MAX_SCREEN;
    assert.ok(s.height <= limit, `"${s.title}" is ${s.height} px tall (at most ${limit})`);
    assert.ok(s.width <= 390, `"${s.title}" scrolls sideways (${s.width} px)`);
    const now = fraction(s.progress);
    assert.ok(now >= last, `progress went back to "${s.progress}" on "${s.title}"`);
    last = now;
  }
}

describe('the interview on a phone', () => {
  let server;
  // axe injects its own styles, which a strict CSP refuses: its runs use a page without one.
  let plain;
  let browser;
  before(async () => {
    server = await serve({ csp: true });
    plain = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await plain?.close();
  });

  for (const lang of Object.keys(LANGS)) {
    it(`${lang}: a visitor who only wants to relax answers in at most 7 taps and 3,500 px`, async () => {
      const v = await visitor(browser, server.origin, lang);
      const { t } = v;
      await v.tap(v.page.locator('.massage-guide').getByRole('button', { name: t['start.relax'] }));
      await v.screen(t['safety.title']);
      // The up-front screen fits the phone with its buttons, and asks at most six things.
      const nextBox = await v.page.locator('.massage-guide .step-nav .button.primary').boundingBox();
      assert.ok(nextBox.y + nextBox.height <= 844, `the safety screen's Next is at ${Math.round(nextBox.y + nextBox.height)} px`);
      assert.ok(await v.page.locator('.massage-guide section.flags input[type="checkbox"]').count() <= 6);
      await v.none();
      await v.screen(t['health.title']);
      await v.next();
      await v.screen(t['goals.title']);
      assert.ok(await v.page.locator('.massage-guide input[value="relax"]').isChecked(), 'relaxing is the goal already');
      await v.next();
      await heading(v.page, t['outcome.general-massage.title']);
      const total = report(`${lang} relax (from the first screen)`, v);
      assert.ok(v.taps <= 7, `${v.taps} taps`);
      assert.ok(total <= 3500, `${total} px of question screens`);
      assertScreens(v);
      assert.deepEqual(v.errors, []);
      await v.close();
    });

    it(`${lang}: a visitor who starts the questions and says "no pain" also answers in 7 taps`, async () => {
      const v = await visitor(browser, server.origin, lang);
      const { t } = v;
      await v.start();
      await v.screen(t['safety.title']);
      await v.none();
      await v.screen(t['where.title']);
      await v.byValue('no-pain');
      await v.next();
      await v.screen(t['health.title']);
      await v.next();
      await v.screen(t['goals.title']);
      await v.byValue('relax');
      await v.next();
      await heading(v.page, t['outcome.general-massage.title']);
      // The body map's screen makes this way longer; the figures are printed, not held.
      report(`${lang} relax (through the body map)`, v);
      assert.ok(v.taps <= 7, `${v.taps} taps`);
      assertScreens(v);
      assert.deepEqual(v.errors, []);
      await v.close();
    });

    it(`${lang}: neck stiffness in at most 12 taps, with reasons that name the neck`, async () => {
      const v = await visitor(browser, server.origin, lang);
      const { t, page } = v;
      await v.start();
      await v.screen(t['safety.title']);
      await v.none();
      await v.screen(t['where.title']);
      await v.byValue('neck');
      await v.next();
      await v.screen(t['pain.title']);
      // The pain scale: every point a target of at least 44 x 44 px.
      for (const box of await page.locator('.massage-guide .scale .choice').evaluateAll((els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { width: r.width, height: r.height };
      }))) {
        assert.ok(box.width >= 44 && box.height >= 44, `a pain scale point is ${box.width} x ${box.height}`);
      }
      await v.byValue('4');
      await v.byValue('6-weeks-to-3-months');
      await v.byValue('stiffness');
      await v.next();
      const neck = await v.screen(t['flags.neck.title']);
      assert.equal(neck.flags, 'neck');
      await v.none();
      await v.screen(t['health.title']);
      await v.next();
      await v.screen(t['goals.title']);
      await v.byValue('posture-mobility');
      await v.next();
      await heading(page, t['outcome.general-massage.title']);
      report(`${lang} neck stiffness`, v);
      assert.ok(v.taps <= 12, `${v.taps} taps`);
      assertScreens(v);
      // The reasons use what the visitor said: the area and the goal.
      const reasons = await page.locator('.massage-guide ul.reasons li').allInnerTexts();
      const neckWord = t['region.neck'].toLowerCase();
      assert.ok(reasons.some((r) => r.toLowerCase().includes(neckWord)), `no reason names "${neckWord}": ${reasons.join(' | ')}`);
      assert.ok(reasons.some((r) => r === t['reason.posture']), reasons.join(' | '));
      await screenshot(page, `interview-result-neck-${lang}-390`);
      assert.deepEqual(v.errors, []);
      await v.close();
    });
  }

  it('a sciatica visitor with a health history: every screen within its height, progress only forward', async () => {
    const v = await visitor(browser, server.origin, 'en');
    const { t, page } = v;
    await v.start();
    await v.screen(t['safety.title']);
    await v.none();
    await v.screen(t['where.title']);
    for (const region of ['lower-back', 'left-leg', 'right-shoulder', 'head']) await v.byValue(region);
    await v.next();
    await v.screen(t['pain.title']);
    for (const value of ['7', 'over-3-months', 'spreads-down-leg', 'headaches']) await v.byValue(value);
    await v.next();
    for (const key of ['flags.back.title', 'flags.neck.title', 'flags.head.title', 'flags.limbs.title']) {
      await v.screen(t[key]);
      await screenshot(page, `interview-${key.split('.')[1]}-390`);
      await v.none();
    }
    await v.screen(t['health.title']);
    for (const c of ['cancer', 'pregnancy', 'heart-condition', 'blood-clot', 'high-blood-pressure', 'recent-surgery', 'osteoporosis', 'blood-thinners', 'diabetes']) await v.byValue(c);
    await screenshot(page, 'interview-health-390');
    await v.next();
    for (const key of ['cancer', 'pregnancy', 'heart', 'clot', 'blood-pressure', 'surgery', 'bones', 'diabetes']) {
      await v.screen(t[`flags.${key}.title`]);
      await screenshot(page, `interview-${key}-390`);
      await v.none();
    }
    await v.screen(t['goals.title']);
    await v.byValue('relieve-pain');
    await v.next();
    // Surgery in the last 3 months, with no referral: check with the doctor first.
    await heading(page, t['outcome.doctor-before-booking.title']);
    report('en sciatica with a health history', v);
    assertScreens(v);
    assert.deepEqual(v.errors, []);
    await v.close();
  });

  it('a referral from the surgeon lifts "check first", and a fever during cancer treatment raises it', async () => {
    const v = await visitor(browser, server.origin, 'en');
    const { t, page } = v;
    await v.start();
    await v.screen(t['safety.title']);
    await v.none();
    await v.screen(t['where.title']);
    await v.byValue('no-pain');
    await v.next();
    await v.screen(t['health.title']);
    await v.byValue('recent-surgery');
    await v.next();
    await v.screen(t['flags.surgery.title']);
    await v.byValue('referred');
    await v.none();
    await v.screen(t['goals.title']);
    await v.byValue('relax');
    await v.next();
    await heading(page, t['outcome.medical-massage.title']);
    assert.ok(await page.getByText(t['note.referral']).isVisible(), 'the therapist note for the referral');
    // Back to the health background: cancer in treatment, and a fever right now.
    await v.tap(page.locator('.massage-guide').getByRole('button', { name: t['nav.back'] }).first());
    await v.screen(t['goals.title']);
    await v.byValue('fever');
    await v.tap(page.locator('.massage-guide').getByRole('button', { name: t['nav.back'] }).first());
    await v.screen(t['flags.surgery.title']);
    await v.tap(page.locator('.massage-guide').getByRole('button', { name: t['nav.back'] }).first());
    await v.screen(t['health.title']);
    await v.byValue('cancer');
    await v.next();
    await v.screen(t['flags.cancer.title']);
    await v.byValue('cancer-treatment');
    await v.next();
    await v.screen(t['flags.surgery.title']);
    await v.next();
    await v.screen(t['goals.title']);
    await v.next();
    await heading(page, t['outcome.doctor-today.title']);
    assert.ok(await page.getByText(t['safety.reason.cancer-fever']).isVisible());
    assert.deepEqual(v.errors, []);
    await v.close();
  });

  it('a stroke sign that went away is still an emergency, and only an emergency ends early', async () => {
    const v = await visitor(browser, server.origin, 'en');
    const { t, page } = v;
    await v.start();
    await v.screen(t['safety.title']);
    await v.byValue('stroke-face-arm-leg');
    await v.next();
    await heading(page, t['outcome.emergency.title'].replace('{number}', '911'));
    assert.ok(await page.locator('.massage-guide a[href="tel:911"]').first().isVisible());
    await v.close();
  });

  for (const lang of Object.keys(LANGS)) {
    for (const width of [390, 1280]) {
      it(`${lang} at ${width} px: every red-flag screen passes axe`, async () => {
        const v = await visitor(browser, plain.origin, lang, width);
        const { t } = v;
        const check = async (name) => {
          // As the screen first shows (the sticky bar covers what is scrolled under it).
          await v.page.evaluate(() => window.scrollTo(0, 0));
          assert.deepEqual(await axe(v.page), [], `${name} (${lang}, ${width} px)`);
        };
        await v.start();
        await v.screen(t['safety.title']);
        await check('safety');
        await v.none();
        await v.screen(t['where.title']);
        for (const region of ['lower-back', 'neck', 'head', 'chest', 'left-knee']) await v.byValue(region);
        await v.next();
        await v.screen(t['pain.title']);
        await v.byValue('5');
        await v.byValue('3-days-to-6-weeks');
        await check('pain');
        await v.next();
        for (const key of ['chest', 'back', 'neck', 'head', 'limbs']) {
          await v.screen(t[`flags.${key}.title`]);
          await check(`flags.${key}`);
          await v.none();
        }
        await v.screen(t['health.title']);
        for (const c of ['cancer', 'pregnancy', 'heart-condition', 'blood-clot', 'high-blood-pressure', 'recent-surgery', 'steroids', 'diabetes']) await v.byValue(c);
        await check('health');
        await v.next();
        for (const key of ['cancer', 'pregnancy', 'heart', 'clot', 'blood-pressure', 'surgery', 'bones', 'diabetes']) {
          await v.screen(t[`flags.${key}.title`]);
          await check(`flags.${key}`);
          await v.none();
        }
        await v.screen(t['goals.title']);
        await check('goals');
        assert.deepEqual(v.errors, []);
        await v.close();
      });
    }
  }

  it('the keyboard alone answers a red-flag screen: Tab to a tick, Space, and "None of these" with Enter', async () => {
    const v = await visitor(browser, server.origin, 'en');
    const { t, page } = v;
    await page.getByRole('button', { name: t['start.begin'] }).focus();
    await page.keyboard.press('Enter');
    await v.screen(t['safety.title']);
    // Focus is on the heading; Tab reaches the first sign, Space ticks it, Space unticks it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('.massage-guide input[value="chest-pain"]').isChecked(), true);
    await page.keyboard.press('Space');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await v.screen(t['where.title']);
    await mounted(page);
    await v.close();
  });
});
