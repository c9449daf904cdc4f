/** The demo's work with a person once reached: sessions, what matters, goals, tasks and goal progress. */
import type { UserActor } from '../platform/actor.ts';
import {
  addGoal,
  addTask,
  completeTask,
  recordContactAttempt,
  recordSession,
  updateAbout,
  updateGoal,
} from '../modules/pathway/cases/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import {
  DEFAULT_PLAN,
  NEED_PLANS,
  SESSION_NOTES,
  type DemoPerson,
  type SessionPlan,
  type Stage,
} from './demo-people.ts';
import { allocate, failedAttempts } from './pathway-contact.ts';
import { demoMeasures } from './pathway-outcomes.ts';
import { MINUTE, type Add, type DemoWorld, type Track } from './pathway-world.ts';

function planFor(need: string | undefined, name: string) {
  const plan = (need && NEED_PLANS[need]) || DEFAULT_PLAN;
  return { goal: plan.goal, actions: plan.actions, task: plan.task.replace('{name}', name) };
}

/**
 * Working with the person: reached, sessions, "what matters", goals for their first needs,
 * tasks (created at the session before they fall due, some done) and goal progress at the last session.
 */
export function work(
  w: DemoWorld,
  p: DemoPerson,
  stage: Extract<Stage, { kind: 'active' | 'discharged' }>,
  t: Track,
  add: Add,
  goalStatus: 'in_progress' | 'achieved',
  dischargedOn?: number,
): void {
  allocate(w, stage, t, add);
  failedAttempts(w, p, stage, t, add);
  const worker = w.workers[stage.worker];
  const reachedAt = w.at(stage.reached, 9, 15);
  add(reachedAt, 'reached', async () => {
    t.view = await recordContactAttempt(w.ctx, {
      ...(await inScheme(w.ctx, worker, w.slug, 'case.write')),
      id: t.caseId,
      input: {
        at: reachedAt.toISOString(),
        channel: 'phone',
        outcome: 'reached',
        notes: `Spoke to ${p.given}; first session booked.`,
      },
    });
  });
  stage.sessions.forEach((session, i) =>
    add(w.at(session.wd, 14, 0), `session ${i + 1}`, () => recordOneSession(w, p, worker, session, i, t)),
  );

  const first = stage.sessions[0]!.wd;
  demoMeasures(w, worker, t, add, stage.sessions.find((s) => !s.dna)?.wd, dischargedOn);
  add(w.at(first, 15, 0), 'what matters and the plan', async () => {
    const inCase = { ...(await inScheme(w.ctx, worker, w.slug, 'case.write')), id: t.caseId };
    t.view = await updateAbout(w.ctx, {
      ...inCase,
      input: {
        version: t.view!.version,
        whatMatters: stage.matters,
        interventionLevel: stage.level,
        needsByDomain: p.needs.map((domain) => ({ domain, notes: 'Talked about at the first session.' })),
      },
    });
    for (const need of p.needs.slice(0, 2)) {
      const plan = planFor(need, p.given);
      t.view = await addGoal(w.ctx, { ...inCase, input: { description: plan.goal, actions: plan.actions } });
    }
  });

  (stage.tasks ?? []).forEach((task, i) => {
    const description = i < p.needs.length ? planFor(p.needs[i], p.given).task : `Follow-up call to ${p.given}`;
    const before = stage.sessions.map((s) => s.wd).filter((wd) => wd > task.due);
    const createdOn = before.length > 0 ? Math.min(...before) : first;
    add(w.at(createdOn, 15, 30 + i), `task "${description}"`, async () => {
      t.view = await addTask(w.ctx, {
        ...(await inScheme(w.ctx, worker, w.slug, 'case.write')),
        id: t.caseId,
        input: { description, dueOn: w.day(task.due) },
      });
    });
    if (task.done !== undefined) {
      add(w.at(task.done, 16, 0), `task done "${description}"`, async () => {
        const id = t.view!.tasks.find((x) => x.description === description)?.id;
        if (!id) throw new Error(`task "${description}" not found`);
        await completeTask(w.ctx, { ...(await inScheme(w.ctx, worker, w.slug, 'case.write')), taskId: id });
      });
    }
  });

  const last = stage.sessions[stage.sessions.length - 1]!.wd;
  if (stage.sessions.length > 1) {
    add(w.at(last, 15, 45), 'goal progress', async () => {
      const goals = goalStatus === 'achieved' ? t.view!.goals : t.view!.goals.slice(0, 1);
      const inCase = { ...(await inScheme(w.ctx, worker, w.slug, 'case.write')), id: t.caseId };
      for (const goal of goals) {
        const progress = goalStatus === 'achieved' ? w.random.int(8, 10) : w.random.int(3, 7);
        t.view = await updateGoal(w.ctx, {
          ...inCase,
          goalId: goal.id,
          input: {
            version: goal.version,
            description: goal.description,
            actions: goal.actions,
            status: goalStatus,
            progress,
            progressNote:
              goalStatus === 'achieved'
                ? 'Doing this most weeks now without help.'
                : 'Has made a start; finding it easier.',
          },
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
  t.view = await recordSession(w.ctx, {
    ...(await inScheme(w.ctx, worker, w.slug, 'case.write')),
    id: t.caseId,
    input: {
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
    },
  });
}
