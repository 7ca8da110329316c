// Trunk post-build hook: writes embed/massage-guide.js (the stable-named loader of the
// <massage-guide> element, pointing at this build's hashed files) and replaces Trunk's inline
// loader in index.html with that external script, so both work under a strict CSP
// (script-src 'self' 'wasm-unsafe-eval'; style-src 'self').
import fs from 'node:fs';
import path from 'node:path';

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

const template = fs.readFileSync(path.join(source, 'assets', 'embed-loader.js'), 'utf8');
const loader = template
  .replace("'__BINDGEN__'", `'../${bindgen}'`)
  .replace("'__WASM__'", `'../${wasm}'`)
  .replace("'__STYLES__'", `'../${styles}'`);
if (loader.includes('__')) throw new Error('post-build: a placeholder was left in the loader');
fs.mkdirSync(path.join(staging, 'embed'), { recursive: true });
fs.writeFileSync(path.join(staging, 'embed', 'massage-guide.js'), loader);

// Trunk's loader is an inline <script type=module> (minified or not); the page loads ours.
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>[^<]*?import init, \* as bindings[\s\S]*?<\/script>/;
if (!inline.test(html)) throw new Error("post-build: Trunk's inline loader was not found in index.html");
fs.writeFileSync(indexPath, html.replace(inline, '<script type="module" src="./embed/massage-guide.js"></script>'));
console.log(`post-build: embed/massage-guide.js -> ${bindgen}, ${wasm}, ${styles}`);
