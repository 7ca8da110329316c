// What the clinic's analytics learn: the recipes of docs/analytics/ on a clinic's page under the
// strict CSP, with stand-ins for each tool's own script, receive every step shown, the outcome
// and the call, and never an answer.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, viewports, openPage, choose, next, heading, root, dist, STRICT_CSP } from './harness.mjs';

const recipes = path.join(root, 'docs', 'analytics');
const RECIPES = ['ga4.js', 'gtm.js', 'plausible.js', 'matomo.js'];
const PHONE = 'massage-guide a.phone-link[href="tel:+17062868344"]:visible';

// Stand-ins for the tools' own scripts: each keeps what it is given and sends nothing. Also
// records the guide's own events as the page receives them, and keeps a tel: link from leaving
// the test browser (the call event must still be dispatched).
const STUBS = `
window.dataLayer = [];
window.plausibleCalls = [];
window.plausible = function () { window.plausibleCalls.push(Array.from(arguments)); };
window._paq = [];
window.guideEvents = [];
for (const name of ['massage-guide:step', 'massage-guide:result', 'massage-guide:call']) {
  document.addEventListener(name, (e) => window.guideEvents.push({
    name, detail: e.detail, target: e.target.tagName, bubbles: e.bubbles, composed: e.composed,
  }));
}
document.addEventListener('click', (e) => {
  if (e.composedPath().some((el) => el.getAttribute?.('href')?.startsWith('tel:'))) e.preventDefault();
});
`;

