/** What the pathway demo's steps share: the demo's world, a step, and what is known so far about one person. */
import type { AppContext } from '../context.ts';
import type { ClientActor, UserActor } from '../platform/actor.ts';
import type { CaseView } from '../modules/pathway/cases/index.ts';
import type { PatientInput } from '../modules/pathway/patients/index.ts';
import type { DemoPerson, WorkerKey } from './demo-people.ts';
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
export interface Track {
  referralId: string;
  referralVersion: number;
  caseId: string;
  view: CaseView | null;
}

/** Schedules one step of a person's story: when it happens, what it is, and what it does. */
export type Add = (at: Date, what: string, run: () => Promise<void>) => void;

export const MINUTE = 60_000;
