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
const glue = shortenNames(path.join(staging, wasm), fs.readFileSync(bindgenPath, 'utf8'));
fs.writeFileSync(bindgenPath, await minified(release ? glue.replace("export { initSync, __wbg_init as default };", "export { __wbg_init as default };") : glue));

/**
 * wasm-bindgen names each function the WebAssembly imports after the browser call and a hash,
 * `__wbg_setAttribute_f75317b2b5cabfb4`, once in the WebAssembly's import section and once as
 * a key of the glue's import object: 156 names whose 16 hex digits do not compress, 4 KB brotli
 * of every first load (docs/performance.md). Its exports are long too
 * (`wasm_bindgen__convert__closures_____invoke__h81749474dba0e2ff`), each used by the glue as
 * `wasm.<name>`. Both get short names here, the same in each file (imports `0`, `1`, ... `4b`;
 * exports `_0`, `_1`, ...): the two sections are rewritten name by name, every other byte kept,
 * and each import must be a key of the glue exactly once, or the build fails (an export the
 * glue does not use keeps its name).
 */
function shortenNames(wasmPath, glue) {
  const bytes = fs.readFileSync(wasmPath);
  const leb = (at) => { // an unsigned LEB128 at `at`: [value, next position]
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, at];
  };
  const writeLeb = (value) => {
    const out = [];
    do { let byte = value % 128; value = Math.floor(value / 128); if (value) byte |= 0x80; out.push(byte); } while (value);
    return Buffer.from(out);
  };
  const name = (at) => { const [length, start] = leb(at); return [bytes.toString('utf8', start, start + length), start + length]; };
  const literally = (text) => text.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
  const renamed = []; // every name given a short one: none may be left in the glue
  const text = (value) => { const b = Buffer.from(value, 'utf8'); return Buffer.concat([writeLeb(b.length), b]); };
  // Each import: module, name, then its kind, 0 for a function, and a type index.
  const imports = (start, count) => {
    const out = [];
    let pos = start, next = 0;
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = name(pos);
      const [field, afterField] = name(afterModule);
      // Functions only: anything else is a layout this step does not know.
      if (bytes[afterField] !== 0) throw new Error(`post-build: import ${module} ${field} is not a function`);
      const end = leb(afterField + 1)[1];
      let short = field;
      if (module === './massage-guide_bg.js') {
        short = (next++).toString(36);
        renamed.push(field);
        const key = new RegExp(`(?<=[\\s{,])${literally(field)}(?=:)`, 'g');
        const found = glue.match(key)?.length ?? 0;
        if (found !== 1) throw new Error(`post-build: ${field} is a key of the glue ${found} times, not once`);
        glue = glue.replace(key, `"${short}"`);
      }
      out.push(text(module), text(short), bytes.subarray(afterField, end));
      pos = end;
    }
    return [out, pos];
  };
  // Each export: name, its kind (one byte) and index.
  const exports = (start, count) => {
    const out = [];
    let pos = start;
    for (let i = 0; i < count; i++) {
      const [field, afterField] = name(pos);
      const end = leb(afterField + 1)[1];
      // One the glue does not use (`main`) keeps its name.
      const use = new RegExp(`(?<=\\bwasm\\.)${literally(field)}\\b`, 'g');
      const short = glue.match(use) ? `_${i.toString(36)}` : field;
      if (short !== field) renamed.push(field);
      glue = glue.replace(use, short);
      out.push(text(short), bytes.subarray(afterField, end));
      pos = end;
    }
    return [out, pos];
  };
  const out = [bytes.subarray(0, 8)]; // the magic number and version
  const seen = new Set();
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, start] = leb(at + 1);
    let content = bytes.subarray(start, start + size);
    if (id === 2 || id === 7) {
      const [count, first] = leb(start);
      const [items, end] = (id === 2 ? imports : exports)(first, count);
      if (end !== start + size) throw new Error(`post-build: section ${id} was not read to its end`);
      content = Buffer.concat([writeLeb(count), ...items]);
      seen.add(id);
    }
    out.push(Buffer.from([id]), writeLeb(content.length), content);
    at = start + size;
  }
  if (seen.size !== 2) throw new Error('post-build: the WebAssembly lacks an import or an export section');
  // A use written another way (`wasm["…"]`, `instance.exports.…`) would still name the old one.
  const left = renamed.filter((field) => new RegExp(`[.'"\`]${literally(field)}\\b`).test(glue));
  if (left.length) throw new Error(`post-build: the glue still names ${left.join(', ')}`);
  fs.writeFileSync(wasmPath, Buffer.concat(out));
  return glue;
}

