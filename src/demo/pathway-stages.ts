import type { AppContext } from '../context.ts';
import type { ClientActor, UserActor } from '../platform/actor.ts';
import { inSchemeTransaction } from '../platform/db/scheme-transaction.ts';
import { allocateReferral } from '../modules/allocation/index.ts';
import type { CaseView } from '../modules/cases/index.ts';
import { closeUnableToContact, dischargeCase, extendIntervention } from '../modules/cases/index.ts';
import { completeTask } from '../modules/cases/index.ts';
import {
  addGoal,
  addTask,
  recordContactAttempt,
  recordSession,
  updateAbout,
  updateGoal,
} from '../modules/cases/index.ts';
import type { PatientInput } from '../modules/patients/index.ts';
import { listByStatus } from '../modules/referrals/index.ts';
import { createReferral } from '../modules/referrals/index.ts';
import { getSelfReferralForm, submitSelfReferral } from '../modules/referrals/index.ts';
import { submitReferral } from '../modules/referrals/index.ts';
import { acceptReferral, declineReferral, provideInformation, requestInformation } from '../modules/referrals/index.ts';
import {
  DEFAULT_PLAN,
  NEED_PLANS,
  SESSION_NOTES,
  type DemoPerson,
  type SessionPlan,
  type Stage,
  type WorkerKey,
} from './demo-people.ts';
import type { DemoRandom } from './demo-random.ts';

/** The demo's world as the stages see it: a context whose clock the scheduler moves, and the actors. */
export interface DemoWorld {
  ctx: AppContext;
  slug: string;
  schemeId: string;
  random: DemoRandom;
  manager: UserActor;
  workers: Record<WorkerKey, UserActor>;
  referrers: Record<'shah' | 'bennett' | 'lloyd' | 'asante' | 'hub', UserActor>;
  gpSystem: ClientActor;
  practiceNames: Record<string, string>;
  /** A time `wd` working days before the seeding day (negative: after it). */
  at(wd: number, hour: number, minute?: number): Date;
  /** The date (YYYY-MM-DD) `wd` working days before the seeding day. */
  day(wd: number): string;
  setClock(at: Date): void;
  patient(person: DemoPerson): PatientInput;
}

/** One thing that happens at one time; the scheduler runs every person's steps in time order. */
export interface Step {
  at: Date;
  what: string;
  run: () => Promise<void>;
}

/** What is known so far about one person's referral and case, as the steps run. */
interface Track {
  referralId: string;
  referralVersion: number;
  caseId: string;
  view: CaseView | null;
}

const CONSENT = { contact: true, shareWithServices: true, shareWithGp: true };
const MINUTE = 60_000;

/** Builds one person's steps: the referral's arrival, then what their stage needs. */
export function personSteps(w: DemoWorld, p: DemoPerson, index: number): Step[] {
  const steps: Step[] = [];
  const track: Track = { referralId: '', referralVersion: 0, caseId: '', view: null };
  const add = (at: Date, what: string, run: () => Promise<void>) =>
    steps.push({ at, what: `${p.given} ${p.family}: ${what}`, run });
  add(w.at(p.received, 9, w.random.int(0, 90)), 'referral received', () => intake(w, p, index, track));
  // The builder is looked up by the stage's own kind; TypeScript cannot correlate the two, hence the cast.
  STAGES[p.stage.kind](w, p, p.stage as never, track, add);
  return steps;
}

type Add = (at: Date, what: string, run: () => Promise<void>) => void;
type StageBuilder<K extends Stage['kind']> = (
  w: DemoWorld,
  p: DemoPerson,
  stage: Extract<Stage, { kind: K }>,
  track: Track,
  add: Add,
) => void;

