import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { fail } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy.ts';
import type { AuditQuery } from './audit.schemas.ts';
import { searchAudit as query } from './audit.repository.ts';

function day(value: string | undefined, field: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw fail.field(field, `"${value}" is not a real date`, 'Enter a date as yyyy-mm-dd, for example 2026-11-23.');
  }
  return date;
}

/** Searches the audit log for an administrator. The search itself is recorded too. */
export async function searchAuditLog(ctx: AppContext, actor: Actor, q: AuditQuery, pageSize: number) {
  authorize(actor, 'audit.search');
  const from = day(q.from, 'from');
  const to = day(q.to, 'to');
  if (from && to && to < from) throw fail.field('to', 'The end date is before the start date', 'Make "to" the same as or later than "from".');
  const page = q.page ?? 1;
  const before = to ? new Date(to.getTime() + 86_400_000) : undefined;
  const { rows, total } = await query(ctx.db, { actor: q.actor, action: q.action, recordType: q.recordType, recordId: q.recordId, schemeSlug: q.scheme, from, before }, pageSize, (page - 1) * pageSize);
  const filters = Object.fromEntries(Object.entries(q).filter(([key, v]) => v !== undefined && key !== 'page'));
  await recordAudit(ctx.db, actor, { action: 'audit.search', recordType: 'audit_log', detail: { filters } });
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor: r.actor_user_id && r.actor_name && r.actor_email ? { id: r.actor_user_id, name: r.actor_name, email: r.actor_email } : null,
      actorRole: r.actor_role,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      schemeSlug: r.scheme_slug,
      requestId: r.request_id,
      reason: r.reason,
    })),
    total,
    page,
    pageSize,
  };
}
