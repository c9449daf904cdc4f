import type { AppContext } from '../context.ts';
import type { UserActor } from '../platform/actor.ts';
import { demoActor } from './demo-actor.ts';
import { allocateReferral } from '../modules/pathway/cases/index.ts';
import { listWaitingList } from '../modules/pathway/referrals/index.ts';
import { INDUCTION_CODES } from '../modules/workforce/training/index.ts';
import { getCatalogue } from '../modules/workforce/training/index.ts';
import { setComplexityFlags } from '../modules/pathway/referrals/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { setInductionItem } from '../modules/workforce/training/index.ts';
import { recordTraining } from '../modules/workforce/training/index.ts';
import { DEMO_WORKERS, NEW_STARTER } from './seed-support.ts';

/** A one-page PDF standing in for an uploaded certificate. */
const DEMO_CERTIFICATE = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** Days ago of each course per person; a course left out is not recorded. Suicide prevention renews yearly, information governance too. */
const HISTORY: Record<string, Record<string, number>> = {
  'worker@demo.example.org': {
    information_governance: 60,
    safeguarding_adults_l2: 300,
    safeguarding_children_l2: 300,
    mental_health_first_aid: 500,
    suicide_prevention: 90,
    lone_working: 200,
    nhse_link_worker_elearning: 700,
    motivational_interviewing: 400,
    benefits_system: 150,
  },
  // Information governance expiring within 30 days.
  'worker2@demo.example.org': {
    information_governance: 350,
    safeguarding_adults_l2: 400,
    safeguarding_children_l2: 400,
    mental_health_first_aid: 300,
    suicide_prevention: 120,
    lone_working: 100,
    nhse_link_worker_elearning: 500,
    benefits_system: 200,
  },
  // Suicide prevention lapsed about five weeks ago: the competence-matched allocation journey.
  'worker3@demo.example.org': {
    information_governance: 100,
    safeguarding_adults_l2: 200,
    safeguarding_children_l2: 200,
    mental_health_first_aid: 250,
    suicide_prevention: 400,
    lone_working: 300,
    nhse_link_worker_elearning: 600,
    benefits_system: 100,
  },
  // Ten weeks in (see DEMO_WORKERS): induction under way, so the required training is incomplete. Lone working
  // is done, as she makes home visits; children's safeguarding is not, as the induction checklist shows.
  'worker4@demo.example.org': {
    information_governance: 60,
    safeguarding_adults_l2: 55,
    lone_working: 50,
    nhse_link_worker_elearning: 40,
  },
  'supervisor@demo.example.org': {
    information_governance: 80,
    safeguarding_adults_l2: 500,
    safeguarding_children_l2: 500,
    mental_health_first_aid: 400,
    suicide_prevention: 200,
    counselling_skills: 900,
  },
  'manager@demo.example.org': { information_governance: 30, safeguarding_adults_l2: 600 },
};

/** The new starter's induction so far: each item matches her training above (information governance done, safeguarding not). */
const NEW_STARTER_INDUCTION_DONE: readonly string[] = [
  'meet_supervisor',
  'information_governance',
  'read_lone_working_policy',
  'shadow_sessions',
];

export interface TrainingDemoSummary {
  records: number;
  /** The waiting referral flagged for significant mental health needs. */
  flaggedReferralId: string | null;
}

/**
 * The training demo, after the pathway demo: the catalogue, each person's training (mostly current;
 * worker2's information governance expiring soon; worker3's suicide prevention lapsed), a certificate,
 * a new worker part-way through induction, and a waiting referral flagged for mental health
 * complexity. Everything goes through the use cases, so records have their reminders and audit rows.
 */
export async function seedTraining(
  ctx: AppContext,
  slug: string,
  onProgress: (message: string) => void = () => {},
): Promise<TrainingDemoSummary> {
  const actor = await actorsByEmail(ctx, slug, Object.keys(HISTORY));
  const manager = actor('manager@demo.example.org');
  const today = ctx.now();
  const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const catalogue = await getCatalogue(ctx, await inScheme(ctx, manager, slug, 'training.read-own'));
  const ids = Object.fromEntries(catalogue.courses.map((c) => [c.code, c.id]));

  onProgress('recording training for the demo team');
  let records = 0;
  for (const [email, courses] of Object.entries(HISTORY)) {
    const person = actor(email);
    for (const [code, ago] of Object.entries(courses)) {
      const courseId = ids[code];
      if (!courseId) throw new Error(`demo training: no course ${code}`);
      const withCertificate = email === 'worker@demo.example.org' && code === 'mental_health_first_aid';
      await recordTraining(ctx, {
        ...(await inScheme(ctx, person, slug, 'training.record-own')),
        input: {
          courseId,
          completedOn: daysAgo(ago),
          notes: withCertificate ? 'MHFA England two-day course' : '',
          ...(withCertificate
            ? {
                certificate: {
                  fileName: 'MHFA certificate.pdf',
                  contentType: 'application/pdf',
                  contentBase64: DEMO_CERTIFICATE.toString('base64'),
                },
              }
            : {}),
        },
      });
      records += 1;
    }
  }

  onProgress("recording the team's inductions");
  // The experienced workers finished induction long ago; the new starter is part-way through.
  const managing = await inScheme(ctx, manager, slug, 'training.record-own');
  for (const { email } of DEMO_WORKERS.filter((w) => w.email !== NEW_STARTER)) {
    for (const item of INDUCTION_CODES)
      await setInductionItem(ctx, { ...managing, input: { userId: actor(email).userId, item, done: true } });
  }
  const newWorker = actor(NEW_STARTER);
  const starting = await inScheme(ctx, newWorker, slug, 'training.record-own');
  for (const item of NEW_STARTER_INDUCTION_DONE)
    await setInductionItem(ctx, { ...starting, input: { item, done: true } });
  await setInductionItem(ctx, {
    ...managing,
    input: { userId: newWorker.userId, item: 'caseload_walkthrough', done: true },
  });

  onProgress('flagging a waiting referral for mental health complexity');
  const triage = await inScheme(ctx, manager, slug, 'referral.triage');
  const waiting = await listWaitingList(ctx, triage);
  const referral = waiting.items.at(-1) ?? null;
  if (referral)
    await setComplexityFlags(ctx, {
      ...triage,
      id: referral.id,
      input: { version: referral.version, flags: ['mental_health'] },
    });
  // An earlier one was allocated to worker3 all the same, over the competence check, with the manager's reason:
  // the safety report's competence overrides (hazard H-025) have one to show.
  const overridden = waiting.items.at(-2) ?? null;
  if (overridden) {
    const flagged = await setComplexityFlags(ctx, {
      ...triage,
      id: overridden.id,
      input: { version: overridden.version, flags: ['mental_health'] },
    });
    await allocateReferral(ctx, {
      ...triage,
      id: overridden.id,
      input: {
        version: flagged.version,
        workerId: actor('worker3@demo.example.org').userId,
        override: { reason: 'Knows the family well; suicide prevention refresher booked for next week.' },
      },
    });
  }
  return { records, flaggedReferralId: referral?.id ?? null };
}

/** Actors for the demo's users in their demo-scheme membership, as a session would give them. */
async function actorsByEmail(ctx: AppContext, slug: string, emails: string[]): Promise<(email: string) => UserActor> {
  const actors = new Map<string, UserActor>();
  for (const email of emails) actors.set(email, await demoActor(ctx, slug, email, 'seed-demo-training'));
  return (email) => actors.get(email)!;
}
