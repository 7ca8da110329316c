// The main flow in Firefox ESR (Debian's `firefox-esr`), driven by puppeteer-core over WebDriver
// BiDi, headless, at 390 and 1280 px (tests/engines/flow.mjs). FIREFOX_PATH: another binary.
import { describe, before, after } from 'node:test';
import puppeteer from 'puppeteer-core';
import { flowTests, locate, ensureScreenshots } from './flow.mjs';

describe('the main flow in Firefox ESR', () => {
  let browser;
  const engine = { id: 'firefox' };
  before(async () => {
    ensureScreenshots();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
    });
    console.log(`Firefox: ${await browser.version()}`);
  });
  after(async () => {
    await browser?.close();
  });

  /** A page in a context of its own, `viewport` wide, on `url`. */
  engine.open = async (url, viewport) => {
    const context = await browser.createBrowserContext();
    const errors = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      await page.setViewport({ width: viewport.width, height: viewport.height });
      await page.goto(url);
      return {
        engine: 'Firefox',
        errors: () => errors,
        run: (fn, ...args) => page.evaluate(fn, ...args),
        async click(selector, text) {
          const handle = await page.evaluateHandle(locate, selector, text);
          const element = handle.asElement();
          if (!element) throw new Error(`Firefox: nothing to tap for ${selector}`);
          await element.click();
          await handle.dispose();
        },
        screenshot: (file) => page.screenshot({ path: file, fullPage: true }),
        close: () => context.close(),
      };
    } catch (err) {
      await context.close();
      throw err;
    }
  };

  flowTests(engine);
});
