/** Changing a link worker's hours, languages, new-case choice and supervision. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import * as repo from '../../../scheme/scheme-settings/index.ts';
import type { WorkerProfileBody, WorkerProfileView } from '../../../scheme/scheme-settings/index.ts';
import { scheduleSupervisionCheck } from '../supervision-check.ts';
import { presentWorkerProfiles } from '../present-worker-profile.ts';
import { isRealDate } from '../../../../platform/london-time.ts';

/** A link worker's hours, languages and whether they take new cases: the inputs to their safe caseload. Answers with the worker as saved. */
export async function updateWorkerProfile(
  ctx: AppContext,
  { actor, scheme, userId, input: body }: InScheme & { userId: string; input: WorkerProfileBody },
): Promise<WorkerProfileView> {
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
    const [worker] = await presentWorkerProfiles(trx, scheme.id, saved ? [saved] : [], now);
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
