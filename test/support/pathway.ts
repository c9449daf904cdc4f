import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../src/context.ts';
import type { FastifyInstance } from 'fastify';
import { buildOrganisation, buildScheme, buildUser, signIn, type Client } from './factories.ts';

/** A valid NHS number that no other test uses (random 9 digits + the modulus 11 check digit). */
export function uniqueNhsNumber(): string {
  for (;;) {
    const digits = Array.from(randomBytes(9), (b) => b % 10);
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}

/** A person as a referral form sends them, with unique identifying details. */
export function patientInput(overrides: Record<string, unknown> = {}) {
  return {
    nhsNumber: uniqueNhsNumber(), givenName: 'Maya', familyName: `Okoro-${randomBytes(3).toString('hex')}`, dateOfBirth: '1958-03-27', sex: 'female',
    addressLine1: '12 Mill Lane', town: 'Leeds', postcode: 'LS1 4AP', phone: '07700 900123', preferredContact: 'phone', preferredLanguage: 'English',
    interpreterNeeded: false, ...overrides,
  };
}

export function referralBody(overrides: Record<string, unknown> = {}) {
  return {
    patient: patientInput(), needs: ['loneliness'], circumstances: [], reason: 'Widowed last year and rarely leaves the house.',
    consent: { contact: true, shareWithServices: true, shareWithGp: true }, ...overrides,
  };
}

export interface PathwayScheme {
  scheme: { id: string; slug: string };
  practice: { id: string; ods_code: string };
  referrer: Client;
  worker: Client & { userId: string };
  otherWorker: Client & { userId: string };
  manager: Client & { userId: string };
  supervisor: Client;
  community: Client;
}

/** A scheme with a practice, and signed-in people in every pathway role. */
export async function buildPathwayScheme(ctx: AppContext, app: FastifyInstance): Promise<PathwayScheme> {
  const scheme = await buildScheme(ctx);
  const practice = await buildOrganisation(ctx, 'gp_practice');
  const community = await buildOrganisation(ctx, 'community_organisation');
  const user = async (role: 'referrer' | 'link_worker' | 'scheme_manager' | 'supervisor' | 'community_org_user', organisationId: string | null = null) => {
    const u = await buildUser(ctx, { role, schemeId: scheme.id, organisationId });
    return Object.assign(await signIn(app, u), { userId: u.id });
  };
  return {
    scheme: { id: scheme.id, slug: scheme.slug! }, practice: { id: practice.id, ods_code: practice.ods_code! },
    referrer: await user('referrer', practice.id), worker: await user('link_worker'), otherWorker: await user('link_worker'),
    manager: await user('scheme_manager'), supervisor: await user('supervisor'), community: await user('community_org_user', community.id),
  };
}