const STAGES: { [K in Stage['kind']]: StageBuilder<K> } = {
  triage: () => {},
  'information-requested': (w, p, stage, t, add) => {
    add(w.at(stage.asked, 14, w.random.int(0, 50)), 'information requested', async () => {
      t.referralVersion = (
        await requestInformation(w.ctx, w.workers.jordan, w.slug, t.referralId, {
          version: t.referralVersion,
          question: stage.question,
        })
      ).version;
    });
    if (stage.answered) {
      const answer = stage.answered.answer;
      add(w.at(stage.answered.wd, 12, w.random.int(0, 50)), 'information provided', async () => {
        t.referralVersion = (
          await provideInformation(w.ctx, referrerOf(w, p), w.slug, t.referralId, {
            version: t.referralVersion,
            answer,
          })
        ).version;
      });
    }
  },
  declined: (w, _p, stage, t, add) => {
    add(w.at(stage.triaged, 14, w.random.int(0, 50)), 'declined', async () => {
      await declineReferral(w.ctx, w.manager, w.slug, t.referralId, {
        version: t.referralVersion,
        reason: stage.reason,
        alternative: stage.alternative,
      });
    });
  },
  waiting: (w, _p, stage, t, add) => accept(w, stage.accepted, t, add),
  contacting: (w, p, stage, t, add) => {
    allocate(w, stage, t, add);
    failedAttempts(w, p, stage, t, add, stage.wrongNumber ? 'wrong_number' : undefined);
    if (stage.letter !== undefined) letter(w, p, stage.worker, stage.letter, t, add);
  },
  active: (w, p, stage, t, add) => {
    work(w, p, stage, t, add, 'in_progress');
    const extension = stage.extension;
    if (extension) {
      add(w.at(extension.wd, 15, 0), 'intervention extended', async () => {
        t.view = await extendIntervention(w.ctx, w.workers[stage.worker], w.slug, t.caseId, {
          version: t.view!.version,
          reason: extension.reason,
          extraWeeks: extension.weeks,
          extraSessions: extension.sessions,
        });
      });
    }
  },
  discharged: (w, p, stage, t, add) => {
    work(w, p, stage, t, add, 'achieved');
    add(w.at(stage.discharged, 16, 30), 'discharged', async () => {
      t.view = await dischargeCase(w.ctx, w.workers[stage.worker], w.slug, t.caseId, {
        version: t.view!.version,
        reason: stage.reason,
        summary: stage.summary,
        arranged: stage.arranged,
      });
    });
  },
  withdrew: (w, p, stage, t, add) => {
    allocate(w, stage, t, add);
    failedAttempts(w, p, stage, t, add);
    const worker = w.workers[stage.worker];
    const they = p.sex === 'female' ? 'she' : p.sex === 'male' ? 'he' : 'they';
    add(w.at(stage.declinedAt, 10, 0), 'declined the service', async () => {
      t.view = await recordContactAttempt(w.ctx, worker, w.slug, t.caseId, {
        at: w.at(stage.declinedAt, 10, 0).toISOString(),
        channel: 'phone',
        outcome: 'declined_service',
        notes: `${p.given} rang back: managing well with the neighbours' help and does not want the service at the moment. Knows ${they} can be referred again.`,
      });
    });
    add(w.at(stage.discharged, 11, 0), 'discharged (chose to stop)', async () => {
      t.view = await dischargeCase(w.ctx, worker, w.slug, t.caseId, {
        version: t.view!.version,
        reason: 'patient-withdrew',
        arranged: '',
        summary: `${p.given} rang to say the service is not wanted at the moment. The GP can refer again at any time.`,
      });
    });
  },
  'unable-to-contact': (w, p, stage, t, add) => {
    allocate(w, stage, t, add);
    failedAttempts(w, p, stage, t, add);
    letter(w, p, stage.worker, stage.letter, t, add);
    add(w.at(stage.closed, 11, 0), 'closed as unable to contact', async () => {
      t.view = await closeUnableToContact(w.ctx, w.workers[stage.worker], w.slug, t.caseId, {
        version: t.view!.version,
      });
    });
  },
};

function referrerOf(w: DemoWorld, p: DemoPerson): UserActor {
  if (p.via === 'self' || p.via === 'gp-system')
    throw new Error(`${p.given} ${p.family} has no referrer who can answer`);
  return p.via === 'phone' ? w.workers.jordan : w.referrers[p.via];
}

