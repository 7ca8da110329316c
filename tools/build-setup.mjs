// Trunk pre-build hook: builds the setup page (setup/index.html, its own WebAssembly) into
// target/setup-dist, which the guide's index.html copies to dist/setup/. A build of its own, so
// the guide's first load never carries the setup page. As for the guide, Trunk writes no inline
// loader but a script tag for start.js, written here (setup/Trunk.toml's pattern_script), so
// the page works under a strict CSP; release builds minify the JS with terser.
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
// Trunk wrote the page with start.js and no `integrity` (setup/Trunk.toml): the glue changes
// below after Trunk hashes it, and an integrity would block it.
const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
if (!/<script [^>]*src="?\.\/start\.js"?/.test(html)) throw new Error("build-setup: setup/index.html does not load start.js (setup/Trunk.toml's pattern_script)");
if (/ integrity=/.test(html)) throw new Error("build-setup: setup/index.html has an integrity attribute (setup/Trunk.toml's no_sri)");
const minified = async (code) => (release ? (await minify(code, { module: true, ecma: 2020 })).code : code);
fs.writeFileSync(path.join(out, glue), await minified(fs.readFileSync(path.join(out, glue), 'utf8')));
fs.writeFileSync(path.join(out, 'start.js'),
  await minified(`import init from './${glue}';\nawait init({ module_or_path: new URL('./${wasm}', import.meta.url) });\n`));
