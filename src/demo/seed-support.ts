import type { AppContext } from '../context.ts';
import type { UserActor } from '../platform/actor.ts';
import { demoActor } from './demo-actor.ts';
import { getSchemeSettings } from '../modules/scheme/scheme-settings/index.ts';
import { getWorkerProfile, updateWorkerProfile } from '../modules/workforce/support/index.ts';
import { updateSafetySettings } from '../modules/scheme/scheme-settings/index.ts';
import { askForDebrief, completeDebrief } from '../modules/workforce/support/index.ts';
import { recordSupervisionSession } from '../modules/workforce/support/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { addDays } from '../platform/london-time.ts';

const SUPERVISOR = 'supervisor@demo.example.org';
const MANAGER = 'manager@demo.example.org';

/**
 * Each demo worker's start date and supervision: days ago of their sessions (none: overdue). The one
 * place for start dates, so the training demo's induction (Nasima, ten weeks in) and the cases each
 * worker holds (none allocated before they started) agree with it.
 */
export const DEMO_WORKERS: readonly { email: string; startedDaysAgo: number; sessionsDaysAgo: number[] }[] = [
  { email: 'worker@demo.example.org', startedDaysAgo: 720, sessionsDaysAgo: [38, 10] },
  { email: 'worker2@demo.example.org', startedDaysAgo: 520, sessionsDaysAgo: [20] },
  { email: 'worker3@demo.example.org', startedDaysAgo: 640, sessionsDaysAgo: [] },
  { email: 'worker4@demo.example.org', startedDaysAgo: 70, sessionsDaysAgo: [5] },
];

/** The demo's new starter, part-way through induction. */
export const NEW_STARTER = 'worker4@demo.example.org';

const actorFor = (ctx: AppContext, slug: string, email: string): Promise<UserActor> =>
  demoActor(ctx, slug, email, 'seed-demo-support');

/**
 * The demo's safety settings and support records, made through the use cases: Sam Patel is the
 * safeguarding lead and every worker's supervisor; supervision sessions (one worker overdue);
 * a debrief held and one waiting.
 */
export async function seedSupport(ctx: AppContext, slug: string, onProgress: (message: string) => void): Promise<void> {
  onProgress('setting up safety settings, supervisors, supervision and debriefs');
  const manager = await actorFor(ctx, slug, MANAGER);
  const sam = await actorFor(ctx, slug, SUPERVISOR);
  const today = ctx.now().toISOString().slice(0, 10);
  const settings = await getSchemeSettings(ctx, await inScheme(ctx, manager, slug, 'scheme.settings.read'));
  await updateSafetySettings(ctx, {
    ...(await inScheme(ctx, manager, slug, 'scheme.safety.update')),
    input: {
      version: settings.version,
      addedRiskPhrases: [],
      safeguardingLeadId: sam.userId,
      crisisContacts: [
        { name: 'Lakeside Crisis Team', phone: '01632 960 400', when: '24 hours' },
        { name: 'Lakeside Safe Haven café', phone: '01632 960 401', when: 'Evenings 6pm to 11pm' },
      ],
      supervisionCadenceDays: 28,
      difficultSessionsInRow: 3,
      debriefResponseWorkingDays: 2,
      loneWorkingGraceMinutes: 15,
      loneWorkingEscalationMinutes: 15,
    },
  });
  const workers = new Map<string, UserActor>();
  for (const w of DEMO_WORKERS) {
    const actor = await actorFor(ctx, slug, w.email);
    workers.set(w.email, actor);
    const profile = await getWorkerProfile(ctx, {
      ...(await inScheme(ctx, manager, slug, 'scheme.settings.read')),
      userId: actor.userId,
    });
    await updateWorkerProfile(ctx, {
      ...(await inScheme(ctx, manager, slug, 'scheme.settings.update')),
      userId: actor.userId,
      input: {
        hoursPerWeek: profile.hoursPerWeek,
        languages: profile.languages,
        acceptingCases: profile.acceptingCases,
        supervisorId: sam.userId,
        supervisionCadenceDays: null,
        startedOn: addDays(today, -w.startedDaysAgo),
      },
    });
    for (const daysAgo of w.sessionsDaysAgo) {
      await recordSupervisionSession(ctx, {
        ...(await inScheme(ctx, sam, slug, 'supervision.record')),
        input: {
          workerId: actor.userId,
          heldOn: addDays(today, -daysAgo),
          kind: 'clinical',
          casesDiscussed: [],
          notes:
            'Went through the caseload and how the worker is managing the emotional load. Agreed to keep Friday afternoons for notes.',
          actions:
            daysAgo <= 10
              ? [
                  {
                    description: 'Book the suicide prevention refresher',
                    ownerId: actor.userId,
                    dueOn: addDays(today, 14),
                  },
                ]
              : [],
        },
      });
    }
  }
  const aisha = workers.get('worker2@demo.example.org')!;
  const held = await askForDebrief(ctx, await inScheme(ctx, aisha, slug, 'supervision.read'));
  await completeDebrief(ctx, {
    ...(await inScheme(ctx, sam, slug, 'debrief.respond')),
    id: held.id,
    input: { notes: 'Talked through the home visit. Aisha felt supported; no further action.' },
  });
  await askForDebrief(ctx, await inScheme(ctx, workers.get('worker@demo.example.org')!, slug, 'supervision.read'));
}
