/** An administrator adds an organisation to the deployment. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { organisationProblems } from '../organisation-problems.ts';
import type { CreateOrganisationBody } from '../organisations.schemas.ts';
import * as repo from '../organisations.repository.ts';
import { presentOrganisation } from '../present-organisation.ts';

/** Adds a scheme, GP practice or community organisation to the deployment. */
export async function createOrganisation(ctx: AppContext, actor: Actor, input: CreateOrganisationBody) {
  authorize(actor, 'organisation.create');
  const errors = organisationProblems(input);
  if (errors.length > 0) throw fail.validation(errors);
  const slug = input.type === 'scheme' ? input.slug! : null;
  const odsCode = input.type === 'gp_practice' ? input.odsCode!.trim().toUpperCase() : null;
  const clash = await repo.findBySlugOrOds(ctx.db, slug, odsCode);
  if (clash) {
    throw fail.conflict('An organisation with that identifier already exists.', [
      slug
        ? { field: 'slug', message: `The slug "${slug}" is already used by ${clash.name}`, fix: 'Choose another slug.' }
        : {
            field: 'odsCode',
            message: `The ODS code ${odsCode} is already registered to ${clash.name}`,
            fix: 'Check the code; the practice may already be listed.',
          },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertOrganisation(trx, { type: input.type, name: input.name.trim(), slug, odsCode });
    await recordAudit(trx, actor, {
      action: 'organisation.create',
      recordType: 'organisation',
      recordId: row.id,
      schemeId: row.type === 'scheme' ? row.id : null,
      detail: { type: row.type },
    });
    return presentOrganisation(row);
  });
}
