import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { AppError, fail, type FieldError } from '../../../../../platform/errors.ts';
import * as ownersRepo from '../directory-owners.repository.ts';
import * as editsRepo from '../service-edits.repository.ts';
import * as extrasRepo from '../service-extras.repository.ts';
import type { EditServiceBody, ServiceDetail } from '../staff-directory.schemas.ts';
import { ownsService } from '../owns-service.ts';
import { getServiceDetail } from './service-detail.ts';
import { formatLondonDateTime } from '../../../../../platform/format-london.ts';
import { londonDate } from '../../../../../platform/london-time.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const MAX_CAPACITY_NOTE = 500;

/** The words for each editable field, used in conflict messages and the audit trail. */
export const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  email: 'email',
  url: 'website',
  status: 'status',
  minimumAge: 'minimum age',
  maximumAge: 'maximum age',
  fees: 'cost',
  free: 'cost',
  languages: 'languages',
  capacity: 'capacity',
  capacityNote: 'capacity note',
  confirmCorrect: 'confirmed date',
};

function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const t = value.trim();
  return t === '' ? null : t;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Checks an edit's fields; every problem at once, each naming its field and how to fix it. */
function check(
  input: EditServiceBody,
  current: { minimum_age: number | null; maximum_age: number | null; fees: string | null },
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.name !== undefined && !input.name.trim())
    errors.push({
      field: 'name',
      message: "Enter the service's name.",
      fix: 'Use the name people know the service by.',
    });
  const email = blankToNull(input.email);
  if (email && !EMAIL.test(email))
    errors.push({
      field: 'email',
      message: `"${email}" is not an email address.`,
      fix: 'Enter an address like name@example.org, or leave it empty.',
    });
  const url = blankToNull(input.url);
  if (url && !isWebAddress(url))
    errors.push({
      field: 'url',
      message: `"${url}" is not a web address.`,
      fix: 'Enter the full address, starting https://, or leave it empty.',
    });
  const min = input.minimumAge !== undefined ? input.minimumAge : current.minimum_age;
  const max = input.maximumAge !== undefined ? input.maximumAge : current.maximum_age;
  if (min !== null && max !== null && min > max)
    errors.push({
      field: 'maximumAge',
      message: `The maximum age (${max}) is below the minimum age (${min}).`,
      fix: 'Make the maximum age the same as or above the minimum age, or leave it empty for no upper limit.',
    });
  const fees = input.fees !== undefined ? blankToNull(input.fees) : current.fees;
  if (input.free === false && !fees)
    errors.push({
      field: 'fees',
      message: 'Say what the service costs.',
      fix: 'For example "£2 a session", or tick "free" if it costs nothing.',
    });
  if (input.languages) {
    input.languages.forEach((l, i) => {
      if (!l.name.trim())
        errors.push({
          field: `languages/${i}/name`,
          message: "Enter the language's name.",
          fix: 'For example Polish.',
        });
      if (!LANGUAGE_CODE.test(l.code.trim().toLowerCase()))
        errors.push({
          field: `languages/${i}/code`,
          message: `"${l.code}" is not a language code.`,
          fix: 'Use the two- or three-letter ISO 639 code, for example pl for Polish.',
        });
    });
    const codes = input.languages.map((l) => l.code.trim().toLowerCase());
    if (new Set(codes).size !== codes.length)
      errors.push({ field: 'languages', message: 'A language is listed twice.', fix: 'List each language once.' });
  }
  const note = blankToNull(input.capacityNote);
  if (note && note.length > MAX_CAPACITY_NOTE)
    errors.push({
      field: 'capacityNote',
      message: `The capacity note is ${note.length} characters; the most is ${MAX_CAPACITY_NOTE}.`,
      fix: 'Shorten it.',
    });
  if (note && input.capacity === null)
    errors.push({
      field: 'capacityNote',
      message: 'A capacity note needs a capacity status.',
      fix: 'Choose whether the service is taking people on, or clear the note.',
    });
  return errors;
}

/** The assured date is the day in England the owner confirmed it, not UTC's (00:30 BST is still yesterday in UTC). */
function today(now: Date): string {
  return londonDate(now);
}

/**
 * An owner edits a service they look after: details, age range, cost, languages and capacity, or
 * confirms it is still correct. The ORUK row's last_modified moves, so the published API shows the
 * change. Edits are versioned: an edit made from an older version is refused with 409, naming what
 * the newer edit changed. Bad input changes nothing.
 */
