import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { listRead, recordAudit } from '../../../platform/audit.ts';
import { fail } from '../../../platform/errors.ts';
import { startOfLondonDay } from '../../../platform/london-time.ts';
import { authorize } from '../../../platform/policy.ts';
import type { AuditQuery } from './audit.schemas.ts';
import { searchAudit as query, type AuditPosition } from './audit.repository.ts';

/** A real calendar date, or a 400 naming the field. */
function day(value: string | undefined, field: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw fail.field(field, `"${value}" is not a real date`, 'Enter a date as yyyy-mm-dd, for example 2026-11-23.');
  }
  return value;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The cursor for the page after this row: its `at` to the microsecond and its id, opaque to clients. */
function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

function decodeAuditCursor(value: string | undefined): AuditPosition | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/.test(parsed[0]) &&
      /^\d{1,18}$/.test(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    'after',
    'The page cursor is not one this server gave out.',
    'Start again from the first page and follow the "Next page" links.',
  );
}

/**
 * Searches the audit log for an administrator, newest first, a page at a time. "From" and "to" are
 * whole days in England: 2026-07-01 runs from 00:00 BST (23:00 UTC the day before) to the next
 * midnight. The search itself is recorded too.
 */
export async function searchAuditLog(ctx: AppContext, actor: Actor, q: AuditQuery, pageSize: number) {
  authorize(actor, 'audit.search');
  const fromDay = day(q.from, 'from');
  const toDay = day(q.to, 'to');
  if (fromDay && toDay && toDay < fromDay)
    throw fail.field('to', 'The end date is before the start date', 'Make "to" the same as or later than "from".');
  const after = decodeAuditCursor(q.after);
  const filter = {
    actor: q.actor,
    action: q.action,
    recordType: q.recordType,
    recordId: q.recordId,
    person: q.person,
    schemeSlug: q.scheme,
    from: fromDay ? startOfLondonDay(fromDay) : undefined,
    before: toDay ? startOfLondonDay(nextDay(toDay)) : undefined,
  };
  const rows = await query(ctx.db, filter, pageSize, after);
  const items = rows.slice(0, pageSize);
  const last = items[items.length - 1];
  const next = rows.length > pageSize && last ? encodeAuditCursor({ at: last.at_key, id: String(last.id) }) : null;
  const filters = Object.fromEntries(Object.entries(q).filter(([key]) => key !== 'after'));
  await recordAudit(ctx.db, actor, {
    action: 'audit.search',
    recordType: 'audit_log',
    detail: listRead({ cursor: q.after, shown: items.length, filters }),
  });
  return {
    items: items.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor:
        r.actor_user_id && r.actor_name && r.actor_email
          ? { id: r.actor_user_id, name: r.actor_name, email: r.actor_email }
          : null,
      actorRole: r.actor_role,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      schemeSlug: r.scheme_slug,
      requestId: r.request_id,
      reason: r.reason,
    })),
    next,
    pageSize,
  };
}
