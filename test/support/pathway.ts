import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
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
    nhsNumber: uniqueNhsNumber(),
    givenName: 'Maya',
    familyName: `Okoro-${randomBytes(3).toString('hex')}`,
    dateOfBirth: '1958-03-27',
    sex: 'female',
    addressLine1: '12 Mill Lane',
    town: 'Leeds',
    postcode: 'LS1 4AP',
    phone: '07700 900123',
    preferredContact: 'phone',
    preferredLanguage: 'English',
    interpreterNeeded: false,
    ...overrides,
  };
}

export function referralBody(overrides: Record<string, unknown> = {}) {
  return {
    patient: patientInput(),
    needs: ['loneliness'],
    circumstances: [],
    reason: 'Widowed last year and rarely leaves the house.',
    consent: { contact: true, shareWithServices: true, shareWithGp: true },
    ...overrides,
  };
}

/** A signed-in client that remembers who it is, so it can sign in again after the clock moves on. */
export type RoleClient = Client & { userId: string; login: { email: string; password: string } };

export type PathwayRole = 'referrer' | 'link_worker' | 'scheme_manager' | 'supervisor' | 'community_org_user';

export interface PathwayScheme {
  scheme: { id: string; slug: string };
  practice: { id: string; ods_code: string };
  referrer: RoleClient;
  worker: RoleClient;
  otherWorker: RoleClient;
  manager: RoleClient;
  supervisor: RoleClient;
  community: RoleClient;
}

/** Someone else with a role in a scheme, signed in (e.g. a referrer at another practice, a second manager). */
export async function addSchemeMember(
  ctx: AppContext,
  app: FastifyInstance,
  schemeId: string,
  role: PathwayRole,
  organisationId: string | null = null,
): Promise<RoleClient> {
  const u = await buildUser(ctx, { role, schemeId, organisationId });
  return Object.assign(await signIn(app, u), { userId: u.id, login: { email: u.email, password: u.password } });
}

/** Signs the same person in again, e.g. after the test clock has moved past the session timeouts. */
export async function signInAgain(app: FastifyInstance, client: RoleClient): Promise<RoleClient> {
  return Object.assign(await signIn(app, client.login), { userId: client.userId, login: client.login });
}

/** A scheme with a practice, and signed-in people in every pathway role. */
export async function buildPathwayScheme(ctx: AppContext, app: FastifyInstance): Promise<PathwayScheme> {
  const scheme = await buildScheme(ctx);
  const practice = await buildOrganisation(ctx, 'gp_practice');
  const community = await buildOrganisation(ctx, 'community_organisation');
  const user = (role: PathwayRole, organisationId: string | null = null) =>
    addSchemeMember(ctx, app, scheme.id, role, organisationId);
  return {
    scheme: { id: scheme.id, slug: scheme.slug! },
    practice: { id: practice.id, ods_code: practice.ods_code! },
    referrer: await user('referrer', practice.id),
    worker: await user('link_worker'),
    otherWorker: await user('link_worker'),
    manager: await user('scheme_manager'),
    supervisor: await user('supervisor'),
    community: await user('community_org_user', community.id),
  };
}

/** The scheme's API prefix: `/api/schemes/<slug>`. */
export function schemeApi(s: PathwayScheme): string {
  return `/api/schemes/${s.scheme.slug}`;
}

/** Sends a referral and expects it to be taken in; returns the referral as the sender sees it. */
export async function makeReferral(
  s: PathwayScheme,
  by: Client = s.referrer,
  body: Record<string, unknown> = referralBody(),
) {
  const response = await by.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: body });
  if (response.statusCode !== 201) throw new Error(`referral not taken in: ${response.statusCode} ${response.body}`);
  return response.json<
    { id: string; version: number; status: string; patient: { id: string; version: number } } & Record<string, unknown>
  >();
}

/** A referral accepted onto the waiting list by the scheme's link worker. */
export async function acceptedReferral(s: PathwayScheme, body: Record<string, unknown> = referralBody()) {
  const referral = await makeReferral(s, s.referrer, body);
  const response = await s.worker.request({
    method: 'POST',
    url: `${schemeApi(s)}/referrals/${referral.id}/accept`,
    payload: { version: referral.version },
  });
  if (response.statusCode !== 200) throw new Error(`accept failed: ${response.statusCode} ${response.body}`);
  return response.json<
    { id: string; version: number; status: string; patient: { id: string; version: number } } & Record<string, unknown>
  >();
}

/** A referral allocated to a link worker (the scheme's `worker` unless another is named): returns the referral and case ids. */
export async function allocatedCase(
  s: PathwayScheme,
  options: { workerId?: string; body?: Record<string, unknown> } = {},
) {
  const referral = await acceptedReferral(s, options.body ?? referralBody());
  const response = await s.manager.request({
    method: 'POST',
    url: `${schemeApi(s)}/referrals/${referral.id}/allocate`,
    payload: { version: referral.version, workerId: options.workerId ?? s.worker.userId },
  });
  if (response.statusCode !== 200) throw new Error(`allocate failed: ${response.statusCode} ${response.body}`);
  return {
    referralId: referral.id,
    caseId: response.json<{ caseId: string }>().caseId,
    patientId: referral.patient.id,
  };
}

const PATHWAY_TABLES = [
  'patients',
  'referrals',
  'referral_events',
  'messages_back',
  'cases',
  'contact_attempts',
  'case_sessions',
  'case_goals',
  'case_tasks',
  'case_extensions',
  'patient_distinct_pairs',
  'patient_duplicate_pairs',
  'scheme_exclusions',
  'outcome_records',
  'outcome_scores',
  'outcome_pairs',
] as const;

/**
 * Row counts of every pathway table and of the scheme's audit rows, read inside the scheme's
 * row-level-security context: take one before and one after a refused request to show nothing was written.
 */
export async function schemeRowCounts(
  ctx: AppContext,
  schemeId: string,
): Promise<Record<(typeof PATHWAY_TABLES)[number] | 'audit_log', number>> {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const counts = {} as Record<(typeof PATHWAY_TABLES)[number] | 'audit_log', number>;
    for (const table of [...PATHWAY_TABLES, 'audit_log'] as const) {
      const { rows } = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId}`.execute(trx);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; message: string; fix: string }[];
}

/** Expects an application/problem+json answer with this status and code; returns the problem. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  const problem = response.json<Problem>();
  expect(problem.code).toBe(code);
  return problem;
}

/** Expects a 400 naming the field, with a message and a fix a person can act on; returns that field's error. */
export function expectFieldError(response: LightMyRequestResponse, field: string) {
  const problem = expectProblem(response, 400, 'validation-failed');
  const error = problem.errors?.find((e) => e.field === field);
  expect(error, `no error for "${field}" in ${response.body}`).toBeDefined();
  expect(error!.message.length).toBeGreaterThan(0);
  expect(error!.fix.length).toBeGreaterThan(0);
  return error!;
}
