import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { decodeNamePosition, namePage } from '../../../platform/http/cursor.ts';
import { authorize } from '../../../platform/policy.ts';
import { capacityOf, workerLoads, YEAR_MS } from '../../allocation/index.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { loadSchemeRules } from '../../scheme-settings/index.ts';
import * as repo from '../../scheme-settings/index.ts';
import type { WorkerPage, WorkerPageQuery, WorkerProfileBody, WorkerProfileView } from '../../scheme-settings/index.ts';
import { scheduleSupervisionCheck } from '../supervision-check.ts';

/** Link workers per page of the scheme settings. */
export const WORKER_PAGE = 25;

/** The workers given with their safe-caseload position: the loads are read for these workers only. */
async function present(
  trx: Transaction<DB>,
  schemeId: string,
  rows: repo.WorkerProfileRow[],
  now: Date,
): Promise<WorkerProfileView[]> {
  const rules = await loadSchemeRules(trx, schemeId);
  const loads = await workerLoads(
    trx,
    schemeId,
    new Date(now.getTime() - YEAR_MS),
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => {
    const load = loads.get(r.user_id);
    const hoursPerWeek = r.hours_per_week === null ? rules.capacity.fullTimeHours : Number(r.hours_per_week);
    return {
      userId: r.user_id,
      name: r.name,
      hoursPerWeek,
      languages: r.languages ?? [],
      acceptingCases: r.accepting_cases ?? true,
      supervisorId: r.supervisor_id,
      supervisor:
        r.supervisor_id && r.supervisor_name !== null
          ? {
              userId: r.supervisor_id,
              name: r.supervisor_name,
              role: r.supervisor_active ? r.supervisor_role : null,
            }
          : null,
      supervisionCadenceDays: r.supervision_cadence_days,
      startedOn: r.started_on,
      capacity: capacityOf(rules.capacity, {
        hoursPerWeek,
        openCases: load?.openCases ?? 0,
        allocatedThisYear: load?.allocatedThisYear ?? 0,
      }),
    };
  });
}

/**
 * A page of the scheme's link workers by name (those whose name contains `q`, if given) with the total:
 * a scheme of thousands of workers is read a page at a time, and a manager finds one by name.
 */
export async function listSchemeWorkers(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  query: WorkerPageQuery = {},
): Promise<WorkerPage> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.read');
  const position = decodeNamePosition(query);
  const nameHas = query.q?.trim().replace(/\s+/g, ' ') || undefined;
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, total] = await Promise.all([
      repo.pageWorkerProfiles(trx, scheme.id, { position, limit: WORKER_PAGE, nameHas }),
      repo.countWorkerProfiles(trx, scheme.id, nameHas),
    ]);
    const page = namePage(rows, WORKER_PAGE, position, (r) => ({ name: r.name, id: r.user_id }));
    return {
      workers: await present(trx, scheme.id, page.items, ctx.now()),
      total,
      next: page.next,
      previous: page.previous,
    };
  });
}

/** One link worker's hours, languages, supervision and safe caseload: the form that changes them starts from it. */
export async function getWorkerProfile(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  userId: string,
): Promise<WorkerProfileView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const row = await repo.findActiveWorkerProfile(trx, scheme.id, userId);
    if (!row) throw fail.notFound('That link worker');
    const [worker] = await present(trx, scheme.id, [row], ctx.now());
    return worker!;
  });
}

/** A link worker's hours, languages and whether they take new cases: the inputs to their safe caseload. Answers with the worker as saved. */
export async function updateWorkerProfile(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  userId: string,
  body: WorkerProfileBody,
): Promise<WorkerProfileView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.update');
  authorize(actor, 'scheme.settings.update', { schemeId: scheme.id });
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = await repo.findActiveWorkerProfile(trx, scheme.id, userId);
    if (!current) throw fail.notFound('That link worker');
    const languages = [...new Set(body.languages.map((l) => l.trim()).filter(Boolean))];
    await repo.upsertWorkerProfile(
      trx,
      scheme.id,
      userId,
      { hoursPerWeek: body.hoursPerWeek, languages, acceptingCases: body.acceptingCases },
      now,
    );
    const supervision = await changedSupervision(trx, scheme.id, current, body);
    if (supervision) {
      await repo.updateWorkerSupervision(trx, scheme.id, userId, supervision, now);
      if (supervision.supervisorId) await scheduleSupervisionCheck(ctx, trx, scheme.id, userId);
    }
    await recordAudit(trx, actor, {
      action: 'scheme.worker-profile-update',
      recordType: 'user',
      recordId: userId,
      schemeId: scheme.id,
      detail: {
        hoursPerWeek: body.hoursPerWeek,
        languages,
        acceptingCases: body.acceptingCases,
        ...(supervision ?? {}),
      },
    });
    const saved = await repo.findActiveWorkerProfile(trx, scheme.id, userId);
    const [worker] = await present(trx, scheme.id, saved ? [saved] : [], now);
    return worker!;
  });
}

/** The supervision fields after this change (absent fields keep their value), checked; undefined when none were sent. */
async function changedSupervision(
  trx: Transaction<DB>,
  schemeId: string,
  current: repo.WorkerProfileRow,
  body: WorkerProfileBody,
) {
  if (body.supervisorId === undefined && body.supervisionCadenceDays === undefined && body.startedOn === undefined)
    return undefined;
  const userId = current.user_id;
  const next = {
    supervisorId: body.supervisorId === undefined ? current.supervisor_id : body.supervisorId,
    supervisionCadenceDays:
      body.supervisionCadenceDays === undefined ? current.supervision_cadence_days : body.supervisionCadenceDays,
    startedOn: body.startedOn === undefined ? current.started_on : body.startedOn,
  };
  if (next.supervisorId === userId)
    throw fail.field(
      'supervisorId',
      'A link worker cannot supervise themself.',
      'Choose a supervisor or the scheme manager.',
    );
  if (next.supervisorId && body.supervisorId !== undefined) {
    if (!(await repo.isSupportStaff(trx, schemeId, next.supervisorId)))
      throw fail.field(
        'supervisorId',
        'This person is not an active supervisor or manager of the scheme.',
        'Choose someone from the list of supervisors and managers.',
      );
  }
  if (next.startedOn !== null && body.startedOn !== undefined && !isRealDate(next.startedOn))
    throw fail.field(
      'startedOn',
      `"${next.startedOn}" is not a real date.`,
      'Enter the start date as year-month-day, for example 2026-04-01.',
    );
  return next;
}

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
