// Trunk pre-build hook: builds the setup page (setup/index.html, its own WebAssembly) into
// target/setup-dist, which the guide's index.html copies to dist/setup/. A build of its own, so
// the guide's first load never carries the setup page. As for the guide (post-build.mjs),
// Trunk's inline loader is replaced by a script file, so the page works under a strict CSP,
// and release builds minify the JS with terser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const release = process.env.TRUNK_PROFILE === 'release';
const args = ['build', '--config', 'setup/Trunk.toml', '--offline', ...(release ? ['--release'] : [])];
const run = spawnSync('trunk', args, { stdio: 'inherit', cwd: source });
if (run.status !== 0) throw new Error(`build-setup: trunk ${args.join(' ')} failed`);

const out = path.join(source, 'target', 'setup-dist');
const files = fs.readdirSync(out);
const glue = files.find((f) => /^setup-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^setup-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) throw new Error(`build-setup: no setup glue or wasm in ${out}: ${files.join(', ')}`);
const minified = async (code) => (release ? (await minify(code, { module: true, ecma: 2020 })).code : code);
fs.writeFileSync(path.join(out, glue), await minified(fs.readFileSync(path.join(out, glue), 'utf8')));
fs.writeFileSync(path.join(out, 'start.js'),
  await minified(`import init from './${glue}';\nawait init({ module_or_path: new URL('./${wasm}', import.meta.url) });\n`));

const indexPath = path.join(out, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>[^<]*?import init, \* as bindings[\s\S]*?<\/script>/;
if (!inline.test(html)) throw new Error("build-setup: Trunk's inline loader was not found in setup/index.html");
fs.writeFileSync(indexPath, html.replace(inline, '<script type="module" src="./start.js"></script>'));
