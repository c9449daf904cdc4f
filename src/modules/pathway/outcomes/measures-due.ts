/**
 * What is due on a page of cases, for the caseload: per case, the measures the scheme asks that are due for a
 * baseline or a review. One grouped read over the page's cases, never the scheme's recordings.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { loadCatalogue } from './measure-catalogue.ts';
import { measureDue } from './outcomes-due.ts';
import { lastAskedByCase } from './outcomes.repository.ts';

export interface DueMeasure {
  key: string;
  shortName: string;
  due: 'baseline' | 'review';
}

/** For each case of the page, the measures due with the person now (none on a closed case). */
export async function measuresDueForCases(
  trx: Transaction<DB>,
  schemeId: string,
  cases: readonly { id: string; status: 'contacting' | 'active' | 'closed' }[],
  today: string,
): Promise<Map<string, DueMeasure[]>> {
  const open = cases.filter((c) => c.status !== 'closed');
  const [catalogue, asked] = await Promise.all([
    loadCatalogue(trx, schemeId),
    lastAskedByCase(
      trx,
      open.map((c) => c.id),
    ),
  ]);
  const byCase = new Map<string, Map<string, { lastOn: string | null; baselines: number }>>();
  for (const row of asked) {
    const measures = byCase.get(row.case_id) ?? new Map();
    measures.set(row.measure_key, { lastOn: row.last_on, baselines: Number(row.baselines) });
    byCase.set(row.case_id, measures);
  }
  const result = new Map<string, DueMeasure[]>();
  for (const c of cases) {
    const due = catalogue.asked.flatMap((m) => {
      const seen = byCase.get(c.id)?.get(m.key);
      const when = measureDue({
        caseStatus: c.status,
        baselineAsked: (seen?.baselines ?? 0) > 0,
        lastAskedOn: seen?.lastOn ?? null,
        today,
        reviewWeeks: catalogue.settings.reviewWeeks,
      });
      return when ? [{ key: m.key, shortName: m.shortName ?? m.name, due: when }] : [];
    });
    result.set(c.id, due);
  }
  return result;
}
