/**
 * Extending a person's intervention beyond the scheme's limit, with the reason kept.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { insertExtension } from '../case-history.repository.ts';
import type { CaseView } from '../cases.schemas.ts';
import { changeCase } from './change-case.ts';

/** Extends the intervention beyond the scheme's limit; a reason is required and kept. */
export function extendIntervention(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & { id: string; input: { version: number; reason: string; extraWeeks: number; extraSessions: number } },
): Promise<CaseView> {
  const reason = input.reason.trim();
  if (!reason)
    throw fail.field(
      'reason',
      'The reason for extending is missing.',
      'Say why the person needs more time; supervisors and managers will see it.',
    );
  if (input.extraWeeks === 0 && input.extraSessions === 0)
    throw fail.field(
      'extraWeeks',
      'The extension adds no weeks and no sessions.',
      'Add at least one week or one session.',
    );
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    version: input.version,
    audit: { action: 'case.extend', detail: { extraWeeks: input.extraWeeks, extraSessions: input.extraSessions } },
    work: async ({ trx, scheme, parts, now, byUserId }) => {
      if (parts.kase.status !== 'active')
        throw new AppError(
          'illegal-transition',
          'Only an active case can be extended: the intervention starts when the person is reached.',
          { extra: { from: parts.kase.status, event: 'extend' } },
        );
      await insertExtension(trx, {
        schemeId: scheme.id,
        caseId: id,
        extraWeeks: input.extraWeeks,
        extraSessions: input.extraSessions,
        reason,
        byUserId,
        at: now,
      });
      return {
        extra_weeks: parts.kase.extra_weeks + input.extraWeeks,
        extra_sessions: parts.kase.extra_sessions + input.extraSessions,
      };
    },
  });
}
