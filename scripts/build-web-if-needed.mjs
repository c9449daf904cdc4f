#!/usr/bin/env node
// Builds the browser app (web/ → web/dist/) only when the build is missing or older than its sources,
// so `npm start` stays fast. Run by `npm start` before the server starts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const builtIndex = join(web, 'dist', 'index.html');
const configFile = join(web, 'vite.config.ts');

/** The newest modification time among a file or everything below a folder. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(builtIndex)) return 'no build found';
  const builtAt = statSync(builtIndex).mtimeMs;
  const sourcesAt = Math.max(
    newestMtime(join(web, 'src')),
    newestMtime(join(web, 'index.html')),
    newestMtime(configFile),
  );
  return sourcesAt > builtAt ? 'sources changed since the last build' : null;
}

const reason = needsBuild();
if (!reason) {
  console.log('web: build is up to date (web/dist)');
} else {
  console.log(`web: building the browser app (${reason})…`);
  const { build } = await import('vite');
  try {
    await build({ configFile, root: web, logLevel: 'warn' });
  } catch (error) {
    console.error('web: the browser app failed to build');
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