export async function editService(
  ctx: AppContext,
  { actor, scheme, serviceId, input }: InScheme & { serviceId: string; input: EditServiceBody },
): Promise<ServiceDetail> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people edit directory entries.');
  const owner = await ownersRepo.findServiceOwner(ctx.db, serviceId);
  if (!owner && !(await editsRepo.findServiceBasics(ctx.db, serviceId))) throw fail.notFound('That service');
  if (!ownsService(actor, scheme, owner))
    throw fail.forbidden('Only the organisation that looks after this service can edit it. Report a change instead.');

  await ctx.db.transaction().execute(async (trx) => {
    const current = await editsRepo.lockEditableService(trx, serviceId);
    if (!current) throw fail.notFound('That service');
    const state = await editsRepo.findEditState(trx, serviceId);
    if (input.version !== state.version) {
      const what = [...new Set(state.changed_fields.map((f) => FIELD_WORDS[f] ?? f))].join(', ') || 'details';
      const when = state.updated_at ? ` on ${formatLondonDateTime(state.updated_at)}` : '';
      throw new AppError(
        'edit-conflict',
        `Someone else changed this service's ${what}${when} after you opened it. Reload to see their change, then make yours again.`,
        { extra: { currentVersion: state.version, changedFields: state.changed_fields } },
      );
    }
    const errors = check(input, current);
    if (errors.length > 0) throw fail.validation(errors);

    const now = ctx.now();
    const changed: string[] = [];
    const columns: editsRepo.ServiceColumnsUpdate = {};
    const setIf = <K extends keyof editsRepo.ServiceColumnsUpdate>(
      field: string,
      column: K,
      value: editsRepo.ServiceColumnsUpdate[K] | undefined,
      was: unknown,
    ) => {
      if (value === undefined || value === was) return;
      columns[column] = value;
      changed.push(field);
    };
    setIf('name', 'name', input.name?.trim(), current.name);
    setIf('description', 'description', blankToNull(input.description), current.description);
    setIf('email', 'email', blankToNull(input.email), current.email);
    setIf('url', 'url', blankToNull(input.url), current.url);
    setIf('status', 'status', input.status, current.status);
    setIf('minimumAge', 'minimum_age', input.minimumAge, current.minimum_age);
    setIf('maximumAge', 'maximum_age', input.maximumAge, current.maximum_age);
    const fees = input.free === true && input.fees === undefined ? 'Free' : blankToNull(input.fees);
    setIf('fees', 'fees', fees, current.fees);
    if (input.confirmCorrect) {
      columns.assured_date = today(now);
      columns.assurer_email = actor.email;
      changed.push('confirmCorrect');
    }
    const extras = await extrasRepo.serviceExtras(trx, [serviceId]);
    if (input.free !== undefined && input.free !== extras.free.has(serviceId)) {
      await editsRepo.replaceServiceCost(
        trx,
        serviceId,
        input.free ? { id: randomUUID(), option: 'Free', amount: 0, description: 'Free of charge' } : null,
      );
      changed.push('free');
    }
    if (input.languages) {
      const wanted = input.languages.map((l) => ({
        id: randomUUID(),
        name: l.name.trim(),
        code: l.code.trim().toLowerCase(),
      }));
      const key = (ls: { name: string | null; code: string | null }[]) =>
        ls.map((l) => `${l.code ?? ''}:${l.name ?? ''}`).join('|');
      if (key(wanted) !== key(extras.languages.get(serviceId) ?? [])) {
        await editsRepo.replaceServiceLanguages(trx, serviceId, wanted);
        changed.push('languages');
      }
    }
    if (input.capacity !== undefined || input.capacityNote !== undefined) {
      const existing = await editsRepo.findCapacity(trx, serviceId);
      const status = input.capacity !== undefined ? input.capacity : (existing?.status ?? null);
      const note =
        input.capacityNote !== undefined ? (blankToNull(input.capacityNote) ?? null) : (existing?.note ?? null);
      if (status === null) {
        if (existing) await editsRepo.deleteCapacity(trx, serviceId);
      } else {
        await editsRepo.upsertCapacity(trx, serviceId, status, note, actor.userId, now);
      }
      if (status !== (existing?.status ?? null)) changed.push('capacity');
      if (note !== (existing?.note ?? null)) changed.push('capacityNote');
    }
    if (changed.length === 0) return;
    await editsRepo.updateServiceColumns(trx, serviceId, columns, now);
    await editsRepo.saveEditState(trx, serviceId, state.version + 1, changed, actor.userId, now);
    await recordAudit(trx, actor, {
      action: 'directory.service.edit',
      recordType: 'directory_service',
      recordId: serviceId,
      schemeId: scheme.id,
      detail: { changed, ownerOrganisationId: owner?.organisation_id },
    });
  });
  return getServiceDetail(ctx, { actor, scheme, serviceId });
}
