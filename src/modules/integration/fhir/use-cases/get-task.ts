import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { authorize } from '../../../../platform/policy.ts';
import { renderTask } from '../fhir-render.ts';
import type { Task } from '../fhir-resources.ts';
import { readReferral } from '../read-referral.ts';

/** GET /fhir/Task/{id}: how a referral the GP system sent is getting on. */
export async function getTask(ctx: AppContext, options: { actor: ClientActor; id: string }): Promise<Task> {
  authorize(options.actor, 'referral.read-fhir', { schemeId: options.actor.schemeId });
  return renderTask(await readReferral(ctx, options.actor, options.id, 'Task', 'fhir.task.read'));
}
