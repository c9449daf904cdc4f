import { fileURLToPath } from 'node:url';
import type { AppContext } from '../context.ts';
import { importDeprivation, readImdFile } from '../modules/reporting/deprivation/index.ts';

/** The fictional Indices of Deprivation of Lakeside's LSOAs, in the File 1 layout: IoD2019 (2011 codes) and IoD2025. */
export const LAKESIDE_IMD_FILES = ['lakeside-imd2019-sample.csv', 'lakeside-imd2025-sample.csv'].map((name) => ({
  name,
  path: fileURLToPath(new URL(`../../samples/deprivation/${name}`, import.meta.url)),
}));

/**
 * Imports both releases through the real import, after the postcodes, so the demo's equity report can place each
 * person's postcode in an IMD decile.
 */
export async function seedDeprivation(
  ctx: AppContext,
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  for (const file of LAKESIDE_IMD_FILES) {
    const actor = {
      kind: 'system' as const,
      description: 'demo seed: deprivation',
      requestId: `seed-${Date.now().toString(36)}`,
    };
    const report = await importDeprivation(ctx, actor, file.name, readImdFile(file.path));
    onProgress(`Lakeside IoD${report.release ?? '?'}: ${report.created} LSOAs created, ${report.skipped} skipped.`);
  }
}
