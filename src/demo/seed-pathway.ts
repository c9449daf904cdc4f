import type { AppContext } from '../context.ts';
import type { Role } from '../db/schema.ts';
import type { ClientActor, SystemActor, UserActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { createApiClient } from '../modules/identity/api-clients/index.ts';
import { CIRCUMSTANCES } from '../modules/scheme/codes/index.ts';
import { NEEDS } from '../modules/scheme/codes/index.ts';
import { findBySlugOrOds, findSchemeBySlug } from '../modules/identity/organisations/index.ts';
import { createOrganisation } from '../modules/identity/organisations/index.ts';
import type { PatientInput } from '../modules/pathway/patients/index.ts';
import { getSchemeSettings, updateCriteria } from '../modules/scheme/scheme-settings/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { updateWorkerProfile } from '../modules/workforce/support/index.ts';
import { insertMembership, insertUser } from '../modules/identity/users/index.ts';
import { DEMO_PEOPLE, type DemoPerson, type WorkerKey } from './demo-people.ts';
import { demoActor } from './demo-actor.ts';
import { dramaPhoneNumber, lakesideAddress, seededRandom, testNhsNumber } from './demo-random.ts';
import { personSteps } from './pathway-stages.ts';
import type { DemoWorld } from './pathway-world.ts';

export interface PathwayDemoUser {
  email: string;
  name: string;
  role: Extract<Role, 'link_worker' | 'referrer'>;
  /** ODS code of a referrer's practice. */
  practice?: string;
}

/** The sign-ins the pathway demo adds to the one-per-role demo users: more link workers, and referrers at the other practices. */
export const PATHWAY_DEMO_USERS: readonly PathwayDemoUser[] = [
  { email: 'worker2@demo.example.org', name: 'Aisha Rahman', role: 'link_worker' },
  { email: 'worker3@demo.example.org', name: 'Tomasz Kowalski', role: 'link_worker' },
  { email: 'worker4@demo.example.org', name: 'Nasima Chowdhury', role: 'link_worker' },
  { email: 'referrer2@demo.example.org', name: 'Dr Oliver Bennett', role: 'referrer', practice: 'Y90002' },
  { email: 'referrer3@demo.example.org', name: 'Hannah Lloyd', role: 'referrer', practice: 'Y90003' },
  { email: 'referrer4@demo.example.org', name: 'Dr Kwabena Asante', role: 'referrer', practice: 'Y90004' },
];

/** The network's other practices (Y90001 comes with the base demo); Northgate is outside it, for a declined referral. */
const PRACTICES = [
  { odsCode: 'Y90002', name: 'Canal Street Surgery' },
  { odsCode: 'Y90003', name: 'Hillside Health Centre' },
  { odsCode: 'Y90004', name: 'Park View Group Practice' },
  { odsCode: 'Y90005', name: 'Northgate Surgery' },
];
const PRACTICES_SERVED = ['Y90001', 'Y90002', 'Y90003', 'Y90004'];

const WORKERS: Record<WorkerKey, { email: string; hours: number; languages: string[] }> = {
  jordan: { email: 'worker@demo.example.org', hours: 37.5, languages: ['British Sign Language'] },
  aisha: { email: 'worker2@demo.example.org', hours: 22.5, languages: ['Urdu', 'Punjabi'] },
  tomasz: { email: 'worker3@demo.example.org', hours: 30, languages: ['Polish', 'Russian'] },
  nasima: { email: 'worker4@demo.example.org', hours: 37.5, languages: ['Bengali', 'Sylheti'] },
};
const REFERRERS = {
  shah: 'referrer@demo.example.org',
  bennett: 'referrer2@demo.example.org',
  lloyd: 'referrer3@demo.example.org',
  asante: 'referrer4@demo.example.org',
  hub: 'community@demo.example.org',
} as const;

/** Working days before the first referral at which the scheme is set up. */
const SET_UP_WD = 85;
const DAY = 86_400_000;
const RANDOM_SEED = 20_260_401;

/** Counts of what the pathway demo made, for the command line to report. */
export interface PathwaySummary {
  people: number;
  steps: number;
}

/**
 * Makes the demo scheme a believable primary care network service: four practices, a second
 * community organisation, four link workers and four referrers, the scheme's criteria, and about
 * forty synthetic people at every stage of the pathway. Every change goes through the use cases,
 * so the data obeys the rules and has its timelines, messages back and audit rows; the use cases
 * run on a clock moved from about sixteen weeks ago to yesterday. Seeded randomness makes the
 * demo the same every time. Audit rows carry the time they were really written.
 */
export async function seedPathway(
  ctx: AppContext,
  options: { slug: string; passwordHash: string },
  onProgress: (message: string) => void = () => {},
): Promise<PathwaySummary> {
  const end = ctx.now();
  let clock = end.getTime();
  const clocked: AppContext = { ...ctx, now: () => new Date(clock) };
  const calendar = workingDays(end);
  clock = calendar.at(SET_UP_WD, 9).getTime();

  onProgress("adding the network's practices, link workers and referrers");
  const scheme = await findSchemeBySlug(ctx.db, options.slug);
  if (!scheme) throw new Error(`the demo scheme "${options.slug}" does not exist`);
  const system: SystemActor = {
    kind: 'system',
    description: 'linkwork seed --demo (pathway)',
    requestId: 'seed-demo-pathway',
  };
  const practiceNames: Record<string, string> = {};
  for (const p of PRACTICES)
    practiceNames[p.odsCode] = (
      await createOrganisation(clocked, system, { type: 'gp_practice', name: p.name, odsCode: p.odsCode })
    ).name;
  const riverside = await findBySlugOrOds(ctx.db, null, 'Y90001');
  if (riverside) practiceNames.Y90001 = riverside.name;
  await createOrganisation(clocked, system, { type: 'community_organisation', name: "Canal Side Carers' Network" });
  await addUsers(clocked, system, scheme.id, options.passwordHash);
  const { id: clientId } = await createApiClient(clocked, system, {
    name: 'Park View Group Practice clinical system (demo)',
    schemeSlug: options.slug,
  });

  const actor = await actorsByEmail(ctx, options.slug, [
    ...Object.values(WORKERS).map((w) => w.email),
    ...Object.values(REFERRERS),
    'manager@demo.example.org',
  ]);
  const manager = actor('manager@demo.example.org');
  await setUpScheme(clocked, manager, options.slug, actor);

  const random = seededRandom(RANDOM_SEED);
  const world: DemoWorld = {
    ctx: clocked,
    slug: options.slug,
    schemeId: scheme.id,
    random,
    manager,
    practiceNames,
    workers: mapValues(WORKERS, (w) => actor(w.email)),
    referrers: mapValues(REFERRERS, (email) => actor(email)),
    gpSystem: {
      kind: 'client',
      clientId,
      name: 'Park View Group Practice clinical system (demo)',
      schemeId: scheme.id,
      schemeSlug: options.slug,
      organisationId: null,
      requestId: 'seed-demo-pathway',
    } satisfies ClientActor,
    at: calendar.at,
    day: (wd) => calendar.at(wd, 12).toISOString().slice(0, 10),
    setClock: (at) => {
      clock = at.getTime();
    },
    patient: personDetails(random),
  };

  const steps = DEMO_PEOPLE.flatMap((person, index) => personSteps(world, person, index)).sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  onProgress(`taking ${DEMO_PEOPLE.length} synthetic people through the pathway (${steps.length} steps)`);
  for (const step of steps) {
    clock = step.at.getTime();
    try {
      await step.run();
    } catch (error) {
      throw new Error(
        `demo step failed (${step.what}, ${step.at.toISOString()}): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  await recordAudit(ctx.db, system, {
    action: 'demo.seed-pathway',
    recordType: 'organisation',
    recordId: scheme.id,
    schemeId: scheme.id,
    detail: { people: DEMO_PEOPLE.length, steps: steps.length },
  });
  return { people: DEMO_PEOPLE.length, steps: steps.length };
}

async function addUsers(ctx: AppContext, system: SystemActor, schemeId: string, passwordHash: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const u of PATHWAY_DEMO_USERS) {
      const practice = u.practice ? await findBySlugOrOds(trx, null, u.practice) : undefined;
      const userId = await insertUser(trx, { email: u.email, name: u.name, passwordHash, mustChangePassword: false });
      await insertMembership(trx, { userId, role: u.role, schemeId, organisationId: practice?.id ?? null });
    }
    await recordAudit(trx, system, {
      action: 'demo.seed-users',
      recordType: 'organisation',
      recordId: schemeId,
      schemeId,
      detail: { users: PATHWAY_DEMO_USERS.length },
    });
  });
}

/** The scheme's boundaries as its manager would set them, and each link worker's hours and languages. */
async function setUpScheme(
  ctx: AppContext,
  manager: UserActor,
  slug: string,
  actor: (email: string) => UserActor,
): Promise<void> {
  const settings = await getSchemeSettings(ctx, await inScheme(ctx, manager, slug, 'scheme.settings.read'));
  const alternative = (code: string) => CIRCUMSTANCES.find((c) => c.code === code)!.defaultAlternative;
  await updateCriteria(ctx, {
    ...(await inScheme(ctx, manager, slug, 'scheme.settings.update')),
    input: {
      version: settings.version,
      minAge: 18,
      maxAge: null,
      practicesServed: PRACTICES_SERVED,
      selfReferralOpen: true,
      needsInScope: NEEDS.map((n) => n.code).filter((code) => code !== 'substance-use'),
      exclusions: [
        {
          circumstance: 'mental-health-crisis',
          outcome: 'out_of_scope',
          alternative: alternative('mental-health-crisis'),
        },
        {
          circumstance: 'specialist-debt-advice',
          outcome: 'needs_review',
          alternative: alternative('specialist-debt-advice'),
        },
        {
          circumstance: 'secondary-mental-health-care',
          outcome: 'needs_review',
          alternative: alternative('secondary-mental-health-care'),
        },
      ],
    },
  });
  for (const w of Object.values(WORKERS)) {
    await updateWorkerProfile(ctx, {
      ...(await inScheme(ctx, manager, slug, 'scheme.settings.update')),
      userId: actor(w.email).userId,
      input: { hoursPerWeek: w.hours, languages: w.languages, acceptingCases: true },
    });
  }
}

/** Signed-in actors for the demo's users, in their demo scheme membership, as a session would give them. */
async function actorsByEmail(ctx: AppContext, slug: string, emails: string[]): Promise<(email: string) => UserActor> {
  const actors = new Map<string, UserActor>();
  for (const email of emails) actors.set(email, await demoActor(ctx, slug, email, 'seed-demo-pathway'));
  return (email) => actors.get(email)!;
}

/** Times counted in working days (Monday to Friday) before the day of `end`; negative counts go forward. */
function workingDays(end: Date) {
  const midnight = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  const cache = new Map<number, number>();
  const dayStart = (wd: number): number => {
    const known = cache.get(wd);
    if (known !== undefined) return known;
    let t = midnight;
    for (let left = Math.abs(wd); left > 0;) {
      t += wd > 0 ? -DAY : DAY;
      const weekday = new Date(t).getUTCDay();
      if (weekday !== 0 && weekday !== 6) left -= 1;
    }
    cache.set(wd, t);
    return t;
  };
  return { at: (wd: number, hour: number, minute = 0) => new Date(dayStart(wd) + hour * 3_600_000 + minute * 60_000) };
}

/** Gives each person their made-up NHS number, address and phone number, from the seeded randomness. */
function personDetails(random: ReturnType<typeof seededRandom>): (p: DemoPerson) => PatientInput {
  const nhsNumbers = new Set<string>();
  const phones = new Set<string>();
  const given = new Map<DemoPerson, PatientInput>();
  return (p) => {
    const known = given.get(p);
    if (known) return known;
    let nhsNumber: string | null = null;
    if (p.nhsNumber !== false) {
      do nhsNumber = testNhsNumber(random);
      while (nhsNumbers.has(nhsNumber));
      nhsNumbers.add(nhsNumber);
    }
    const input: PatientInput = {
      nhsNumber,
      givenName: p.given,
      familyName: p.family,
      dateOfBirth: p.born,
      sex: p.sex,
      ethnicity: p.ethnicity,
      ...lakesideAddress(random),
      phone: dramaPhoneNumber(random, phones),
      preferredContact: p.contact ?? 'phone',
      preferredLanguage: p.language ?? 'English',
      interpreterNeeded: p.interpreter ?? false,
      accessibilityNeeds: p.accessibility ?? null,
      practiceOdsCode: p.practice,
    };
    given.set(p, input);
    return input;
  };
}

function mapValues<K extends string, V, R>(record: Record<K, V>, f: (v: V) => R): Record<K, R> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as V)])) as Record<K, R>;
}
