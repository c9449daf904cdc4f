import { fileURLToPath } from 'node:url';
import type { AppContext } from '../context.ts';
import { readPostcodeCsv } from '../modules/community/directory/index.ts';
import { importPostcodes } from '../modules/community/directory/index.ts';

/** The fictional postcodes of the demo town Lakeside (districts LK1–LK9), in ONSPD layout. */
export const LAKESIDE_POSTCODES_FILE = fileURLToPath(
  new URL('../../samples/postcodes/lakeside-onspd-sample.csv', import.meta.url),
);

/** Imports Lakeside's postcodes through the real import, so the demo's distance searches have somewhere to start. */
export async function seedPostcodes(ctx: AppContext, onProgress: (message: string) => void = () => {}): Promise<void> {
  const actor = {
    kind: 'system' as const,
    description: 'demo seed: postcodes',
    requestId: `seed-${Date.now().toString(36)}`,
  };
  const report = await importPostcodes(
    ctx,
    actor,
    'lakeside-onspd-sample.csv',
    readPostcodeCsv(LAKESIDE_POSTCODES_FILE),
  );
  onProgress(`Lakeside postcodes: ${report.created} created, ${report.skipped} skipped.`);
}
