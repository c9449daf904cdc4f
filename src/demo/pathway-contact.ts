/** The demo's steps from acceptance to first contact: accepting, allocating, failed contact attempts and letters. */
import { allocateReferral } from '../modules/pathway/cases/index.ts';
import { recordContactAttempt } from '../modules/pathway/cases/index.ts';
import { acceptReferral } from '../modules/pathway/referrals/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import type { DemoPerson, WorkerKey } from './demo-people.ts';
import type { Add, DemoWorld, Track } from './pathway-world.ts';

/** The referral is accepted onto the waiting list by the manager or the hub worker. */
export function accept(w: DemoWorld, wd: number, t: Track, add: Add): void {
  add(w.at(wd, 14, w.random.int(0, 50)), 'accepted onto the waiting list', async () => {
    const triager = w.random.next() < 0.5 ? w.manager : w.workers.jordan;
    t.referralVersion = (
      await acceptReferral(w.ctx, {
        ...(await inScheme(w.ctx, triager, w.slug, 'scheme.read')),
        id: t.referralId,
        input: { version: t.referralVersion },
      })
    ).version;
  });
}

/** Accepted, then allocated to the stage's link worker: this opens the case. */
export function allocate(
  w: DemoWorld,
  stage: { worker: WorkerKey; accepted: number; allocated: number },
  t: Track,
  add: Add,
): void {
  accept(w, stage.accepted, t, add);
  add(w.at(stage.allocated, 10, w.random.int(0, 40)), `allocated to ${stage.worker}`, async () => {
    const detail = await allocateReferral(w.ctx, {
      ...(await inScheme(w.ctx, w.manager, w.slug, 'scheme.read')),
      id: t.referralId,
      input: { version: t.referralVersion, workerId: w.workers[stage.worker].userId },
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

/** The contact attempts that did not reach the person. */
export function failedAttempts(
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
      t.view = await recordContactAttempt(w.ctx, {
        ...(await inScheme(w.ctx, w.workers[stage.worker], w.slug, 'case.write')),
        id: t.caseId,
        input: {
          at: at.toISOString(),
          channel: p.contact === 'text' && i > 0 ? 'text' : 'phone',
          outcome: result,
          notes: FAILED_NOTES[result]!,
        },
      });
    });
  });
}

/** The letter asking the person to ring the service. */
export function letter(w: DemoWorld, p: DemoPerson, worker: WorkerKey, wd: number, t: Track, add: Add): void {
  const at = w.at(wd, 10, 0);
  add(at, 'letter sent', async () => {
    t.view = await recordContactAttempt(w.ctx, {
      ...(await inScheme(w.ctx, w.workers[worker], w.slug, 'case.write')),
      id: t.caseId,
      input: {
        at: at.toISOString(),
        channel: 'letter',
        outcome: 'left_message',
        notes: `Letter sent to ${p.given} asking them to ring the service within 14 days.`,
      },
    });
  });
}
