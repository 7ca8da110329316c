// Trunk post-build hook: writes embed/massage-guide.js (the stable-named loader of the
// <massage-guide> element, pointing at this build's hashed files) and embed/page.js, the
// standalone page's copy, which Trunk's page loads in place of an inline loader (Trunk.toml's
// pattern_script), so both work under a strict CSP (script-src 'self' 'wasm-unsafe-eval';
// style-src 'self').
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

const files = fs.readdirSync(staging);
const find = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} in ${staging}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const bindgen = find(/^massage-guide-[0-9a-f]+\.js$/, 'wasm-bindgen module');
const wasm = find(/^massage-guide-[0-9a-f]+_bg\.wasm$/, 'wasm file');
const styles = find(/^styles-[0-9a-f]+\.css$/, 'stylesheet');
const release = process.env.TRUNK_PROFILE === 'release';

// Trunk's own minifier gives up on wasm-bindgen's `export { … as default }` and leaves the
// glue whole (40 KB); terser takes it to about half the brotli bytes. Release builds only.
const minified = async (code) => (release ? (await minify(code, { module: true, ecma: 2020 })).code : code);
const bindgenPath = path.join(staging, bindgen);
// Nothing imports `initSync` (the loader instantiates the WebAssembly asynchronously): without
// its export terser leaves it and its helpers out, 74 bytes brotli of every first load.
const glue = fs.readFileSync(bindgenPath, 'utf8');
fs.writeFileSync(bindgenPath, await minified(release ? glue.replace("export { initSync, __wbg_init as default };", "export { __wbg_init as default };") : glue));

// The clinic's configuration as every visitor downloads it: without the indentation that
// makes assets/clinic.json easy to edit (57 bytes brotli of the first load). Release builds only.
if (release) {
  const clinicPath = path.join(staging, 'clinic.json');
  fs.writeFileSync(clinicPath, JSON.stringify(JSON.parse(fs.readFileSync(clinicPath, 'utf8'))));
}

// Every language but English, from assets/i18n/<lang>.json to i18n/<lang>-<hash>.json: the
// WebAssembly has only English built in and fetches a catalogue the first time a visitor
// chooses its language.
const i18n = path.join(source, 'assets', 'i18n');
const readCatalogue = (lang) => JSON.parse(fs.readFileSync(path.join(i18n, `${lang}.json`), 'utf8'));
const english = Object.keys(readCatalogue('en'));
const catalogues = {};
fs.mkdirSync(path.join(staging, 'i18n'), { recursive: true });
for (const lang of fs.readdirSync(i18n).map((f) => f.replace(/\.json$/, '')).filter((l) => l !== 'en').sort()) {
  const texts = readCatalogue(lang);
  const missing = english.filter((key) => typeof texts[key] !== 'string');
  if (missing.length) throw new Error(`post-build: assets/i18n/${lang}.json lacks ${missing.join(', ')}`);
  const catalogue = JSON.stringify(texts);
  const name = `${lang}-${crypto.createHash('sha256').update(catalogue).digest('hex').slice(0, 16)}.json`;
  fs.writeFileSync(path.join(staging, 'i18n', name), catalogue);
  catalogues[lang] = `../i18n/${name}`;
}

// The first screen, rendered natively with yew's server renderer from the app's own view
// (examples/prerender.rs): `screen` is the guide's box, `standaloneBar` the bar's content for
// the clinic of assets/clinic.json.
const prerendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
  cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
}));

/**
 * The first screen as a tree the loader builds with `createElement` (no HTML string sink, so
 * a page that requires Trusted Types takes it): an element is `[tag, {attributes}, ...children]`,
 * text a string. `html` is yew's server rendering: quoted attributes, escaped text, no
 * comments; anything else fails the build rather than being read wrong.
 */
