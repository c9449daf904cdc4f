/** Deleting one's own team note on a directory service. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../../platform/errors.ts';
import * as notesRepo from '../service-notes.repository.ts';
import { listServiceNotes, type NoteList } from './list-service-notes.ts';

/** Deletes one's own team note. Audited. */
export async function deleteServiceNote(
  ctx: AppContext,
  { actor, scheme, serviceId, noteId }: InScheme & { serviceId: string; noteId: string },
): Promise<NoteList> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people delete team notes.');
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const note = await notesRepo.findNote(trx, scheme.id, serviceId, noteId);
    if (!note) throw fail.notFound('That note');
    if (note.author_id !== actor.userId) throw fail.forbidden('You can delete only the notes you wrote.');
    await notesRepo.deleteNote(trx, noteId);
    await recordAudit(trx, actor, {
      action: 'directory.note.delete',
      recordType: 'directory_service_note',
      recordId: noteId,
      schemeId: scheme.id,
      detail: { serviceId },
    });
  });
  return listServiceNotes(ctx, { actor, scheme, serviceId });
}
