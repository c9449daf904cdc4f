/** The pathway demo's stage table: for each stage a person can be at, the steps that bring them there. */
import { closeUnableToContact, dischargeCase, extendIntervention } from '../modules/pathway/cases/index.ts';
import { recordContactAttempt } from '../modules/pathway/cases/index.ts';
import { declineReferral, provideInformation, requestInformation } from '../modules/pathway/referrals/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import type { DemoPerson, Stage } from './demo-people.ts';
import { accept, allocate, failedAttempts, letter } from './pathway-contact.ts';
import { intake, referrerOf } from './pathway-intake.ts';
import { work } from './pathway-work.ts';
import type { Add, DemoWorld, Step, Track } from './pathway-world.ts';

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
        await requestInformation(w.ctx, {
          ...(await inScheme(w.ctx, w.workers.jordan, w.slug, 'scheme.read')),
          id: t.referralId,
          input: { version: t.referralVersion, question: stage.question },
        })
      ).version;
    });
    if (stage.answered) {
      const answer = stage.answered.answer;
      add(w.at(stage.answered.wd, 12, w.random.int(0, 50)), 'information provided', async () => {
        t.referralVersion = (
          await provideInformation(w.ctx, {
            ...(await inScheme(w.ctx, referrerOf(w, p), w.slug, 'scheme.read')),
            id: t.referralId,
            input: { version: t.referralVersion, answer },
          })
        ).version;
      });
    }
  },
  declined: (w, _p, stage, t, add) => {
    add(w.at(stage.triaged, 14, w.random.int(0, 50)), 'declined', async () => {
      await declineReferral(w.ctx, {
        ...(await inScheme(w.ctx, w.manager, w.slug, 'scheme.read')),
        id: t.referralId,
        input: { version: t.referralVersion, reason: stage.reason, alternative: stage.alternative },
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
        t.view = await extendIntervention(w.ctx, {
          ...(await inScheme(w.ctx, w.workers[stage.worker], w.slug, 'case.write')),
          id: t.caseId,
          input: {
            version: t.view!.version,
            reason: extension.reason,
            extraWeeks: extension.weeks,
            extraSessions: extension.sessions,
          },
        });
      });
    }
  },
  discharged: (w, p, stage, t, add) => {
    work(w, p, stage, t, add, 'achieved', stage.discharged);
    add(w.at(stage.discharged, 16, 30), 'discharged', async () => {
      t.view = await dischargeCase(w.ctx, {
        ...(await inScheme(w.ctx, w.workers[stage.worker], w.slug, 'case.write')),
        id: t.caseId,
        input: {
          version: t.view!.version,
          reason: stage.reason,
          summary: stage.summary,
          arranged: stage.arranged,
        },
      });
    });
  },
  withdrew: (w, p, stage, t, add) => {
    allocate(w, stage, t, add);
    failedAttempts(w, p, stage, t, add);
    const worker = w.workers[stage.worker];
    const they = p.sex === 'female' ? 'she' : p.sex === 'male' ? 'he' : 'they';
    add(w.at(stage.declinedAt, 10, 0), 'declined the service', async () => {
      t.view = await recordContactAttempt(w.ctx, {
        ...(await inScheme(w.ctx, worker, w.slug, 'case.write')),
        id: t.caseId,
        input: {
          at: w.at(stage.declinedAt, 10, 0).toISOString(),
          channel: 'phone',
          outcome: 'declined_service',
          notes: `${p.given} rang back: managing well with the neighbours' help and does not want the service at the moment. Knows ${they} can be referred again.`,
        },
      });
    });
    add(w.at(stage.discharged, 11, 0), 'discharged (chose to stop)', async () => {
      t.view = await dischargeCase(w.ctx, {
        ...(await inScheme(w.ctx, worker, w.slug, 'case.write')),
        id: t.caseId,
        input: {
          version: t.view!.version,
          reason: 'patient-withdrew',
          arranged: '',
          summary: `${p.given} rang to say the service is not wanted at the moment. The GP can refer again at any time.`,
        },
      });
    });
  },
  'unable-to-contact': (w, p, stage, t, add) => {
    allocate(w, stage, t, add);
    failedAttempts(w, p, stage, t, add);
    letter(w, p, stage.worker, stage.letter, t, add);
    add(w.at(stage.closed, 11, 0), 'closed as unable to contact', async () => {
      t.view = await closeUnableToContact(w.ctx, {
        ...(await inScheme(w.ctx, w.workers[stage.worker], w.slug, 'case.write')),
        id: t.caseId,
        input: { version: t.view!.version },
      });
    });
  },
};
