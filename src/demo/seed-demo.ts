import type { AppContext } from '../context.ts';
import type { Role } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { SystemActor } from '../platform/actor.ts';
import { findSchemeBySlug, insertOrganisation } from '../modules/identity/organisations/index.ts';
import { saveSetting } from '../modules/identity/settings/index.ts';
import { insertMembership, insertUser } from '../modules/identity/users/index.ts';
import { assertDemoNotHalfMade, recordDemoSeedProgress } from './demo-seed-progress.ts';
import { seedDeprivation } from './seed-deprivation.ts';
import { seedPracticeLists } from './seed-practice-lists.ts';
import { seedDirectory } from './seed-directory.ts';
import { seedOnwardReferrals } from './seed-onward-referrals.ts';
import { seedPathway } from './seed-pathway.ts';
import { seedPostcodes } from './seed-postcodes.ts';
import { seedSafety } from './seed-safety.ts';

export const DEMO_PASSWORD = 'Linkwork-demo-2026';
export const DEMO_SCHEME_SLUG = 'demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation?: 'practice' | 'community';
}

/** The demo sign-ins, one per role. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.example.org', name: 'Ada Okafor', role: 'administrator' },
  { email: 'manager@demo.example.org', name: 'Morgan Hughes', role: 'scheme_manager' },
  { email: 'supervisor@demo.example.org', name: 'Sam Patel', role: 'supervisor' },
  { email: 'worker@demo.example.org', name: 'Jordan Evans', role: 'link_worker' },
  { email: 'referrer@demo.example.org', name: 'Dr Priya Shah', role: 'referrer', organisation: 'practice' },
  { email: 'community@demo.example.org', name: 'Chris Lee', role: 'community_org_user', organisation: 'community' },
  { email: 'commissioner@demo.example.org', name: 'Robin Clarke', role: 'commissioner' },
];

type Progress = (message: string) => void;

/** The demo's steps after its scheme, organisations and users, in order; each name says what a stopped seed was doing. */
const DEMO_STEPS: {
  name: string;
  run: (ctx: AppContext, passwordHash: string, onProgress: Progress) => Promise<unknown>;
}[] = [
  {
    name: 'the pathway (practices, link workers, referrers and the synthetic people)',
    run: (ctx, passwordHash, onProgress) => seedPathway(ctx, { slug: DEMO_SCHEME_SLUG, passwordHash }, onProgress),
  },
  {
    name: 'safety and support (supervision, risk, lone working, training)',
    run: (ctx, _, onProgress) => seedSafety(ctx, DEMO_SCHEME_SLUG, onProgress),
  },
  { name: 'the Lakeside postcodes', run: (ctx, _, onProgress) => seedPostcodes(ctx, onProgress) },
  { name: 'the Lakeside deprivation indices', run: (ctx, _, onProgress) => seedDeprivation(ctx, onProgress) },
  { name: 'the Lakeside practice lists', run: (ctx, _, onProgress) => seedPracticeLists(ctx, onProgress) },
  { name: 'the Lakeside directory', run: (ctx, _, onProgress) => seedDirectory(ctx, DEMO_SCHEME_SLUG, onProgress) },
  { name: 'the onward referrals', run: (ctx, _, onProgress) => seedOnwardReferrals(ctx, DEMO_SCHEME_SLUG, onProgress) },
];

/**
 * Creates the demo scheme, a GP practice, a community organisation and one user per role, and
 * turns two-factor sign-in off for this deployment so the demo can be tried at once; then the
 * pathway, safety, directory and onward-referral demos. Records how far it got as it goes (the use
 * cases commit one by one, so a stopped seed leaves part of the demo behind).
 * Does nothing if the demo scheme already exists, and refuses (IncompleteDemoError) if an earlier
 * seed was stopped midway. Returns whether it created anything.
 */
export async function seedDemo(ctx: AppContext, onProgress: Progress = () => {}): Promise<boolean> {
  if (await findSchemeBySlug(ctx.db, DEMO_SCHEME_SLUG)) {
    await assertDemoNotHalfMade(ctx);
    return false;
  }
  const actor: SystemActor = { kind: 'system', description: 'linkwork seed --demo', requestId: 'seed-demo' };
  const passwordHash = await hashPassword(DEMO_PASSWORD, ctx.config.passwordHashing);
  const startedAt = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await recordDemoSeedProgress(
      trx,
      { state: 'started', step: 'the demo scheme, organisations and users', startedAt },
      ctx.now(),
    );
    onProgress('creating the demo scheme and organisations');
    const insertOrg = (
      type: 'scheme' | 'gp_practice' | 'community_organisation',
      name: string,
      slug: string | null,
      odsCode: string | null,
    ) => insertOrganisation(trx, { type, name, slug, odsCode }).then((r) => r.id);
    const schemeId = await insertOrg('scheme', 'Demo Social Prescribing Service', DEMO_SCHEME_SLUG, null);
    const practiceId = await insertOrg('gp_practice', 'Riverside Medical Practice', null, 'Y90001');
    const communityId = await insertOrg('community_organisation', 'Lakeside Community Hub', null, null);
    onProgress(`creating ${DEMO_USERS.length} demo users`);
    for (const u of DEMO_USERS) {
      const userId = await insertUser(trx, { email: u.email, name: u.name, passwordHash, mustChangePassword: false });
      await insertMembership(trx, {
        userId,
        role: u.role,
        schemeId: u.role === 'administrator' ? null : schemeId,
        organisationId:
          u.organisation === 'practice' ? practiceId : u.organisation === 'community' ? communityId : null,
      });
    }
    await saveSetting(trx, 'two_factor_required', false, ctx.now());
    await recordAudit(trx, actor, {
      action: 'demo.seed',
      recordType: 'organisation',
      recordId: schemeId,
      schemeId,
      detail: { users: DEMO_USERS.length, twoFactorRequired: false },
    });
  });
  for (const step of DEMO_STEPS) {
    await recordDemoSeedProgress(ctx.db, { state: 'started', step: step.name, startedAt }, ctx.now());
    await step.run(ctx, passwordHash, onProgress);
  }
  await recordDemoSeedProgress(
    ctx.db,
    { state: 'complete', startedAt, completedAt: ctx.now().toISOString() },
    ctx.now(),
  );
  return true;
}
