/** The directory service a staff action is about. */
import type { AppContext } from '../../../../context.ts';
import { fail } from '../../../../platform/errors.ts';
import * as editsRepo from './service-edits.repository.ts';

/** The service's name and basics; an unknown one is a 404. */
export async function existingService(ctx: AppContext, serviceId: string) {
  const service = await editsRepo.findServiceBasics(ctx.db, serviceId);
  if (!service) throw fail.notFound('That service');
  return service;
}
