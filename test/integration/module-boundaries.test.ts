import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * The modules' rows, top to bottom (docs/ARCHITECTURE.md, "The dependency rule"): a module imports only from
 * the rows above it and from the modules before it in its own row.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['audit', 'codes', 'organisations', 'settings', 'system', 'integrations', 'case-records', 'risk-language'],
  ['api-clients', 'auth', 'users', 'schemes'],
  ['notifications', 'patients', 'scheme-settings'],
  ['training', 'allocation', 'deprivation', 'practice-lists', 'outcomes'],
  ['support'],
  ['lone-working', 'risk', 'safeguarding'],
  ['referrals', 'onward-referrals', 'cases'],
  ['directory', 'fhir', 'reports'],
];

function cruise(outputType: string): Promise<string> {
  return run(
    process.execPath,
    [
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      'src',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      outputType,
    ],
    { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  ).then(
    (r) => r.stdout,
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${error.stderr ?? ''}${error.stdout ?? ''}`);
    },
  );
}

const moduleOf = (path: string) => /^src\/modules\/[^/]+\/([^/]+)\//.exec(path)?.[1];

/** The rule `npm run lint` enforces, run by the suite too, so every clean run checks it (docs/ARCHITECTURE.md). */
describe('the module boundaries', () => {
  it('hold: every module used through its front door, platform independent of modules, no import cycle', async () => {
    expect(await cruise('err-long')).toContain('no dependency violations found');
  }, 150_000);

  it('follow the rows of the architecture: every module is in one row, and imports only from above or before it', async () => {
    const order = new Map(LAYERS.flat().map((name, i) => [name, i]));
    // src/modules/<group>/<module>/: a group only gathers modules.
    const folders = readdirSync('src/modules', { withFileTypes: true })
      .filter((group) => group.isDirectory())
      .flatMap((group) =>
        readdirSync(`src/modules/${group.name}`, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name),
      );
    expect(
      folders.filter((name) => !order.has(name)),
      'modules missing from LAYERS',
    ).toEqual([]);
    expect(
      [...order.keys()].filter((name) => !folders.includes(name)),
      'LAYERS names a module that is gone',
    ).toEqual([]);

    const graph = JSON.parse(await cruise('json')) as {
      modules: { source: string; dependencies: { resolved: string }[] }[];
    };
    const upward = new Set<string>();
    for (const file of graph.modules) {
      const from = moduleOf(file.source);
      if (!from) continue;
      for (const dependency of file.dependencies) {
        const to = moduleOf(dependency.resolved);
        if (to && to !== from && order.get(to)! > order.get(from)!) upward.add(`${file.source} → ${to}`);
      }
    }
    expect([...upward], 'imports from a module below or after the importer').toEqual([]);
  }, 150_000);
});