// The clinic's configuration as every visitor downloads it: without the indentation that
// makes assets/clinic.json easy to edit (57 bytes brotli of the first load). Release builds only.
if (release) {
  const clinicPath = path.join(staging, 'clinic.json');
  fs.writeFileSync(clinicPath, JSON.stringify(JSON.parse(fs.readFileSync(clinicPath, 'utf8'))));
}

// The first screen, rendered natively with yew's server renderer from the app's own view
// (examples/prerender.rs): `screen` is the guide's box, `firstQuestion` the main part of the
// screen Start leads to, `firstEmergency` the top of the emergency screen Next leads to with a
// sign of it ticked, `standaloneBar` the bar's content for
// the clinic of assets/clinic.json, `languages` the codes of `Lang` (generated by build.rs from
// the files of assets/i18n/), English first.
const prerendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
  cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
}));

// Every language but English, from assets/i18n/<lang>.json to i18n/<lang>-<hash>.json: the
// WebAssembly has only English built in and fetches a catalogue the first time a visitor
// chooses its language. The loader learns the languages from this map.
const i18n = path.join(source, 'assets', 'i18n');
const readCatalogue = (lang) => JSON.parse(fs.readFileSync(path.join(i18n, `${lang}.json`), 'utf8'));
// The keys in the order of `Key`, as the guide numbers its texts.
const english = prerendered.keys;
const catalogues = {};
fs.mkdirSync(path.join(staging, 'i18n'), { recursive: true });
for (const lang of prerendered.languages.filter((l) => l !== 'en')) {
  const texts = readCatalogue(lang);
  const missing = english.filter((key) => typeof texts[key] !== 'string');
  if (missing.length) throw new Error(`post-build: assets/i18n/${lang}.json lacks ${missing.join(', ')}`);
  // The texts alone, in the order of `Key`, so the WebAssembly
  // reads a catalogue by position and carries no key names (docs/performance.md).
  const catalogue = JSON.stringify(english.map((key) => texts[key]));
  const name = `${lang}-${crypto.createHash('sha256').update(catalogue).digest('hex').slice(0, 16)}.json`;
  fs.writeFileSync(path.join(staging, 'i18n', name), catalogue);
  catalogues[lang] = `../i18n/${name}`;
}

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

// The notes for the site owner, loaded by the loader only with `debug`.
fs.mkdirSync(path.join(staging, 'embed'), { recursive: true });
fs.writeFileSync(path.join(staging, 'embed', 'debug.js'), await minified(fs.readFileSync(path.join(source, 'assets', 'embed-debug.js'), 'utf8')));

// Every file the loader fetches, with its hash (subresource integrity), by its address from
// embed/: the loader checks each, so a file changed after the build is refused.
const sri = (file) => `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(staging, 'embed', file))).digest('base64')}`;
const integrity = Object.fromEntries([`../${bindgen}`, `../${wasm}`, `../${styles}`, ...Object.values(catalogues), 'debug.js']
  .map((file) => [file, sri(file)]));

