// Trunk pre-build hook: builds the setup page (setup/index.html, its own WebAssembly) into
// target/setup-dist, which the guide's index.html copies to dist/setup/. A build of its own, so
// the guide's first load never carries the setup page.
import { spawnSync } from 'node:child_process';

const release = process.env.TRUNK_PROFILE === 'release';
const args = ['build', '--config', 'setup/Trunk.toml', '--offline', ...(release ? ['--release'] : [])];
const run = spawnSync('trunk', args, { stdio: 'inherit', cwd: process.env.TRUNK_SOURCE_DIR ?? '.' });
if (run.status !== 0) throw new Error(`build-setup: trunk ${args.join(' ')} failed`);
