/** An administrator lists the deployment's organisations. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { authorize } from '../../../../platform/policy.ts';
import type { CreateOrganisationBody } from '../organisations.schemas.ts';
import * as repo from '../organisations.repository.ts';
import { presentOrganisation } from '../present-organisation.ts';

/** Lists the deployment's organisations, optionally of one type. */
export async function listOrganisations(ctx: AppContext, actor: Actor, type?: CreateOrganisationBody['type']) {
  authorize(actor, 'organisation.list');
  return { items: (await repo.listOrganisations(ctx.db, type)).map(presentOrganisation) };
}
