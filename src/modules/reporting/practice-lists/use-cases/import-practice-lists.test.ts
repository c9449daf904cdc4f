import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../test/support/context.ts';
import { testDatabaseTargets } from '../../../../../test/support/databases.ts';
import { cliActor } from '../../../../cli/runtime.ts';
import { AppError } from '../../../../platform/errors.ts';
import { formatPracticeListImportReport } from '../practice-list-import-report.ts';
import { readPracticeList } from '../read-practice-list.ts';
import { importPracticeLists } from './import-practice-lists.ts';

const QUINARY = 'PUBLICATION,EXTRACT_DATE,TYPE,CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS';
const SINGLE = 'PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS';

const dir = mkdtempSync(join(tmpdir(), 'linkwork-practice-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, header: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].join('\n') + '\n');
  return path;
}

describe.each(testDatabaseTargets())('importing practice lists on $name', (target) => {
  const env = useTestApp(target);
  // Codes unique to this run, so no other test's practices are counted.
  const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
  const code = (n: number) => `P${tag}${n}`;
  const run = (path: string) => importPracticeLists(env().ctx, cliActor('test'), 'list.csv', readPracticeList(path));
  const bands = async (practice: string) =>
    (
      await env()
        .ctx.db.selectFrom('practice_populations')
        .select(['sex', 'age_band', 'patients'])
        .where('practice_ods_code', '=', practice)
        .orderBy('sex')
        .orderBy('age_band')
        .execute()
    ).map((b) => `${b.sex} ${b.age_band} ${b.patients}`);

  it("replaces each practice's earlier list, passes over totals, and reports bad lines by line", async () => {
    const first = await run(
      csv('a.csv', QUINARY, [
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(1)},LK1 2ZR,ALL,ALL,300`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(1)},LK1 2ZR,FEMALE,20_24,120`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(1)},LK1 2ZR,MALE,20_24,100`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(1)},LK1 2ZR,MALE,95+,80`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(2)},LK1 7FS,FEMALE,0_4,abc`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(2)},LK1 7FS,FEMALE,5_9,40`,
        `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(2)},LK1 7FS,FEMALE,5_9,41`,
      ]),
    );
    expect(first).toMatchObject({ practices: 2, patients: 340, extractDates: ['2026-10-01'], passed: 1, skipped: 2 });
    expect(first.problems).toEqual([
      {
        line: 6,
        column: 'NUMBER_OF_PATIENTS',
        reason: '"abc" is not a number of patients (a whole number, 0 or more)',
      },
      {
        line: 8,
        column: 'NUMBER_OF_PATIENTS',
        reason: `practice ${code(2)} already has a line for female patients aged 5_9; the later line is not counted`,
      },
    ]);
    expect(await bands(code(1))).toEqual(['female 20-24 120', 'male 20-24 100', 'male 95+ 80']);
    expect(formatPracticeListImportReport(first)[1]).toBe('Problems (2):');

    // A newer single-year file replaces the whole list: the 95+ band it does not give is gone.
    const second = await run(
      csv('b.csv', SINGLE, [
        `GP_PRAC_PAT_LIST,2026-11-01,GP,${code(1)},LK1 2ZR,MALE,21,60`,
        `GP_PRAC_PAT_LIST,2026-11-01,GP,${code(1)},LK1 2ZR,MALE,23,50`,
        `GP_PRAC_PAT_LIST,2026-11-01,CCG,00X,,MALE,23,5000`,
        `GP_PRAC_PAT_LIST,2026-12-01,GP,${code(1)},LK1 2ZR,FEMALE,23,50`,
      ]),
    );
    expect(second).toMatchObject({ practices: 1, patients: 110, passed: 1, skipped: 1 });
    expect(second.problems[0]).toMatchObject({ line: 5, column: 'EXTRACT_DATE' });
    expect(await bands(code(1))).toEqual(['male 20-24 110']);
    expect(await bands(code(2))).toEqual(['female 5-9 40']);
    const list = await env()
      .ctx.db.selectFrom('practice_population_lists')
      .select(['extract_date', 'patients', 'source'])
      .where('practice_ods_code', '=', code(1))
      .executeTakeFirstOrThrow();
    expect(list).toEqual({ extract_date: '2026-11-01', patients: 110, source: 'list.csv' });
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'practice-list.import')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ practices: 1, skipped: 1 });
  });

  it('refuses a wrong header naming the missing column, before writing anything', async () => {
    const path = csv('c.csv', 'PUBLICATION,EXTRACT_DATE,TYPE,CODE,SEX,AGE_GROUP_5,PATIENTS', [
      `GP_PRAC_PAT_LIST,01OCT2026,GP,${code(3)},MALE,0_4,10`,
    ]);
    const error = await run(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).errors?.[0]).toMatchObject({
      field: 'header',
      message: 'The header has no "NUMBER_OF_PATIENTS" column',
    });
    expect(await bands(code(3))).toEqual([]);
  });
});
