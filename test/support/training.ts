import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { addDays, londonDate } from '../../src/platform/london-time.ts';
import { schemeApi, type PathwayScheme, type RoleClient } from './pathway.ts';

/** A small, real PDF (its bytes start %PDF-). */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** The scheme's catalogue as the manager sees it, by course code. */
export async function courseIds(s: PathwayScheme): Promise<Record<string, string>> {
  const response = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/training/catalogue` });
  if (response.statusCode !== 200) throw new Error(`catalogue: ${response.statusCode} ${response.body}`);
  return Object.fromEntries(
    response.json<{ courses: { id: string; code: string }[] }>().courses.map((c) => [c.code, c.id]),
  );
}

/** Records training for someone through the API (the manager, unless they record their own). */
export async function recordTrainingFor(
  s: PathwayScheme,
  userId: string,
  body: { courseId: string; completedOn: string; expiresOn?: string | null },
  by: RoleClient = s.manager,
) {
  const response = await by.request({
    method: 'POST',
    url: `${schemeApi(s)}/training/records`,
    payload: { ...(by.userId === userId ? {} : { userId }), ...body },
  });
  if (response.statusCode !== 201) throw new Error(`record training: ${response.statusCode} ${response.body}`);
  return response.json<{ records: { id: string; courseId: string; expiresOn: string | null; status: string }[] }>();
}

/** A date some days from the app clock's today in London, as the app reads "today" (negative: ago). */
export function daysFrom(ctx: AppContext, days: number): string {
  return addDays(londonDate(ctx.now()), days);
}

/** Row counts of the training tables in a scheme, to show a refused request changed nothing. */
export async function trainingRowCounts(ctx: AppContext, schemeId: string) {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const count = async (
      table: 'training_records' | 'training_certificates' | 'allocation_overrides' | 'cases' | 'audit_log',
    ) =>
      Number(
        (
          await trx
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('scheme_id', '=', schemeId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      records: await count('training_records'),
      certificates: await count('training_certificates'),
      overrides: await count('allocation_overrides'),
      cases: await count('cases'),
      audit: await count('audit_log'),
    };
  });
}