/** The referral arrives by its route: a practice or the community hub in the browser, the public form, a phone call or a GP system. */
async function intake(w: DemoWorld, p: DemoPerson, index: number, t: Track): Promise<void> {
  const patient = w.patient(p);
  const body = { patient, needs: p.needs, circumstances: p.circumstances ?? [], reason: p.reason, consent: CONSENT };
  if (p.via === 'self') {
    const arrived = w.at(p.received, 9, 0).getTime();
    w.setClock(new Date(arrived - 7 * MINUTE));
    const form = await getSelfReferralForm(w.ctx, w.slug);
    w.setClock(new Date(arrived));
    const { reference } = await submitSelfReferral(
      w.ctx,
      w.slug,
      { formToken: form.formToken, patient, needs: p.needs, reason: p.reason, consent: CONSENT },
      `seed-demo-self-${index}`,
    );
    const queue = await inSchemeTransaction(w.ctx.db, w.schemeId, (trx) =>
      listByStatus(trx, w.schemeId, ['received'], 'received_at', null, 1000),
    );
    const row = queue.find((r) => r.id.slice(0, 8).toUpperCase() === reference);
    if (!row) throw new Error(`self-referral ${reference} not found`);
    Object.assign(t, { referralId: row.id, referralVersion: row.version });
    return;
  }
  if (p.via === 'gp-system') {
    const { referral } = await submitReferral(w.ctx, w.gpSystem, w.schemeId, {
      source: 'gp_system',
      ...body,
      referrer: { name: 'Dr Kwabena Asante', contact: null, organisationId: null, practiceOdsCode: p.practice },
      identifier: { system: 'https://linkwork.nhs.example/Id/demo-gp-system-referral', value: `PV-${1000 + index}` },
    });
    Object.assign(t, { referralId: referral.id, referralVersion: referral.version });
    return;
  }
  const detail = await createReferral(w.ctx, referrerOf(w, p), w.slug, body);
  Object.assign(t, { referralId: detail.id, referralVersion: detail.version });
}

function accept(w: DemoWorld, wd: number, t: Track, add: Add): void {
  add(w.at(wd, 14, w.random.int(0, 50)), 'accepted onto the waiting list', async () => {
    const triager = w.random.next() < 0.5 ? w.manager : w.workers.jordan;
    t.referralVersion = (
      await acceptReferral(w.ctx, triager, w.slug, t.referralId, { version: t.referralVersion })
    ).version;
  });
}

function allocate(
  w: DemoWorld,
  stage: { worker: WorkerKey; accepted: number; allocated: number },
  t: Track,
  add: Add,
): void {
  accept(w, stage.accepted, t, add);
  add(w.at(stage.allocated, 10, w.random.int(0, 40)), `allocated to ${stage.worker}`, async () => {
    const detail = await allocateReferral(w.ctx, w.manager, w.slug, t.referralId, {
      version: t.referralVersion,
      workerId: w.workers[stage.worker].userId,
    });
    Object.assign(t, { referralVersion: detail.version, caseId: detail.caseId! });
  });
}

const FAILED: readonly ('no_answer' | 'left_message')[] = ['no_answer', 'left_message', 'no_answer'];
const FAILED_NOTES: Record<string, string> = {
  no_answer: 'Rang; no answer and no voicemail.',
  left_message: 'Rang; left a voicemail with the service number.',
  wrong_number: 'The number is not in service. Asked the practice to check the number on the record.',
};

function failedAttempts(
  w: DemoWorld,
  p: DemoPerson,
  stage: { worker: WorkerKey; attempts?: number[] },
  t: Track,
  add: Add,
  outcome?: 'wrong_number',
): void {
  (stage.attempts ?? []).forEach((wd, i) => {
    const at = w.at(wd, 9 + (i % 3) * 3, w.random.int(0, 50));
    const result = outcome ?? FAILED[i % FAILED.length]!;
    add(at, `contact attempt ${i + 1}`, async () => {
      t.view = await recordContactAttempt(w.ctx, w.workers[stage.worker], w.slug, t.caseId, {
        at: at.toISOString(),
        channel: p.contact === 'text' && i > 0 ? 'text' : 'phone',
        outcome: result,
        notes: FAILED_NOTES[result]!,
      });
    });
  });
}

function letter(w: DemoWorld, p: DemoPerson, worker: WorkerKey, wd: number, t: Track, add: Add): void {
  const at = w.at(wd, 10, 0);
  add(at, 'letter sent', async () => {
    t.view = await recordContactAttempt(w.ctx, w.workers[worker], w.slug, t.caseId, {
      at: at.toISOString(),
      channel: 'letter',
      outcome: 'left_message',
      notes: `Letter sent to ${p.given} asking them to ring the service within 14 days.`,
    });
  });
}

function planFor(need: string | undefined, name: string) {
  const plan = (need && NEED_PLANS[need]) || DEFAULT_PLAN;
  return { goal: plan.goal, actions: plan.actions, task: plan.task.replace('{name}', name) };
}

/**
 * Working with the person: reached, sessions, "what matters", goals for their first needs,
 * tasks (created at the session before they fall due, some done) and goal progress at the last session.
 */
