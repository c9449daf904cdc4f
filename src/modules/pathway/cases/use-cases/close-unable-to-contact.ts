/**
 * Closing a case when the person could not be reached, once the contact policy has run its course.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { AppError } from '../../../../platform/errors.ts';
import { UNABLE_TO_CONTACT } from '../../../scheme/codes/index.ts';
import { unableToContactMessage } from '../../referrals/index.ts';
import { completeReferral, personOf, referralFactsOf } from '../case-closure.ts';
import type { CaseView } from '../cases.schemas.ts';
import { caseProgress } from '../present-case.ts';
import { changeCase } from './change-case.ts';

/** Closes a case as "unable to contact" — only once the scheme's contact policy has run its course. */
export function closeUnableToContact(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number } },
): Promise<CaseView> {
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'close-unable-to-contact',
    version: input.version,
    audit: { action: 'case.close-unable-to-contact' },
    work: async (w) => {
      const { contact } = caseProgress(w.parts, w.now);
      if (contact.step !== 'close') {
        throw new AppError('illegal-transition', `The contact policy has not run its course yet: ${contact.message}`, {
          extra: { step: contact.step },
        });
      }
      await completeReferral(
        w,
        unableToContactMessage(personOf(w), referralFactsOf(w), w.parts.attempts.length, w.now),
        { reason: 'unable-to-contact' },
      );
      return {
        closed_at: w.now,
        closed_by: w.byUserId,
        discharge_reason: UNABLE_TO_CONTACT.code,
        discharge_summary: `Not reached after ${w.parts.attempts.length} attempt(s) including a letter.`,
        discharge_arranged: '',
      };
    },
  });
}
