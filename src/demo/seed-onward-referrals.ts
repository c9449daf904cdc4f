import type { AppContext } from '../context.ts';
import { inSchemeTransaction } from '../platform/db/scheme-transaction.ts';
import { createOnwardReferral } from '../modules/community/onward-referrals/index.ts';
import { respondToReferral } from '../modules/community/onward-referrals/index.ts';
import { recordStatusByHand } from '../modules/community/onward-referrals/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { demoActor } from './demo-actor.ts';
import { LAKESIDE_SERVICES } from './seed-directory.ts';

const HOUR = 3_600_000;

/**
 * Onward referrals in the demo, through the use cases on a moved clock, so the case pages, the
 * Lakeside Community Hub inbox and the services' response times have something real to show:
 * befriending completed with an outcome, carers declined, the Urdu and Punjabi women's group waiting
 * for an answer, and the food bank (not on Linkwork) accepted as recorded by hand.
 * Needs the pathway demo's cases and the Lakeside directory with its owners.
 */
export async function seedOnwardReferrals(
  ctx: AppContext,
  slug: string,
  onProgress: (message: string) => void = () => {},
): Promise<{ referrals: number }> {
  const end = ctx.now().getTime();
  let clock = end;
  const clocked: AppContext = { ...ctx, now: () => new Date(clock) };
  const at = (hoursAgo: number) => {
    clock = end - hoursAgo * HOUR;
  };
  const worker = await demoActor(ctx, slug, 'worker@demo.example.org', 'seed-onward-referrals');
  const aisha = await demoActor(ctx, slug, 'worker2@demo.example.org', 'seed-onward-referrals');
  const community = await demoActor(ctx, slug, 'community@demo.example.org', 'seed-onward-referrals');
  if (!worker.schemeId) throw new Error('the demo worker has no scheme');
  const cases = await inSchemeTransaction(ctx.db, worker.schemeId, (trx) =>
    trx
      .selectFrom('cases')
      .where('worker_id', '=', worker.userId)
      .where('status', '!=', 'closed')
      .select('id')
      .orderBy('allocated_at')
      .limit(3)
      .execute(),
  );
  if (cases.length === 0) throw new Error('the demo worker has no open cases to refer on from');
  const caseAt = (i: number) => cases[i % cases.length]!.id;
  const minimum = ['name', 'phone', 'preferredContact'];
  const send = async (caseId: string, serviceId: string, message: string, sharedFields = minimum, by = worker) =>
    createOnwardReferral(clocked, {
      ...(await inScheme(ctx, by, slug, 'onward-referral.create')),
      caseId,
      input: { serviceId, consent: true, sharedFields, message },
    });
  const inbox = await inScheme(ctx, community, slug, 'onward-referral.respond');
  // The women's group is for a woman who speaks Urdu or Punjabi: one of Aisha's people, not whoever comes first.
  const groupMember = await inSchemeTransaction(ctx.db, worker.schemeId, (trx) =>
    trx
      .selectFrom('cases')
      .innerJoin('patients', 'patients.id', 'cases.patient_id')
      .select(['cases.id', 'patients.preferred_language'])
      .where('cases.worker_id', '=', aisha.userId)
      .where('cases.status', '=', 'active')
      .where('patients.sex', '=', 'female')
      .where('patients.preferred_language', 'in', ['Urdu', 'Punjabi'])
      .orderBy('cases.allocated_at')
      .executeTakeFirst(),
  );
  if (!groupMember) throw new Error('the demo has no active case of a woman who speaks Urdu or Punjabi');

  at(9 * 24);
  // Messages about whichever case comes first say nothing that depends on who the person is.
  const befriending = await send(
    caseAt(0),
    LAKESIDE_SERVICES.befriending,
    'Lives alone since a bereavement and rarely goes out. Would like a regular visitor to chat with over tea.',
    [...minimum, 'needs', 'whatMatters'],
  );
  at(9 * 24 - 5);
  const accepted = await respondToReferral(clocked, {
    ...inbox,
    id: befriending.id,
    action: 'accept',
    input: { version: befriending.version },
  });
  at(8 * 24);
  const started = await respondToReferral(clocked, {
    ...inbox,
    id: befriending.id,
    action: 'start',
    input: { version: accepted.version },
  });
  at(2 * 24);
  await respondToReferral(clocked, {
    ...inbox,
    id: befriending.id,
    action: 'complete',
    input: {
      version: started.version,
      outcome: {
        attended: 'yes',
        note: 'Matched with a volunteer befriender; five weekly visits so far, and now comes to the Thursday coffee morning too.',
      },
    },
  });

  at(6 * 24);
  const carers = await send(
    caseAt(1),
    LAKESIDE_SERVICES.carers,
    "Caring for a family member with dementia and exhausted. Would value a carers' group and a break.",
  );
  at(5 * 24);
  await respondToReferral(clocked, {
    ...inbox,
    id: carers.id,
    action: 'decline',
    input: {
      version: carers.version,
      reason: 'Our respite places are full until January. The Carers Together drop-in on Wednesdays needs no referral.',
    },
  });

  at(4 * 24);
  const food = await send(
    caseAt(2),
    LAKESIDE_SERVICES.foodBank,
    'Short of money until the Universal Credit claim is paid; needs food for two weeks.',
  );
  at(4 * 24 - 26);
  await recordStatusByHand(clocked, {
    ...(await inScheme(ctx, worker, slug, 'onward-referral.record-status')),
    id: food.id,
    input: { version: food.version, status: 'accepted' },
  });

  at(2 * 24);
  await send(
    groupMember.id,
    LAKESIDE_SERVICES.urduWomensGroup,
    `Speaks ${groupMember.preferred_language ?? 'Urdu'} at home; would like to meet other women and get out of the house again.`,
    [...minimum, 'language'],
    aisha,
  );
  clock = end;
  onProgress('Onward referrals: 4 (completed, declined, recorded by hand, waiting for an answer).');
  return { referrals: 4 };
}
