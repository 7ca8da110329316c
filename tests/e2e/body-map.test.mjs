// The body map: two figures of a person, each region of the list its own shape, big enough to
// tap on a phone (24 px, WCAG 2.5.8), chosen with a tap, shown chosen by fill and outline, and
// named under the figures; in the light and the dark look. The sizes are measured under the
// strict CSP (the mirrored shapes' `transform` is an attribute, not a style); axe runs without
// it, as it injects styles of its own.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, viewports, openPage, heading, choose, axe, screenshot } from './harness.mjs';

describe('the body map', () => {
  let strict;
  let server;
  let browser;
  before(async () => {
    strict = await serve({ csp: true });
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await strict?.close();
    await server?.close();
  });

  /** The where-it-hurts screen, fresh. */
  async function where(origin, viewport, colorScheme = 'light') {
    const s = await openPage(browser, origin, viewport, { colorScheme });
    await s.page.goto(`${origin}/`);
    await heading(s.page, 'Which massage is right for you?');
    await s.page.getByRole('button', { name: 'Start the questions' }).click();
    await heading(s.page, 'safety check');
    // "None of these" answers the safety check and goes on.
    await choose(s.page, 'none');
    await heading(s.page, 'Where does it hurt?');
    return s;
  }

  const front = 'svg[aria-label="Body seen from the front"]';
  const back = 'svg[aria-label="Body seen from the back"]';

  for (const viewport of viewports) {
    it(`at ${viewport.width} px: every region of the list is on a figure, and every region is at least 24 px`, async () => {
      const s = await where(strict.origin, viewport);
      const { page } = s;
      const listed = await page.locator('.region-list input').evaluateAll((inputs) => inputs.map((i) => i.value).sort());
      const drawn = await page.locator('g.region').evaluateAll((regions) => [...new Set(regions.map((r) => r.dataset.region))].sort());
      assert.deepEqual(drawn, listed);
      const small = await page.locator('g.region').evaluateAll((regions) => regions
        .map((r) => ({ region: r.getAttribute('aria-label'), box: r.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ region, box }) => `${region}: ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`));
      assert.deepEqual(small, []);
      // The figure at its designed width (on a 320 px phone it is narrower, and the list is the
      // way to choose the smallest regions).
      const figure = await page.locator(front).boundingBox();
      assert.ok(figure.width >= 160 && figure.width <= 185, `the figure is ${figure.width} px wide`);
      assert.deepEqual(s.errors, []);
      await s.context.close();
    });
  }

  for (const colorScheme of ['light', 'dark']) {
    it(`in the ${colorScheme} look: a tap chooses a region on both figures and in the list, shown by fill and outline, named under the figures`, async () => {
      const s = await where(server.origin, viewports[0], colorScheme);
      const { page } = s;
      const chosen = page.locator('.map-chosen');
      assert.equal(await chosen.textContent(), 'Nothing chosen yet');
      const style = (selector) => page.locator(`${selector} path`).evaluate((p) => {
        const c = getComputedStyle(p);
        return { fill: c.fill, stroke: c.stroke, width: c.strokeWidth };
      });
      const before = await style(`${front} g.region[data-region="left-knee"]`);
      // The visitor's own left knee: on the front figure, on the right of the drawing.
      const knee = await page.locator(`${front} g.region[data-region="left-knee"]`).boundingBox();
      const body = await page.locator(front).boundingBox();
      assert.ok(knee.x > body.x + body.width / 2, 'the left knee is on the right of the front figure');
      // A pointer over a region fills it softly and outlines it.
      await page.locator(`${front} g.region[data-region="left-knee"]`).hover();
      const hovered = await style(`${front} g.region[data-region="left-knee"]`);
      assert.notEqual(hovered.fill, before.fill, 'a hovered region is filled');
      assert.notEqual(hovered.stroke, 'none');
      assert.equal(hovered.width, '2px', 'and outlined');
      await page.locator(`${front} g.region[data-region="left-knee"]`).click();
      await page.mouse.move(0, 0);
      assert.equal(await page.locator('g.region[aria-checked="true"][data-region="left-knee"]').count(), 2, 'on both figures');
      assert.ok(await page.locator('.region-list input[value="left-knee"]').isChecked(), 'ticked in the list');
      assert.equal(await page.locator(`${back} g.region[data-region="left-knee"]`).getAttribute('aria-checked'), 'true');
      // Chosen, not hovered: the accent's fill and a thicker outline in the text's colour.
      const after = await style(`${front} g.region[data-region="left-knee"]`);
      const ink = await page.locator('section.massage-guide').evaluate((el) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--mg-accent-ink)';
        el.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
      assert.equal(after.fill, ink, 'the fill is the accent');
      assert.equal(after.width, '2.5px', 'the outline is thicker');
      assert.equal(after.stroke, await page.locator('section.massage-guide').evaluate((el) => getComputedStyle(el).color), 'in the text colour');
      await page.locator(`${back} g.region[data-region="lower-back"]`).click();
      assert.equal(await chosen.textContent(), 'Chosen: Lower back, Left knee');
      assert.deepEqual(await axe(page), []);
      await screenshot(page, `body-map-${colorScheme}-390`);
      // A second tap takes it back.
      await page.locator(`${back} g.region[data-region="lower-back"]`).click();
      await page.locator(`${front} g.region[data-region="left-knee"]`).click();
      assert.equal(await chosen.textContent(), 'Nothing chosen yet');
      assert.equal(await page.locator('g.region[aria-checked="true"]').count(), 0);
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
      await s.context.close();
    });
  }

  it('the keyboard\'s focus on a region is a box in the focus colour, over its neighbours, on a chosen region too', async () => {
    const s = await where(server.origin, viewports[0]);
    const { page } = s;
    const region = page.locator(`${back} g.region[data-region="lower-back"]`);
    const outline = () => region.evaluate((el) => {
      const c = getComputedStyle(el);
      return `${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor}`;
    });
    await region.click();
    assert.equal((await outline()).split(' ')[0], 'none', 'no box after a tap');
    // Tab from the front figure to the back one, then the arrow keys to the lower back.
    await page.locator(`${front} g.region[tabindex="0"]`).focus();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) {
      if (await region.evaluate((el) => el.getRootNode().activeElement === el)) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await outline(), 'solid 3px rgb(26, 79, 208)');
    await screenshot(page, 'body-map-focus-390');
    await page.keyboard.press('Space');
    assert.equal(await region.getAttribute('aria-checked'), 'false');
    assert.deepEqual(s.errors, []);
    await s.context.close();
  });
});
