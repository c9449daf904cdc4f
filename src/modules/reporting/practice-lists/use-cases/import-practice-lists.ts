/** Importing GP practices' registered lists (NHS Digital, by sex and age) as reference data, from the console. */
import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import type { PracticeListLine, PracticeListProblem } from '../practice-list-columns.ts';
import { countPracticeLists, replacePracticeLists, type PracticeList } from '../practice-lists.repository.ts';

export interface PracticeListImportReport {
  source: string;
  /** Practices whose list the file replaced (or gave for the first time). */
  practices: number;
  /** Patients in those lists, male and female, all ages. */
  patients: number;
  /** The extract dates the file carried, earliest first. */
  extractDates: string[];
  /** ALL rows (totals) and rows of other kinds of organisation, passed over. */
  passed: number;
  /** Lines with a problem, not used. */
  skipped: number;
  problems: PracticeListProblem[];
  /** Practices with a list after the import. */
  total: number;
}

interface Gathering {
  extractDate: string;
  firstLine: number;
  bands: Map<string, { sex: 'male' | 'female'; ageBand: string; patients: number }>;
  cells: Set<string>;
}

/**
 * Imports a "Patients Registered at a GP Practice" file: each practice in it has its earlier list replaced by the
 * file's, summed into five-year bands by sex; bad lines are skipped and reported with their line, column and reason.
 * A practice that appears with two extract dates, or twice for one sex and age, is refused at the later line
 * rather than counted twice. The lists, the audit row and nothing else commit in one transaction. Only the console
 * (a system actor) imports: public data shared by every scheme, like the postcodes and the deprivation indices.
 */
export async function importPracticeLists(
  ctx: AppContext,
  actor: SystemActor,
  source: string,
  lines: AsyncIterable<PracticeListLine>,
  progress: (message: string) => void = () => {},
): Promise<PracticeListImportReport> {
  const report: PracticeListImportReport = {
    source,
    practices: 0,
    patients: 0,
    extractDates: [],
    passed: 0,
    skipped: 0,
    problems: [],
    total: 0,
  };
  const practices = new Map<string, Gathering>();
  const problem = (p: PracticeListProblem) => {
    report.skipped++;
    report.problems.push(p);
  };
  let read = 0;
  for await (const line of lines) {
    read++;
    // The national five-year file is about 300,000 lines: a line every 100,000 shows progress without flooding.
    if (read % 100_000 === 0) progress(`${read.toLocaleString('en-GB')} lines read…`);
    if ('passed' in line) {
      report.passed++;
      continue;
    }
    if ('problem' in line) {
      problem(line.problem);
      continue;
    }
    const row = line.row;
    const gathering = practices.get(row.practiceOdsCode) ?? {
      extractDate: row.extractDate,
      firstLine: line.line,
      bands: new Map(),
      cells: new Set<string>(),
    };
    if (gathering.extractDate !== row.extractDate) {
      problem({
        line: line.line,
        column: 'EXTRACT_DATE',
        reason: `practice ${row.practiceOdsCode} was listed from the extract of ${gathering.extractDate} at line ${gathering.firstLine}; one file holds one extract of a practice`,
      });
      continue;
    }
    const cell = `${row.sex}|${row.ageCell}`;
    if (gathering.cells.has(cell)) {
      problem({
        line: line.line,
        column: 'NUMBER_OF_PATIENTS',
        reason: `practice ${row.practiceOdsCode} already has a line for ${row.sex} patients aged ${row.ageCell}; the later line is not counted`,
      });
      continue;
    }
    gathering.cells.add(cell);
    const key = `${row.sex}|${row.ageBand}`;
    const band = gathering.bands.get(key) ?? { sex: row.sex, ageBand: row.ageBand, patients: 0 };
    band.patients += row.patients;
    gathering.bands.set(key, band);
    practices.set(row.practiceOdsCode, gathering);
  }
  const lists: PracticeList[] = [...practices].map(([practiceOdsCode, g]) => ({
    practiceOdsCode,
    extractDate: g.extractDate,
    bands: [...g.bands.values()],
  }));
  report.practices = lists.length;
  report.patients = lists.reduce((sum, l) => sum + l.bands.reduce((s, b) => s + b.patients, 0), 0);
  report.extractDates = [...new Set(lists.map((l) => l.extractDate))].sort();
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < lists.length; i += 500) await replacePracticeLists(trx, lists.slice(i, i + 500), source);
    report.total = await countPracticeLists(trx);
    await recordAudit(trx, actor, {
      action: 'practice-list.import',
      recordType: 'practice_population_lists',
      detail: {
        source,
        practices: report.practices,
        extractDates: report.extractDates,
        skipped: report.skipped,
      },
    });
  });
  return report;
}
