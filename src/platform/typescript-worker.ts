import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The ES module of tsx's loader API, found through tsx's own export map (its `import` condition). */
function tsxLoaderUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exported = (
    JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports['./esm/api']!.import.default;
  return pathToFileURL(join(dirname(manifest), exported)).href;
}

/**
 * Starts a worker thread on a TypeScript module. A new thread has none of this thread's module
 * hooks, so it registers the TypeScript loader (tsx, as bin/linkwork.js does) before importing it.
 */
export function typeScriptWorker(entry: URL, workerData: unknown): Worker {
  const boot = `import(${JSON.stringify(tsxLoaderUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
