import { demoActor as sharedDemoActor } from './demo-actor.ts';
import type { AppContext } from '../context.ts';
import type { UserActor } from '../platform/actor.ts';
import { checkOverdueVisit } from '../modules/safety/lone-working/index.ts';
import { acknowledgeAlert, checkIn, checkOut } from '../modules/safety/lone-working/index.ts';
import { planVisit } from '../modules/safety/lone-working/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';

const WORKER = 'worker@demo.example.org';
const BUDDY = 'worker2@demo.example.org';
const PHONE = '07700 900461';

const demoActor = (ctx: AppContext, slug: string, email: string): Promise<UserActor> =>
  sharedDemoActor(ctx, slug, email, 'seed-demo-lone-working');

/**
 * Lone working in the demo, through the use cases on a moved clock: Jordan Evans (worker@) with
 * Aisha Rahman (worker2@) as buddy — a visit completed three days ago, one two days ago whose
 * check-out was missed (alerted, acknowledged by the buddy, then checked out), and one planned for
 * tomorrow; all at addresses in the demo town, Lakeside (samples/postcodes). Needs the pathway demo's users. Returns how many visits it made.
 */
export async function seedLoneWorking(ctx: AppContext, slug: string): Promise<{ visits: number }> {
  const end = ctx.now();
  let clock = end.getTime();
  const clocked: AppContext = { ...ctx, now: () => new Date(clock) };
  const worker = await demoActor(ctx, slug, WORKER);
  const buddy = await demoActor(ctx, slug, BUDDY);
  const asWorker = await inScheme(ctx, worker, slug, 'lone-working.plan');
  const asBuddy = await inScheme(ctx, buddy, slug, 'lone-working.plan');
  const day = (daysFromToday: number, hour: number, minute = 0) =>
    new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + daysFromToday, hour, minute));
  const at = (d: Date) => {
    clock = d.getTime();
  };

  // Completed: checked in and out on time.
  at(day(-3, 9, 30));
  const done = await planVisit(clocked, {
    ...asWorker,
    input: {
      place: '27 Beech Grove, Lakeside LK1 2ZR',
      purpose: 'Second home visit',
      plannedStart: day(-3, 10).toISOString(),
      expectedEnd: day(-3, 11).toISOString(),
      buddyId: buddy.userId,
      workerPhone: PHONE,
    },
  });
  at(day(-3, 10, 2));
  await checkIn(clocked, { ...asWorker, id: done.id });
  at(day(-3, 10, 55));
  await checkOut(clocked, { ...asWorker, id: done.id });

  // Missed check-out: alerted after the grace period, acknowledged by the buddy, then checked out.
  at(day(-2, 13, 20));
  const missed = await planVisit(clocked, {
    ...asWorker,
    input: {
      place: 'Fellside Community Centre, Mere Road, Lakeside LK1 3AJ',
      purpose: 'Walking group taster with a new client',
      plannedStart: day(-2, 14).toISOString(),
      expectedEnd: day(-2, 15).toISOString(),
      buddyId: buddy.userId,
      workerPhone: PHONE,
    },
  });
  at(day(-2, 14, 5));
  const checkedIn = await checkIn(clocked, { ...asWorker, id: missed.id });
  // Checked in at 14:05, so expected out by 15:05 (the check-in plus the planned hour), alerted 15 minutes later.
  at(day(-2, 15, 21));
  await checkOverdueVisit(clocked, {
    schemeId: worker.schemeId,
    visitId: missed.id,
    expectedEnd: checkedIn.expectedEnd,
    level: 0,
  });
  at(day(-2, 15, 26));
  await acknowledgeAlert(clocked, {
    ...asBuddy,
    id: missed.id,
    input: { note: 'Called Jordan, she is safe, phone had died. She will check out when back at the surgery.' },
  });
  at(day(-2, 15, 40));
  await checkOut(clocked, { ...asWorker, id: missed.id });

  // Planned for tomorrow.
  at(end);
  await planVisit(clocked, {
    ...asWorker,
    input: {
      place: '4 Elm Court, Lakeside LK1 6DX',
      purpose: 'First home visit',
      plannedStart: day(1, 10, 30).toISOString(),
      expectedEnd: day(1, 11, 30).toISOString(),
      buddyId: buddy.userId,
      workerPhone: PHONE,
    },
  });
  return { visits: 3 };
}
