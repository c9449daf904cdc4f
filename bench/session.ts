/**
 * Benchmarks of the platform's hot path, as ratios against ceilings measured in the same run:
 *   - an authenticated request (session lookup, user, memberships, response) against a bare
 *     Fastify route served the same way (app.inject), and against the same SQL sent raw;
 *   - an audit-log search page against the same SQL sent raw.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import type { AppContext } from '../src/context.ts';
import type { Database } from '../src/db/database.ts';
import { hashToken, randomToken } from '../src/platform/auth/tokens.ts';
import { openBenchContext } from './bench-database.ts';

export interface SessionBenchOptions {
  users: number;
  requests: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeIt(n: number, work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) await work();
  return Number(process.hrtime.bigint() - start) / 1e6 / n;
}

/** Runs the session and audit-log benchmark and prints its figures. */
export async function runSessionBench({
  users: USERS,
  requests: REQUESTS,
  runs: RUNS,
}: SessionBenchOptions): Promise<void> {
  const { ctx, database, label, close } = await openBenchContext();
  try {
    await measure(ctx, database, label, USERS, REQUESTS, RUNS);
  } finally {
    await close();
  }
}

async function measure(
  ctx: AppContext,
  database: Database,
  label: string,
  USERS: number,
  REQUESTS: number,
  RUNS: number,
): Promise<void> {
  process.stdout.write(`Seeding ${USERS} users with memberships, sessions and audit rows on ${label} …\n`);
  const scheme = await ctx.db
    .insertInto('organisations')
    .values({ type: 'scheme', name: 'Bench', slug: `bench-${Date.now()}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  let token = '';
  for (let start = 0; start < USERS; start += 500) {
    const batch = Array.from({ length: Math.min(500, USERS - start) }, (_, i) => ({
      email: `bench-${start + i}@example.org`,
      name: `Bench ${start + i}`,
      password_hash: 'x',
      must_change_password: false,
    }));
    const users = await ctx.db.insertInto('users').values(batch).returning('id').execute();
    const memberships = await ctx.db
      .insertInto('memberships')
      .values(users.map((u) => ({ user_id: u.id, role: 'link_worker' as const, scheme_id: scheme.id })))
      .returning(['id', 'user_id'])
      .execute();
    const tokens = memberships.map(() => randomToken());
    token ||= tokens[0]!;
    await ctx.db
      .insertInto('sessions')
      .values(
        memberships.map((m, i) => ({
          token_hash: hashToken(tokens[i]!),
          user_id: m.user_id,
          stage: 'active' as const,
          csrf_token: 'c',
          active_membership_id: m.id,
          absolute_expires_at: new Date(Date.now() + 86_400_000),
          last_seen_at: new Date(),
        })),
      )
      .execute();
    await ctx.db
      .insertInto('audit_log')
      .values(
        users.flatMap((u) =>
          Array.from({ length: 10 }, (_, k) => ({
            actor_user_id: u.id,
            actor_role: 'link_worker',
            action: k % 2 ? 'auth.sign-in' : 'user.read',
            record_type: 'user',
            record_id: u.id,
            detail: '{}',
          })),
        ),
      )
      .execute();
  }
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.ready();

  const cookie = `linkwork_session=${token}`;
  const admin = await ctx.db
    .insertInto('users')
    .values({ email: 'bench-admin@example.org', name: 'Admin', password_hash: 'x', must_change_password: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  const adminMembership = await ctx.db
    .insertInto('memberships')
    .values({ user_id: admin.id, role: 'administrator', scheme_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const adminToken = randomToken();
  await ctx.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(adminToken),
      user_id: admin.id,
      stage: 'active',
      csrf_token: 'c',
      active_membership_id: adminMembership.id,
      absolute_expires_at: new Date(Date.now() + 86_400_000),
      last_seen_at: new Date(),
    })
    .execute();

  const check = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  if (check.statusCode !== 200) throw new Error(`session check failed: ${check.statusCode} ${check.body}`);

  const rawSession = async () => {
    const s =
      await sql`SELECT id, user_id, stage, csrf_token, active_membership_id, last_seen_at, absolute_expires_at FROM sessions WHERE token_hash = ${hashToken(token)} AND ended_at IS NULL`.execute(
        ctx.db,
      );
    const userId = (s.rows[0] as { user_id: string }).user_id;
    await sql`SELECT id, email, name, active, totp_enabled_at FROM users WHERE id = ${userId}`.execute(ctx.db);
    await sql`SELECT m.id, m.role, s.slug, s.name FROM memberships m LEFT JOIN organisations s ON s.id = m.scheme_id WHERE m.user_id = ${userId}`.execute(
      ctx.db,
    );
  };
  const rawAudit = () =>
    sql`SELECT a.id, a.at, u.name, u.email, a.action, a.record_type, a.record_id FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id WHERE a.action LIKE 'auth.%' ORDER BY a.at DESC, a.id DESC LIMIT 50`.execute(
      ctx.db,
    );

  const results: Record<string, number[]> = { session: [], bare: [], rawSession: [], audit: [], rawAudit: [] };
  for (let run = 0; run < RUNS; run += 1) {
    results.bare!.push(await timeIt(REQUESTS, () => bare.inject({ method: 'GET', url: '/bare' })));
    results.session!.push(
      await timeIt(REQUESTS, () => app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })),
    );
    results.rawSession!.push(await timeIt(REQUESTS, rawSession));
    results.audit!.push(
      await timeIt(Math.ceil(REQUESTS / 10), () =>
        app.inject({
          method: 'GET',
          url: '/api/admin/audit?action=auth.',
          headers: { cookie: `linkwork_session=${adminToken}` },
        }),
      ),
    );
    results.rawAudit!.push(await timeIt(Math.ceil(REQUESTS / 10), rawAudit));
    process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
  }
  const m = {
    session: median(results.session!),
    bare: median(results.bare!),
    rawSession: median(results.rawSession!),
    audit: median(results.audit!),
    rawAudit: median(results.rawAudit!),
  };
  const auditRows = await ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  process.stdout.write(
    `\nDataset: ${USERS} users and sessions, ${auditRows.n} audit rows, ${database.kind}; medians of ${RUNS} runs of ${REQUESTS} requests.\n`,
  );
  process.stdout.write(`GET /api/auth/session  ${m.session.toFixed(3)} ms/request\n`);
  process.stdout.write(
    `  ceiling: bare Fastify route ${m.bare.toFixed(3)} ms → ${(m.session / m.bare).toFixed(1)}× the bare route\n`,
  );
  process.stdout.write(
    `  ceiling: same SQL sent raw ${m.rawSession.toFixed(3)} ms → ${(m.session / m.rawSession).toFixed(2)}× raw SQL\n`,
  );
  process.stdout.write(`GET /api/admin/audit?action=auth. (50 rows)  ${m.audit.toFixed(3)} ms/request\n`);
  process.stdout.write(
    `  ceiling: the page query sent raw ${m.rawAudit.toFixed(3)} ms → ${(m.audit / m.rawAudit).toFixed(2)}× raw SQL (the endpoint also audits the search)\n`,
  );
  await app.close();
  await bare.close();
}
