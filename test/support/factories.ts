import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../src/context.ts';
import type { Role } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';

const unique = () => randomBytes(4).toString('hex');

/** A scheme with a unique slug. */
export async function buildScheme(ctx: AppContext, overrides: { name?: string; slug?: string } = {}) {
  const slug = overrides.slug ?? `scheme-${unique()}`;
  return ctx.db
    .insertInto('organisations')
    .values({ type: 'scheme', name: overrides.name ?? `Scheme ${slug}`, slug })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export async function buildOrganisation(ctx: AppContext, type: 'gp_practice' | 'community_organisation') {
  const odsCode =
    type === 'gp_practice'
      ? `Y${Math.floor(10000 + Math.random() * 89999)}${unique().slice(0, 2).toUpperCase()}`.slice(0, 8)
      : null;
  return ctx.db
    .insertInto('organisations')
    .values({ type, name: `Org ${unique()}`, ods_code: odsCode, slug: null })
    .returning(['id', 'name', 'ods_code'])
    .executeTakeFirstOrThrow();
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  membershipId: string;
}

/** A user with one membership and a known password; no password change required unless asked. */
export async function buildUser(
  ctx: AppContext,
  options: {
    role: Role;
    schemeId?: string | null;
    organisationId?: string | null;
    mustChangePassword?: boolean;
    name?: string;
  },
): Promise<TestUser> {
  const email = `user-${unique()}@example.org`;
  const password = `walnut-harbour-${unique()}`;
  const user = await ctx.db
    .insertInto('users')
    .values({
      email,
      name: options.name ?? `Test Person ${unique()}`,
      password_hash: await hashPassword(password, ctx.config.passwordHashing),
      must_change_password: options.mustChangePassword ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const membership = await ctx.db
    .insertInto('memberships')
    .values({
      user_id: user.id,
      role: options.role,
      scheme_id: options.role === 'administrator' ? null : (options.schemeId ?? null),
      organisation_id: options.organisationId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: user.id, email, password, membershipId: membership.id };
}

export async function setTwoFactorRequired(ctx: AppContext, required: boolean): Promise<void> {
  await ctx.db
    .updateTable('settings')
    .set({ value: JSON.stringify(required) })
    .where('key', '=', 'two_factor_required')
    .execute();
}

/** A signed-in HTTP client for app.inject: carries the cookie and the CSRF token. */
export interface Client {
  cookie: string;
  csrf: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export function cookieFrom(response: { headers: Record<string, unknown> }): string {
  const raw = response.headers['set-cookie'];
  const first = Array.isArray(raw) ? String(raw[0]) : String(raw ?? '');
  return first.split(';')[0] ?? '';
}

export function clientFor(app: FastifyInstance, cookie: string, csrf: string): Client {
  return {
    cookie,
    csrf,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': csrf, ...(options.headers ?? {}) },
      } as InjectOptions),
  };
}

/** Signs in with email and password and expects to be fully signed in. */
export async function signIn(app: FastifyInstance, user: { email: string; password: string }): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ next: string; csrfToken: string }>();
  if (body.next !== 'done') throw new Error(`sign-in not complete: ${body.next}`);
  return clientFor(app, cookieFrom(response), body.csrfToken);
}
