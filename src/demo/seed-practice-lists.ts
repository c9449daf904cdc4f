import { fileURLToPath } from 'node:url';
import type { AppContext } from '../context.ts';
import { importPracticeLists, readPracticeList } from '../modules/reporting/practice-lists/index.ts';

/** The fictional registered lists of Lakeside's practices, in NHS Digital's five-year layout. */
export const LAKESIDE_PRACTICE_LIST_FILE = {
  name: 'lakeside-gp-reg-pat-prac-quin-age.csv',
  path: fileURLToPath(new URL('../../samples/practice-lists/lakeside-gp-reg-pat-prac-quin-age.csv', import.meta.url)),
};

/** Imports the practices' lists through the real import, so the demo's equity report compares with them. */
export async function seedPracticeLists(
  ctx: AppContext,
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  const actor = {
    kind: 'system' as const,
    description: 'demo seed: practice lists',
    requestId: `seed-${Date.now().toString(36)}`,
  };
  const file = LAKESIDE_PRACTICE_LIST_FILE;
  const report = await importPracticeLists(ctx, actor, file.name, readPracticeList(file.path));
  onProgress(`Lakeside practice lists: ${report.practices} practices, ${report.skipped} lines skipped.`);
}
