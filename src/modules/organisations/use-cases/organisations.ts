import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import type { CreateOrganisationBody } from '../organisations.schemas.ts';
import * as repo from '../organisations.repository.ts';
import { presentOrganisation } from '../present-organisation.ts';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const ODS = /^[A-Z0-9]{3,10}$/;

/** Checks the fields an organisation of this type needs: a slug for schemes, an ODS code for GP practices. */
export function organisationProblems(input: CreateOrganisationBody): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.name.trim())
    errors.push({ field: 'name', message: "Enter the organisation's name", fix: 'Type its name as people know it.' });
  if (input.type === 'scheme') {
    if (!input.slug)
      errors.push({
        field: 'slug',
        message: 'A scheme needs a short name (slug)',
        fix: 'Use lowercase letters, digits and hyphens, e.g. "north-leeds".',
      });
    else if (!SLUG.test(input.slug))
      errors.push({
        field: 'slug',
        message: `"${input.slug}" is not a valid slug`,
        fix: 'Use 1 to 40 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
      });
  } else if (input.slug)
    errors.push({ field: 'slug', message: 'Only schemes have a slug', fix: 'Leave the slug empty for this type.' });
  if (input.type === 'gp_practice') {
    const ods = input.odsCode?.trim().toUpperCase();
    if (!ods)
      errors.push({
        field: 'odsCode',
        message: 'A GP practice needs its ODS code',
        fix: 'Enter the practice code, e.g. "B86001" (find it in the ODS portal).',
      });
    else if (!ODS.test(ods))
      errors.push({
        field: 'odsCode',
        message: `"${input.odsCode}" is not an ODS code`,
        fix: 'An ODS code is 3 to 10 letters and digits, e.g. "B86001".',
      });
  } else if (input.odsCode)
    errors.push({
      field: 'odsCode',
      message: 'Only GP practices have an ODS code here',
      fix: 'Leave the ODS code empty for this type.',
    });
  return errors;
}

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

/** Lists the deployment's organisations, optionally of one type. */
export async function listOrganisations(ctx: AppContext, actor: Actor, type?: CreateOrganisationBody['type']) {
  authorize(actor, 'organisation.list');
  return { items: (await repo.listOrganisations(ctx.db, type)).map(presentOrganisation) };
}