function tree(html) {
  const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39|#x27|#\d+|#x[0-9a-f]+);/gi, (_, e) => (
    { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }[e.toLowerCase()]
      ?? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))));
  const root = [];
  const open = [{ children: root }];
  const token = /<\/([a-z][a-z0-9-]*)>|<([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9:-]*(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gy;
  const attribute = /([a-z][a-z0-9:-]*)(?:="([^"]*)")?/g;
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  let match;
  while (token.lastIndex < html.length && (match = token.exec(html))) {
    const [, close, tag, attrs, selfClosing, text] = match;
    const parent = open[open.length - 1];
    if (text !== undefined) parent.children.push(decode(text));
    else if (close) {
      if (open.length < 2 || open.pop().tag !== close) throw new Error(`post-build: </${close}> closes nothing in the first screen`);
    } else {
      // createElement makes HTML elements: an SVG or MathML element would be built wrong.
      if (tag === 'svg' || tag === 'math') throw new Error(`post-build: <${tag}> in the first screen needs createElementNS in the loader`);
      const element = [tag, Object.fromEntries([...attrs.matchAll(attribute)].map(([, k, v]) => [k, decode(v ?? '')]))];
      parent.children.push(element);
      if (!selfClosing && !voids.has(tag)) open.push({ tag, children: element });
    }
  }
  if (token.lastIndex !== html.length || open.length !== 1) throw new Error('post-build: the first screen is not HTML this step can read');
  return root;
}

const template = fs.readFileSync(path.join(source, 'assets', 'embed-loader.js'), 'utf8');
const loader = (firstScreen) => {
  const code = template
    // Replaced by functions: a `$` in the first screen's words is then no pattern.
    .replace("'__BINDGEN__'", () => `'../${bindgen}'`)
    .replace("'__WASM__'", () => `'../${wasm}'`)
    .replace("'__STYLES__'", () => `'../${styles}'`)
    .replace("'__CATALOGUES__'", () => JSON.stringify(catalogues))
    .replace("'__FIRST_SCREEN__'", () => JSON.stringify(firstScreen && tree(firstScreen)));
  if (code.includes("'__")) throw new Error('post-build: a placeholder was left in the loader');
  return minified(code);
};
fs.mkdirSync(path.join(staging, 'embed'), { recursive: true });
// The embed's loader carries the first screen; the standalone page's declares it in its HTML,
// so its own copy of the loader leaves it out (no visitor downloads it twice).
fs.writeFileSync(path.join(staging, 'embed', 'massage-guide.js'), await loader(prerendered.screen));
fs.writeFileSync(path.join(staging, 'embed', 'page.js'), await loader(''));
// The notes for the site owner, loaded by the loader only with `debug`.
fs.writeFileSync(path.join(staging, 'embed', 'debug.js'), await minified(fs.readFileSync(path.join(source, 'assets', 'embed-debug.js'), 'utf8')));

// Trunk wrote the page with our script in place of its inline loader, the glue and the
// WebAssembly preloaded, and no `integrity` (Trunk.toml: pattern_script, pattern_preload,
// no_sri): the glue changes here after Trunk hashes it, and an integrity would block it.
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
if (!/<script [^>]*src="?\.\/embed\/page\.js"?/.test(html)) throw new Error("post-build: index.html does not load embed/page.js (Trunk.toml's pattern_script)");
if (/ integrity=/.test(html)) throw new Error("post-build: index.html has an integrity attribute (Trunk.toml's no_sri)");
// The element's shadow root, declared in the page with the first screen and its stylesheet, so
// it paints with the HTML; the bar's content is the element's own (light DOM) content.
const element = /(<massage-guide\b[^>]*>)\s*(<\/massage-guide>)/;
if (!element.test(html)) throw new Error('post-build: an empty <massage-guide> element was not found in index.html');
const shadowRoot = `<template shadowrootmode=open><link rel=stylesheet href="./${styles}">${prerendered.screen}</template>`;
fs.writeFileSync(indexPath, html
  .replace(element, (_, open, close) => `${open}${shadowRoot}${prerendered.standaloneBar}${close}`));
console.log(`post-build: embed/massage-guide.js -> ${bindgen}, ${wasm}, ${styles}, ${Object.values(catalogues).join(', ')}`);
