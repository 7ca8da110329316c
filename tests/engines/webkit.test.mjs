// The main flow in WebKitGTK (Debian's `webkit2gtk-driver`: WebKitWebDriver and MiniBrowser), on
// an Xvfb display, driven by selenium-webdriver, at 390 and 1280 px (tests/engines/flow.mjs).
// MiniBrowser's window is never narrower than 447 px, so the 390 px phone is an iframe of
// 390 x 844 in a wider window. This file starts Xvfb and the driver, each in a process group of
// its own, and ends both groups (and so the browser) when it ends, also when a test fails or
// the run is interrupted.
import { describe, before, after } from 'node:test';
import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import { Builder } from 'selenium-webdriver';
import { flowTests, locate, ensureScreenshots } from './flow.mjs';

const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const started = new Set();

/** End a process group this file started, at once (also from the `exit` handler, where only
 *  synchronous calls run). */
function end(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
process.on('exit', () => { for (const child of started) end(child, 'SIGKILL'); });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { for (const child of started) end(child, 'SIGKILL'); process.exit(130); });
}

/** Start `command` as the leader of a new process group, remembered for `stop`. */
function launch(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

/** End the group and wait for its leader to be gone (SIGKILL after 5 s). */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  end(child);
  const timer = setTimeout(() => end(child, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Xvfb on the first free display (it writes the number on fd 3). */
async function startXvfb() {
  const xvfb = launch('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  xvfb.stderr.on('data', (d) => { log += d; });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}): ${log}`)));
    setTimeout(() => reject(new Error(`Xvfb did not start in 20 s: ${log}`)), 20_000);
  });
  xvfb.stdio[3].destroy();
  return { xvfb, display };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startDriver(display) {
  const port = await freePort();
  let log = '';
  const driver = launch('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1' },
  });
  driver.stdout.on('data', (d) => { log += d; });
  driver.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver ended (${driver.exitCode}): ${log}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return { driver, url };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer in 20 s: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the main flow in WebKitGTK (MiniBrowser)', () => {
  let xvfb;
  let driverProcess;
  let driver;
  const engine = { id: 'webkit' };
  before(async () => {
    ensureScreenshots();
    for (const binary of ['/usr/bin/Xvfb', '/usr/bin/WebKitWebDriver', MINIBROWSER]) {
      if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: apt-get install xvfb webkit2gtk-driver (cargo xtask test does, as root)`);
    }
    const x = await startXvfb();
    xvfb = x.xvfb;
    const d = await startDriver(x.display);
    driverProcess = d.driver;
    driver = await new Builder()
      .usingServer(d.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    const caps = await driver.getCapabilities();
    console.log(`WebKitGTK: ${caps.get('browserName')} ${caps.get('browserVersion')}`);
  });
  after(async () => {
    try {
      await driver?.quit();
    } finally {
      await stop(driverProcess);
      await stop(xvfb);
    }
  });

  /** The window's size such that the page inside it is `width` x `height`. */
  async function inner(width, height) {
    await driver.switchTo().defaultContent();
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
    const [w, h] = await driver.executeScript('return [innerWidth, innerHeight]');
    if (w !== width || h !== height) {
      await driver.manage().window().setRect({ x: 0, y: 0, width: width * 2 - w, height: height * 2 - h });
    }
  }

  engine.open = async (url, viewport) => {
    // One window for every test: nothing saved by an earlier test on this origin (a port can
    // come round again) may resume here.
    await driver.switchTo().defaultContent();
    await driver.get(new URL('/blank.html', url).href);
    await driver.executeScript('sessionStorage.clear(); localStorage.clear();');
    if (viewport.width >= 447) {
      await inner(viewport.width, viewport.height);
      await driver.get(url);
    } else {
      // The phone: the page in a 390 x 844 iframe, in a window tall enough to show all of it.
      await inner(1000, viewport.height + 100);
      const { origin, pathname, search } = new URL(url);
      const query = new URLSearchParams({ src: pathname + search, width: viewport.width, height: viewport.height });
      await driver.get(`${origin}/frame.html?${query}`);
      const frame = await driver.wait(async () => (await driver.executeScript(
        'const f = document.querySelector("iframe"); return f && f.contentDocument && f.contentDocument.readyState === "complete" ? f : null;',
      )), 20_000, 'the iframe to load');
      await driver.switchTo().frame(frame);
    }
    return {
      engine: 'WebKitGTK',
      // Its driver gives no console: the page's own probe (flow.mjs) records what it would say.
      errors: () => [],
      run: (fn, ...args) => driver.executeScript(fn, ...args),
      async click(selector, text) {
        const element = await driver.executeScript(locate, selector, text);
        if (!element) throw new Error(`WebKitGTK: nothing to tap for ${selector}`);
        await element.click();
      },
      async screenshot(file) {
        fs.writeFileSync(file, await driver.takeScreenshot(), 'base64');
      },
      async close() {
        await driver.switchTo().defaultContent();
        await driver.get('about:blank');
      },
    };
  };

  flowTests(engine);
});
