import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { resolveScheme } from '../../../schemes/index.ts';
import * as editsRepo from '../service-edits.repository.ts';
import * as notesRepo from '../service-notes.repository.ts';
import type { NoteBody } from '../staff-directory.schemas.ts';

const MAX_NOTE = 2000;

type NoteList = {
  notes: { id: string; body: string; author: { id: string; name: string }; createdAt: string; mine: boolean }[];
};

async function existingService(ctx: AppContext, serviceId: string) {
  const service = await editsRepo.findServiceBasics(ctx.db, serviceId);
  if (!service) throw fail.notFound('That service');
  return service;
}

/** The scheme's private notes on a service, newest first. Other schemes' notes never show. */
export async function listServiceNotes(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  serviceId: string,
): Promise<NoteList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.note');
  await existingService(ctx, serviceId);
  const userId = actor.kind === 'user' ? actor.userId : null;
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

/** Adds a team note to a service: seen by this scheme's staff only, never published. Audited. */
export async function addServiceNote(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  serviceId: string,
  input: NoteBody,
): Promise<NoteList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.note');
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
  return listServiceNotes(ctx, actor, slug, serviceId);
}

/** Deletes one's own team note. Audited. */
export async function deleteServiceNote(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  serviceId: string,
  noteId: string,
): Promise<NoteList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.note');
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
  return listServiceNotes(ctx, actor, slug, serviceId);
}
