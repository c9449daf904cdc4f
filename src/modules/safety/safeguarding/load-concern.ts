/** Loading a safeguarding concern and its case for someone who may open them, and the concern page. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { checkCaseAccess } from '../../pathway/case-records/index.ts';
import { findCase, type CaseRow } from '../../pathway/case-records/index.ts';
import type { SchemeRef } from '../../scheme/schemes/index.ts';
import { presentConcern } from './present-concern.ts';
import { canReadConcern } from './safeguarding-access.ts';
import type { ConcernView } from './safeguarding.schemas.ts';
import * as repo from './safeguarding.repository.ts';

/** The case, if it is in the scheme and the actor may read it. */
export async function caseFor(trx: Transaction<DB>, actor: Actor, scheme: SchemeRef, caseId: string): Promise<CaseRow> {
  const kase = await findCase(trx, caseId);
  if (!kase || kase.scheme_id !== scheme.id) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, 'read');
  return kase;
}

function peopleOf(c: repo.ConcernRow) {
  return {
    schemeId: c.scheme_id,
    raisedBy: c.raised_by,
    raisedBySupervisorId: c.raised_by_supervisor_id,
    safeguardingLeadId: c.safeguarding_lead_id,
  };
}

/** Loads a concern the actor may open; others who can see the case learn only that a restricted record exists (403). */
export async function concernFor(
  trx: Transaction<DB>,
  actor: Actor,
  kase: CaseRow,
  concernId: string,
): Promise<repo.ConcernRow> {
  const concern = await repo.findConcern(trx, concernId);
  if (!concern || concern.case_id !== kase.id) throw fail.notFound('That safeguarding record');
  if (!canReadConcern(actor, peopleOf(concern))) {
    throw fail.forbidden(
      'This is a restricted safeguarding record: only the person who raised it, their supervisor, the safeguarding lead and the scheme manager can open it.',
    );
  }
  return concern;
}

/** The concern page, with its actions. */
export async function view(trx: Transaction<DB>, concern: repo.ConcernRow): Promise<ConcernView> {
  return presentConcern(concern, await repo.listConcernActions(trx, concern.id), true);
}
