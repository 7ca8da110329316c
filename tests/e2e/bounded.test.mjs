// Bounded reading: a value nested thousands of levels deep, from any of the ways a
// configuration or saved progress reaches the guide, is cut and named before anything reads
// it. It once threw "Maximum call stack size exceeded" through the WebAssembly: the guide was
// 0 px with no phone, and another guide on the same page froze.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, viewports, openPage, heading, dist, STRICT_CSP } from './harness.mjs';

const viewport = viewports[0];
const deep = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;

// About 10 MB: 49,940 good articles, then 60 with a link that is refused. Reading once went
// through the whole document again after each refused value: 11.8 s at 4x CPU.
const GOOD = 49_940;
const bigConfiguration = JSON.stringify({
  name: 'Big File Clinic',
  articles: [
    ...Array.from({ length: GOOD }, (_, i) => ({
      title: `Article ${i}`,
      summary: `A summary of article ${i}, long enough to be like a clinic's own: what helps, what to expect, and when to call us about it.`,
      tags: ['posture'],
    })),
    ...Array.from({ length: 60 }, (_, i) => ({ title: `Bad ${i}`, url: `javascript:alert(${i})` })),
  ],
});

function page(body) {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep</title>
<script type="module" src="/guide/embed/massage-guide.js"></script></head><body>${body}</body></html>`);
  };
}

describe('bounded reading', () => {
  let moved = 0;
  let server;
  let browser;
  before(async () => {
    server = await serve({
      csp: true,
      mounts: { '/guide/': dist, '/': dist },
      routes: {
        '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
        '/property.html': page(`<massage-guide id="circular"><a href="tel:+12125550100">(212) 555-0100</a></massage-guide>
<massage-guide id="big"><a href="tel:+12125550101">(212) 555-0101</a></massage-guide>
<massage-guide id="throws" debug><a href="tel:+12125550102">(212) 555-0102</a></massage-guide>
<script type="module" src="/property.js"></script>`),
        '/property.js': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(`const circular = { name: 'Loop Clinic' }; circular.self = circular;
document.getElementById('circular').configuration = circular;
document.getElementById('big').configuration = { name: 'Big Clinic', phone: 10n };
document.getElementById('throws').configuration = { toJSON() { throw new Error('no'); } };`);
        },
        // The inline guide is answered; on the reload a guide stands before the others (an
        // editor moved a block): each keeps its own progress.
        '/moved.html': (req, res) => {
          moved += 1;
          const added = moved > 1 ? '<massage-guide config="/guide/clinic.json"><a href="tel:+12125550103">(212) 555-0103</a></massage-guide>' : '';
          page(`${added}
<massage-guide id="second-guide" config="/guide/clinic.json"><a href="tel:+12125550101">(212) 555-0101</a></massage-guide>
<massage-guide><a href="tel:+12125550102">(212) 555-0102</a>
<script type="application/json">{"name": "Inline Clinic"}</script></massage-guide>`)(req, res);
        },
        '/big.json': (req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(bigConfiguration);
        },
        '/big.html': page(`<massage-guide config="/big.json" debug><a href="tel:+12125550100">(212) 555-0100</a></massage-guide>
<script type="module" src="/big.js"></script>`),
        // When the clinic's name shows, against when the file had arrived (the page's clock).
        '/big.js': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(`const look = () => {
  const bar = document.querySelector('massage-guide')?.shadowRoot?.querySelector('.clinic-bar');
  if (bar?.textContent.includes('Big File Clinic')) {
    const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/big.json'));
    window.readIn = performance.now() - file.responseEnd;
  } else requestAnimationFrame(look);
};
requestAnimationFrame(look);`);
        },
        // The same 5,000 levels given as the element's \`configuration\` property (an object
        // the loader writes as JSON), beside a guide configured plainly.
        '/deep-property.html': page(`<massage-guide id="deep"><a href="tel:+12125550100">(212) 555-0100</a></massage-guide>
<massage-guide id="plain"><a href="tel:+12125550101">(212) 555-0101</a></massage-guide>
<script type="module" src="/deep-property.js"></script>`),
        '/deep-property.js': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(`let phone = [];
for (let i = 0; i < 5000; i += 1) phone = [phone];
document.getElementById('deep').configuration = { name: 'Deep Clinic', phone };
document.getElementById('plain').configuration = { name: 'Plain Clinic', phone: '212-555-0101' };`);
        },
        '/two-guides.html': page(`
<massage-guide id="deep" debug><a href="tel:+12125550100">(212) 555-0100</a>
<script type="application/json">{"name": "Deep Clinic", "phone": ${deep(5000)}}</script></massage-guide>
<massage-guide id="plain"><a href="tel:+12125550101">(212) 555-0101</a>
<script type="application/json">{"name": "Plain Clinic", "phone": "212-555-0101"}</script></massage-guide>`),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a configuration value 5,000 levels deep in the element: named, and both guides on the page work', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.goto(`${server.origin}/two-guides.html`);
    const deepGuide = s.page.locator('#deep');
    const plain = s.page.locator('#plain');
    await deepGuide.locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
    await plain.locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
    // The rest of the deep configuration is kept: its name, and a phone to call.
    await deepGuide.locator('.clinic-bar', { hasText: 'Deep Clinic' }).waitFor();
    await deepGuide.locator('a[href^="tel:"]:visible').first().waitFor();
    // With debug, the clinic sees which field and why.
    await deepGuide.locator('.config-notice', { hasText: 'phone' }).waitFor();
    assert.match(await deepGuide.locator('.config-notice').innerText(), /levels deep/);
    await plain.locator('.clinic-bar', { hasText: 'Plain Clinic' }).waitFor();
    await plain.locator('a[href="tel:+12125550101"]:visible').first().waitFor();
    // Both still answer: the deep one starts its questions, and so does the other.
    await deepGuide.getByRole('button', { name: 'Start the questions' }).click();
    await deepGuide.locator('h2', { hasText: 'safety check' }).waitFor();
    await plain.getByRole('button', { name: 'Start the questions' }).click();
    await plain.locator('h2', { hasText: 'safety check' }).waitFor();
    assert.ok((await deepGuide.boundingBox()).height > 300, 'the deep guide is not blank');
    assert.deepEqual(s.errors.filter((e) => /call stack|RangeError|unreachable/i.test(e)), []);
    await s.context.close();
  });

  it('a configuration property 5,000 levels deep: the host\'s number kept, and both guides on the page work', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.goto(`${server.origin}/deep-property.html`);
    const deepGuide = s.page.locator('#deep');
    const plain = s.page.locator('#plain');
    await deepGuide.locator('.clinic-bar', { hasText: 'Deep Clinic' }).waitFor();
    await plain.locator('.clinic-bar', { hasText: 'Plain Clinic' }).waitFor();
    // The deep phone is refused: the page's own link inside the element stands in.
    const numbers = (guide) => guide.locator('a[href^="tel:"]:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => h !== 'tel:911'));
    assert.deepEqual([...new Set(await numbers(deepGuide))], ['tel:+12125550100']);
    assert.deepEqual([...new Set(await numbers(plain))], ['tel:+12125550101']);
    for (const guide of [deepGuide, plain]) {
      await guide.getByRole('button', { name: 'Start the questions' }).click();
      await guide.locator('h2', { hasText: 'safety check' }).waitFor();
    }
    assert.ok((await deepGuide.boundingBox()).height > 300, 'the deep guide is not blank');
    assert.deepEqual(s.errors.filter((e) => /call stack|RangeError|unreachable/i.test(e)), []);
    await s.context.close();
  });

  it('a 10 MB configuration with 60 bad values at its end is read in one pass, in under 0.5 s at 4x CPU', async () => {
    // The best of up to three cold loads: what another job on the machine adds to a reading
    // (CI's runs have taken twice the usual 280 ms) is not the reader's. One that re-read the
    // document per refused value took 11.8 s.
    const reads = [];
    let s;
    for (let attempt = 0; attempt < 3 && !(Math.min(...reads) < 500); attempt++) {
      await s?.context.close();
      s = await openPage(browser, server.origin, viewport);
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await s.page.goto(`${server.origin}/big.html`);
      await s.page.waitForFunction(() => window.readIn !== undefined, null, { timeout: 60_000 });
      const shown = await s.page.evaluate(() => window.readIn);
      // The reading itself, as the guide marks it: parsed, every value checked, problems named.
      const read = await s.page.evaluate(() => {
        const [start] = performance.getEntriesByName('massage-guide:read');
        const [end] = performance.getEntriesByName('massage-guide:read-end');
        return end.startTime - start.startTime;
      });
      reads.push(read);
      console.log(`# 10 MB configuration (${(bigConfiguration.length / 1e6).toFixed(1)} MB), 60 bad values, 4x CPU: read in ${read.toFixed(0)} ms; shown ${shown.toFixed(0)} ms after it arrived`);
    }
    assert.ok(Math.min(...reads) < 500, `read in ${reads.map((r) => r.toFixed(0)).join(', ')} ms`);
    // Each refused value is named as the file numbers it; the good articles are kept.
    const notice = await s.page.locator('.config-notice').innerText();
    assert.match(notice, new RegExp(`articles\\[${GOOD}\\]\\.url`), notice);
    assert.match(notice, new RegExp(`articles\\[${GOOD + 49}\\]\\.url`), notice);
    assert.match(notice, /and 10 more/, notice);
    await s.context.close();
  });

  it('a configuration property that cannot be JSON (circular, BigInt, a throwing toJSON): named, each guide kept', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.goto(`${server.origin}/property.html`);
    for (const [id, own] of [['circular', '+12125550100'], ['big', '+12125550101'], ['throws', '+12125550102']]) {
      const guide = s.page.locator(`#${id}`);
      await guide.locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
      // Each keeps the number its page put inside it, and no other.
      await guide.locator(`a[href="tel:${own}"]:visible`).first().waitFor();
      const shown = await guide.locator('a[href^="tel:"]:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(shown.filter((h) => h !== 'tel:911' && h !== `tel:${own}`), [], `${id}: ${shown}`);
      await guide.getByRole('button', { name: 'Start the questions' }).click();
      await guide.locator('h2', { hasText: 'safety check' }).waitFor();
    }
    const named = s.errors.filter((e) => e.includes('configuration property cannot be read as JSON'));
    assert.equal(named.length, 3, s.errors.join('\n'));
    // With `debug`, the page names the cause too, and nothing else: the built-in content is good.
    const notice = await s.page.locator('#throws .config-notice').innerText();
    assert.match(notice, /configuration property cannot be read as JSON \(no\); the guide shows its built-in content/);
    assert.doesNotMatch(notice, /must be|JSON object/);
    // A cause the browser words on several lines (a circle) is one note, on one line.
    const circle = await s.page.locator('#circular').evaluate((guide) => guide.notes());
    assert.match(circle, /^the configuration property cannot be read as JSON \(Converting circular structure to JSON --> .*closes the circle\); the guide shows its built-in content$/);
    // Set again to JSON that reads, the guide shows it, and the note is gone.
    await s.page.evaluate(() => { document.getElementById('throws').configuration = '{"name": "Mended Clinic"}'; });
    await s.page.locator('#throws .clinic-name', { hasText: 'Mended Clinic' }).waitFor();
    assert.equal(await s.page.locator('#throws .config-notice').count(), 0, 'no note left');
    await s.context.close();
  });

  it('a guide added before others on the page: each keeps its own saved progress', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.page.goto(`${server.origin}/moved.html`);
    const guides = s.page.locator('massage-guide');
    await guides.nth(1).locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
    // The inline one (third) goes to the safety check; the second stays at its start.
    await guides.nth(1).getByRole('button', { name: 'Start the questions' }).click();
    await guides.nth(1).locator('h2', { hasText: 'safety check' }).waitFor();
    await s.page.reload();
    // Now a guide stands first: the inline one is third, and still on its own step.
    assert.equal(await guides.count(), 3);
    await guides.nth(0).locator('h2', { hasText: 'Which massage is right for you?' }).waitFor();
    await guides.nth(2).locator('h2', { hasText: 'safety check' }).waitFor();
    assert.equal(await guides.nth(1).locator('h2', { hasText: 'Which massage is right for you?' }).count(), 1);
    await s.context.close();
  });

  it('clinic.json with a value 5,000 levels deep: the guide reaches its result', async () => {
    const s = await openPage(browser, server.origin, viewport);
    await s.context.route('**/clinic.json', (route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: `{"name": "Deep File Clinic", "phone": ${deep(5000)}, "crisis_line": "988"}`,
    }));
    await s.page.goto(`${server.origin}/`);
    await heading(s.page, 'Which massage is right for you?');
    await s.page.getByRole('button', { name: 'No pain: I just want to relax' }).click();
    await heading(s.page, 'safety check');
    await s.page.locator('button.none-of-these:visible').click();
    await heading(s.page, 'Your health');
    await s.page.getByRole('button', { name: 'Next' }).click();
    await heading(s.page, 'What would you like');
    await s.page.getByRole('button', { name: 'See my result' }).click();
    await heading(s.page, 'general (relaxation) massage');
    assert.ok(await s.page.getByText('Deep File Clinic').first().isVisible());
    assert.deepEqual(s.errors.filter((e) => /call stack|RangeError|unreachable/i.test(e)), []);
    await s.context.close();
  });

  it('saved progress 5,000 levels deep is refused, and the guide starts afresh on every reload', async () => {
    const s = await openPage(browser, server.origin, viewport);
    const saved = `{"version":3,"state":{"step":"goals","answers":{"goals":${deep(5000)}}}}`;
    await s.page.addInitScript((text) => sessionStorage.setItem('massage-guide:/:clinic.json', text), saved);
    for (let i = 0; i < 2; i++) {
      await s.page.goto(`${server.origin}/`);
      await heading(s.page, 'Which massage is right for you?');
      await s.page.getByRole('button', { name: 'Start the questions' }).click();
      await heading(s.page, 'safety check');
    }
    assert.deepEqual(s.errors.filter((e) => /call stack|RangeError|unreachable/i.test(e)), []);
    await s.context.close();
  });
});
