import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import { changeConcern } from './change-concern.ts';
import { userIdOf } from '../../../../platform/actor.ts';

const SKEW_MS = 5 * 60_000;

function referralProblems(
  input: { made: boolean; authority: string; referredAt: string; reference: string; notReferredReason: string },
  raisedAt: Date,
  now: Date,
): { errors: FieldError[]; at: Date | null } {
  const errors: FieldError[] = [];
  if (!input.made) {
    if (!input.notReferredReason.trim())
      errors.push({
        field: 'notReferredReason',
        message: 'No referral was made, and the reason is missing.',
        fix: "Say why the concern was not referred to the local authority (e.g. the safeguarding lead's decision).",
      });
    return { errors, at: null };
  }
  if (!input.authority.trim())
    errors.push({
      field: 'authority',
      message: 'The local authority is missing.',
      fix: 'Name the local authority (and team) the referral went to.',
    });
  if (!input.reference.trim())
    errors.push({
      field: 'reference',
      message: "The local authority's reference is missing.",
      fix: 'Enter the reference they gave; if none yet, write "awaiting" and update it later.',
    });
  const at = new Date(input.referredAt);
  if (!input.referredAt || Number.isNaN(at.getTime())) {
    errors.push({
      field: 'referredAt',
      message: `"${input.referredAt}" is not a date and time.`,
      fix: 'Give when the referral was made, for example 2026-11-23T14:30.',
    });
    return { errors, at: null };
  }
  if (at.getTime() > now.getTime() + SKEW_MS)
    errors.push({
      field: 'referredAt',
      message: 'This is in the future.',
      fix: 'Record a referral once it has been made.',
    });
  if (at.getTime() < raisedAt.getTime() - 7 * 24 * 3_600_000)
    errors.push({
      field: 'referredAt',
      message: 'This is more than a week before the concern was recorded.',
      fix: 'Check the date of the referral.',
    });
  return { errors, at };
}

/** Records the referral to the local authority (who, when, their reference), or why none was made. */
export function recordReferral(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    concernId,
    input,
  }: InScheme & {
    caseId: string;
    concernId: string;
    input: {
      version: number;
      made: boolean;
      authority: string;
      referredAt: string;
      reference: string;
      notReferredReason: string;
    };
  },
): Promise<ConcernView> {
  return changeConcern(ctx, {
    actor,
    scheme,
    caseId,
    concernId,
    version: input.version,
    change: async (c, _trx, now) => {
      const { errors, at } = referralProblems(input, c.raised_at, now);
      if (errors.length > 0) throw fail.validation(errors);
      const by = userIdOf(actor);
      return {
        changes: input.made
          ? {
              la_referral_made: true,
              la_authority: input.authority.trim(),
              la_referred_at: at,
              la_reference: input.reference.trim(),
              la_referred_by: by,
              la_not_referred_reason: '',
            }
          : {
              la_referral_made: false,
              la_authority: null,
              la_referred_at: null,
              la_reference: null,
              la_referred_by: null,
              la_not_referred_reason: input.notReferredReason.trim(),
            },
        audit: { action: 'safeguarding.referral', detail: { made: input.made } },
      };
    },
  });
}