function work(
  w: DemoWorld,
  p: DemoPerson,
  stage: Extract<Stage, { kind: 'active' | 'discharged' }>,
  t: Track,
  add: Add,
  goalStatus: 'in_progress' | 'achieved',
): void {
  allocate(w, stage, t, add);
  failedAttempts(w, p, stage, t, add);
  const worker = w.workers[stage.worker];
  const reachedAt = w.at(stage.reached, 9, 15);
  add(reachedAt, 'reached', async () => {
    t.view = await recordContactAttempt(w.ctx, worker, w.slug, t.caseId, {
      at: reachedAt.toISOString(),
      channel: 'phone',
      outcome: 'reached',
      notes: `Spoke to ${p.given}; first session booked.`,
    });
  });
  stage.sessions.forEach((session, i) =>
    add(w.at(session.wd, 14, 0), `session ${i + 1}`, () => recordOneSession(w, p, worker, session, i, t)),
  );

  const first = stage.sessions[0]!.wd;
  add(w.at(first, 15, 0), 'what matters and the plan', async () => {
    t.view = await updateAbout(w.ctx, worker, w.slug, t.caseId, {
      version: t.view!.version,
      whatMatters: stage.matters,
      interventionLevel: stage.level,
      needsByDomain: p.needs.map((domain) => ({ domain, notes: 'Talked about at the first session.' })),
    });
    for (const need of p.needs.slice(0, 2)) {
      const plan = planFor(need, p.given);
      t.view = await addGoal(w.ctx, worker, w.slug, t.caseId, { description: plan.goal, actions: plan.actions });
    }
  });

  (stage.tasks ?? []).forEach((task, i) => {
    const description = i < p.needs.length ? planFor(p.needs[i], p.given).task : `Follow-up call to ${p.given}`;
    const before = stage.sessions.map((s) => s.wd).filter((wd) => wd > task.due);
    const createdOn = before.length > 0 ? Math.min(...before) : first;
    add(w.at(createdOn, 15, 30 + i), `task "${description}"`, async () => {
      t.view = await addTask(w.ctx, worker, w.slug, t.caseId, { description, dueOn: w.day(task.due) });
    });
    if (task.done !== undefined) {
      add(w.at(task.done, 16, 0), `task done "${description}"`, async () => {
        const id = t.view!.tasks.find((x) => x.description === description)?.id;
        if (!id) throw new Error(`task "${description}" not found`);
        await completeTask(w.ctx, worker, w.slug, id);
      });
    }
  });

  const last = stage.sessions[stage.sessions.length - 1]!.wd;
  if (stage.sessions.length > 1) {
    add(w.at(last, 15, 45), 'goal progress', async () => {
      const goals = goalStatus === 'achieved' ? t.view!.goals : t.view!.goals.slice(0, 1);
      for (const goal of goals) {
        const progress = goalStatus === 'achieved' ? w.random.int(8, 10) : w.random.int(3, 7);
        t.view = await updateGoal(w.ctx, worker, w.slug, t.caseId, goal.id, {
          version: goal.version,
          description: goal.description,
          actions: goal.actions,
          status: goalStatus,
          progress,
          progressNote:
            goalStatus === 'achieved'
              ? 'Doing this most weeks now without help.'
              : 'Has made a start; finding it easier.',
        });
      }
    });
  }
}

async function recordOneSession(
  w: DemoWorld,
  p: DemoPerson,
  worker: UserActor,
  session: SessionPlan,
  i: number,
  t: Track,
): Promise<void> {
  const mode = session.mode ?? 'face_to_face';
  const startsAt = w.at(session.wd, 10, w.random.int(0, 150));
  const minutes = session.dna ? 0 : mode === 'phone' ? w.random.pick([20, 30]) : w.random.pick([45, 60, 60, 75]);
  const place =
    mode === 'home_visit'
      ? `${p.given}'s home`
      : mode === 'face_to_face'
        ? (p.practice && w.practiceNames[p.practice]) || 'Lakeside Community Hub'
        : '';
  w.setClock(new Date(startsAt.getTime() + (minutes + 15) * MINUTE));
  t.view = await recordSession(w.ctx, worker, w.slug, t.caseId, {
    startsAt: startsAt.toISOString(),
    durationMinutes: minutes,
    mode,
    place,
    attendance: session.dna ? 'did_not_attend' : 'attended',
    notes: session.dna
      ? 'Did not attend; rang afterwards and rebooked.'
      : i === 0
        ? `First session: what matters to ${p.given}, and what a good outcome would look like.`
        : w.random.pick(SESSION_NOTES),
    ...(session.dna ? {} : { riskConcern: 'no' as const }),
  });
}