const template = fs.readFileSync(path.join(source, 'assets', 'embed-loader.js'), 'utf8');
const loader = (firstScreen, firstQuestion, firstEmergency, hashes) => {
  const code = template
    // Replaced by functions: a `$` in the first screen's words is then no pattern.
    .replace("'__BINDGEN__'", () => `'../${bindgen}'`)
    .replace("'__WASM__'", () => `'../${wasm}'`)
    .replace("'__STYLES__'", () => `'../${styles}'`)
    .replace("'__CATALOGUES__'", () => JSON.stringify(catalogues))
    .replace("'__INTEGRITY__'", () => JSON.stringify(hashes))
    .replace("'__FIRST_SCREEN__'", () => JSON.stringify(firstScreen && tree(firstScreen)))
    .replace("'__FIRST_QUESTION__'", () => JSON.stringify(firstQuestion && tree(firstQuestion)))
    .replace("'__FIRST_EMERGENCY__'", () => JSON.stringify(firstEmergency && tree(firstEmergency)));
  if (code.includes("'__")) throw new Error('post-build: a placeholder was left in the loader');
  return minified(code);
};
// The embed's loader carries the first screen, the first question and the emergency's top; the standalone page's
// declares them in its HTML, so its own copy of the loader leaves them out (no visitor
// downloads them twice).
// Only the embed's loader checks hashes: the standalone page comes from the same place as the
// files it loads, so a hash in it guards against nothing that could not change the page too
// (docs/security.md), and it would cost every visitor 0.4 KB of incompressible bytes.
fs.writeFileSync(path.join(staging, 'embed', 'massage-guide.js'), await loader(prerendered.screen, prerendered.firstQuestion, prerendered.firstEmergency, integrity));
fs.writeFileSync(path.join(staging, 'embed', 'page.js'), await loader('', '', '', {}));
// The setup page gives the snippet with the loader's own hash: the page that pastes it then
// refuses a loader changed after this build, as the loader refuses the files it fetches.
const setupPath = path.join(staging, 'setup', 'index.html');
if (fs.existsSync(setupPath)) {
  const setup = fs.readFileSync(setupPath, 'utf8');
  if (!/<title>/.test(setup)) throw new Error('post-build: setup/index.html has no <title>');
  fs.writeFileSync(setupPath, setup.replace(/<title>/, () => `<meta name="massage-guide-loader" content="${sri('massage-guide.js')}"><title>`));
}

// Trunk wrote the page with our script in place of its inline loader, the glue preloaded, and
// no `integrity` (Trunk.toml: pattern_script, pattern_preload,
// no_sri): the glue changes here after Trunk hashes it, and an integrity would block it.
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
if (!/<script [^>]*src="?\.\/embed\/page\.js"?/.test(html)) throw new Error("post-build: index.html does not load embed/page.js (Trunk.toml's pattern_script)");
if (/ integrity=/.test(html)) throw new Error("post-build: index.html has an integrity attribute (Trunk.toml's no_sri)");
// The element's shadow root, declared in the page with the first screen and its stylesheet, so
// it paints with the HTML, and the first question in a template, which the loader shows the
// moment Start is tapped, and the emergency screen's top, for Next with a sign ticked; the bar's
// content is the element's own (light DOM) content.
const element = /(<massage-guide\b[^>]*>)\s*(<\/massage-guide>)/;
if (!element.test(html)) throw new Error('post-build: an empty <massage-guide> element was not found in index.html');
const shadowRoot = `<template shadowrootmode=open><link rel=stylesheet href="./${styles}">${prerendered.screen}<template data-first-question>${prerendered.firstQuestion}</template><template data-first-emergency>${prerendered.firstEmergency}</template></template>`;
fs.writeFileSync(indexPath, html
  .replace(element, (_, open, close) => `${open}${shadowRoot}${prerendered.standaloneBar}${close}`));
console.log(`post-build: embed/massage-guide.js -> ${bindgen}, ${wasm}, ${styles}, ${Object.values(catalogues).join(', ')}`);
