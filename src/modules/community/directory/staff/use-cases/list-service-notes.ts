/** A scheme's private team notes on a directory service. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { existingService } from '../existing-service.ts';
import * as notesRepo from '../service-notes.repository.ts';
import { userIdOf } from '../../../../../platform/actor.ts';

export type NoteList = {
  notes: { id: string; body: string; author: { id: string; name: string }; createdAt: string; mine: boolean }[];
};

/** The scheme's private notes on a service, newest first. Other schemes' notes never show. */
export async function listServiceNotes(
  ctx: AppContext,
  { actor, scheme, serviceId }: InScheme & { serviceId: string },
): Promise<NoteList> {
  await existingService(ctx, serviceId);
  const userId = userIdOf(actor);
  const rows = await inSchemeTransaction(ctx.db, scheme.id, (trx) => notesRepo.listNotes(trx, scheme.id, serviceId));
  return {
    notes: rows.map((n) => ({
      id: n.id,
      body: n.body,
      author: { id: n.author_id, name: n.author_name },
      createdAt: n.created_at.toISOString(),
      mine: n.author_id === userId,
    })),
  };
}
