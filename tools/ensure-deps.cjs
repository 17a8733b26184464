// Installs the npm dependencies when they are missing or older than the lockfile, so that
// `npm start` and `npm test` work on a fresh clone. Plain JavaScript: it runs before anything
// that needs node_modules (the TypeScript runner itself lives there).
const { execFileSync } = require('node:child_process');
const { existsSync, lstatSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

const modules = path.join(root, 'node_modules');
if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
  // `npm ci` empties node_modules first: through a link (a second worktree sharing another
  // checkout's dependencies) it would wipe that checkout's install. Leave it to its owner.
  console.log(`duban: node_modules is a link to another checkout's; not reinstalling it (run npm ci there if it is stale).`);
} else if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('duban: installing npm dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
