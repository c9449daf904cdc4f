/** Adding a team note to a directory service. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../../platform/errors.ts';
import { existingService } from '../existing-service.ts';
import * as notesRepo from '../service-notes.repository.ts';
import type { NoteBody } from '../staff-directory.schemas.ts';
import { listServiceNotes, type NoteList } from './list-service-notes.ts';

const MAX_NOTE = 2000;

/** Adds a team note to a service: seen by this scheme's staff only, never published. Audited. */
export async function addServiceNote(
  ctx: AppContext,
  { actor, scheme, serviceId, input }: InScheme & { serviceId: string; input: NoteBody },
): Promise<NoteList> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people write team notes.');
  const body = input.body.trim();
  if (!body)
    throw fail.field('body', 'Enter the note.', 'Write what your team should know about this service, or cancel.');
  if (body.length > MAX_NOTE)
    throw fail.field('body', `The note is ${body.length} characters; the most is ${MAX_NOTE}.`, 'Shorten the note.');
  const service = await existingService(ctx, serviceId);
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const id = await notesRepo.insertNote(trx, {
      schemeId: scheme.id,
      serviceId,
      authorId: actor.userId,
      body,
      at: ctx.now(),
    });
    await recordAudit(trx, actor, {
      action: 'directory.note.add',
      recordType: 'directory_service_note',
      recordId: id,
      schemeId: scheme.id,
      detail: { serviceId, serviceName: service.name },
    });
  });
  return listServiceNotes(ctx, { actor, scheme, serviceId });
}