// A clinic's page: the stand-ins, the four recipes as files, then the guide.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>
<script src="/stubs.js"></script>
${RECIPES.map((file) => `<script src="/analytics/${file}"></script>`).join('\n')}
<script type="module" src="/guide/embed/massage-guide.js"></script></head><body>
<h1>Riverside Massage</h1>
<massage-guide config="/guide/clinic.json" lang="en"><a href="tel:+17062868344">Call us</a></massage-guide>
</body></html>`;

/** What each tool is expected to receive for one of the guide's events: `['step', id]`,
 *  `['result', outcome]` or `['call']`. */
const expected = {
  ga4: ([kind, id]) => ({
    step: ['event', 'guide_step', { guide_step: id }],
    result: ['event', 'guide_result', { guide_outcome: id }],
    call: ['event', 'guide_call'],
  })[kind],
  gtm: ([kind, id]) => ({
    step: { event: 'guide_step', guide_step: id },
    result: { event: 'guide_result', guide_outcome: id },
    call: { event: 'guide_call' },
  })[kind],
  plausible: ([kind, id]) => ({
    step: ['Guide step', { props: { step: id } }],
    result: ['Guide result', { props: { outcome: id } }],
    call: ['Guide call'],
  })[kind],
  matomo: ([kind, id]) => ({
    step: ['trackEvent', 'Massage guide', 'Step', id],
    result: ['trackEvent', 'Massage guide', 'Result', id],
    call: ['trackEvent', 'Massage guide', 'Call'],
  })[kind],
};

/** Everything the page's tools received, and the guide's events as dispatched. */
const received = (page) => page.evaluate(() => {
  // The Google tag reads `arguments` objects from the data layer; Tag Manager, plain objects.
  const isArguments = (entry) => Object.prototype.toString.call(entry) === '[object Arguments]';
  return {
    ga4: window.dataLayer.filter(isArguments).map((entry) => Array.from(entry)),
    gtm: window.dataLayer.filter((entry) => !isArguments(entry)),
    plausible: window.plausibleCalls,
    matomo: window._paq,
    guide: window.guideEvents,
  };
});

/** The guide dispatched `events` on its element, and each tool received them, in order. */
function assertReceived(got, events) {
  assert.deepEqual(got.guide, events.map(([kind, id]) => ({
    name: `massage-guide:${kind}`,
    detail: kind === 'call' ? null : { [kind === 'step' ? 'step' : 'outcome']: id },
    target: 'MASSAGE-GUIDE',
    bubbles: true,
    composed: true,
  })), 'the guide dispatches each step shown, the outcome and the call, on its element');
  for (const tool of Object.keys(expected)) {
    assert.deepEqual(got[tool], events.map(expected[tool]), `what ${tool} received`);
  }
}

describe('the analytics recipes', () => {
  it('docs/analytics.md shows each recipe file exactly as it is', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'analytics.md'), 'utf8');
    const files = fs.readdirSync(recipes).filter((f) => f.endsWith('.js')).sort();
    assert.deepEqual(files, [...RECIPES].sort(), 'the recipes this test loads');
    for (const file of files) {
      const code = fs.readFileSync(path.join(recipes, file), 'utf8');
      assert.ok(doc.includes(`\`docs/analytics/${file}\`:\n\n\`\`\`js\n${code}\`\`\``),
        `docs/analytics.md shows docs/analytics/${file} as it is`);
    }
  });

  // One width: what the tools receive does not depend on it.
  const viewport = viewports[0];
  describe(`on a clinic's page at ${viewport.width} px`, () => {
    let server;
    let browser;
    before(async () => {
      server = await serve({
        mounts: { '/guide/': dist, '/analytics/': recipes },
        csp: true,
        routes: {
          '/': (req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
            res.end(PAGE);
          },
          '/stubs.js': (req, res) => {
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
            res.end(STUBS);
          },
          '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
        },
      });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('each tool receives every step shown in order, the outcome and the call, and no answer', async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      await page.goto(server.origin + '/');
      await page.locator(PHONE).waitFor();
      await heading(page, 'Which massage is right for you?');

      // What the visitor tells the guide on the way: each option's id and its words on the
      // screen, and the name of each follow-up screen (which says what was marked).
      const answers = new Set();
      const tick = async (value) => {
        answers.add(value);
        answers.add((await page.locator(`label.choice:has(input[value="${value}"])`).innerText()).trim());
        await choose(page, value);
      };
      /** "None of these" on a red-flag screen: "no" to each of its questions. */
      const noneOfThese = async () => {
        const screen = page.locator('massage-guide section.flags');
        const name = await screen.getAttribute('data-flags');
        if (name !== 'everyone') answers.add(name);
        for (const value of await screen.locator('input[type="checkbox"]').evaluateAll((inputs) => inputs.map((i) => i.value))) {
          answers.add(value);
        }
        await choose(page, 'none');
      };

      await page.getByRole('button', { name: 'Start the questions' }).click();
      await heading(page, 'First, a safety check');
      await noneOfThese();
      await heading(page, 'Where does it hurt?');
      // Two areas with red flags of their own (the back's, a leg's): two screens follow.
      await tick('lower-back');
      await tick('left-leg');
      await next(page);
      await heading(page, 'About your pain');
      await tick('6');
      await tick('over-3-months');
      await tick('spreads-down-leg');
      await next(page);
      await heading(page, 'About your back');
      await noneOfThese();
      await heading(page, 'About your joints and limbs');
      await noneOfThese();
      await heading(page, 'Your health');
      // Two conditions with red flags of their own: two screens follow.
      await tick('blood-thinners');
      await tick('diabetes');
      await next(page);
      await heading(page, 'About your blood thinner');
      await noneOfThese();
      await heading(page, 'About your diabetes');
      await noneOfThese();
      await heading(page, 'What would you like');
      await tick('relieve-pain');
      await next(page);
      const result = page.locator('massage-guide [data-outcome]');
      await result.waitFor();
      const outcome = await result.getAttribute('data-outcome');
      // Back to the goals and on again: each step shown again counts again.
      await page.getByRole('button', { name: 'Back' }).click();
      await heading(page, 'What would you like');
      await next(page);
      await result.waitFor();
      await page.locator(PHONE).first().click();

      const events = [
        // The questions about the conditions ticked count as `health`: no event of their own.
        ...['start', 'safety', 'where-it-hurts', 'about-pain', 'area-flags', 'health', 'goals', 'result']
          .map((id) => ['step', id]),
        ['result', outcome],
        ['step', 'goals'],
        ['step', 'result'],
        ['result', outcome],
        ['call'],
      ];
      const got = await received(page);
      // Nothing received names an answer: no option's id or words, no follow-up screen's name,
      // no number (the pain's intensity).
      const everything = JSON.stringify(Object.values(got)).toLowerCase();
      const named = [...answers].filter((answer) => everything.includes(answer.toLowerCase()));
      assert.deepEqual(named, [], `answers in what the tools received: ${everything}`);
      assert.doesNotMatch(everything, /\d/, 'no number in what the tools received');
      assert.ok(answers.size > 20, `the walk's answers, checked: ${[...answers].join(' | ')}`);

      assertReceived(got, events);
      assert.equal(outcome, 'medical-massage', 'the walk ends on medical massage');

      assert.deepEqual(s.errors, [], 'no console errors, no CSP violations');
      assert.deepEqual(s.foreign, [], 'no request leaves 127.0.0.1');
      await s.context.close();
    });

    it('counts arrivals, not renders: the explainer and a language change add none, a reload counts again', async () => {
      const s = await openPage(browser, server.origin, viewport);
      const { page } = s;
      await page.goto(server.origin + '/');
      await page.locator(PHONE).waitFor();
      await heading(page, 'Which massage is right for you?');
      // The explainer opened over the first screen and closed again, then Spanish and back.
      await page.getByRole('button', { name: 'Medical vs general massage' }).click();
      await heading(page, 'Medical vs general massage');
      await page.getByRole('button', { name: 'Back' }).click();
      await heading(page, 'Which massage is right for you?');
      await page.getByRole('button', { name: 'Español' }).click();
      await heading(page, '¿Qué masaje es el adecuado para usted?');
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Which massage is right for you?');
      await page.getByRole('button', { name: 'Start the questions' }).click();
      await heading(page, 'First, a safety check');
      assertReceived(await received(page), [['step', 'start'], ['step', 'safety']]);
      // A reload resumes on the same step: a new page, which is told the step again.
      await page.reload();
      await heading(page, 'First, a safety check');
      await page.waitForFunction(() => window.guideEvents.length > 0);
      assertReceived(await received(page), [['step', 'safety']]);
      assert.deepEqual(s.errors, [], 'no console errors, no CSP violations');
      assert.deepEqual(s.foreign, [], 'no request leaves 127.0.0.1');
      await s.context.close();
    });
  });
});
