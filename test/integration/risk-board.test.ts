import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  addSchemeMember,
  allocatedCase,
  signInAgain,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck, riskCheck, riskRowCounts } from '../support/risk.ts';

type Level = 'medium' | 'high' | 'immediate';
interface ActiveRisk {
  level: Level;
  since: string;
  riskId: string;
  caseId: string;
}
interface CaseloadItem {
  caseId: string;
  activeRisk: ActiveRisk | null;
}
interface Caseload {
  items: CaseloadItem[];
  next: string | null;
}
interface TimelineEntry {
  at: string;
  kind: string;
  text: string;
  by: string | null;
}
interface Outstanding {
  id: string;
  description: string;
  dueAt: string;
  overdue: boolean;
  assignee: string;
}
interface CaseView {
  version: number;
  timeline: TimelineEntry[];
  activeRisks: { id: string; level: string; since: string; outstanding: Outstanding[] }[];
}
interface BoardItem {
  riskId: string;
  caseId: string;
  level: Level;
  since: string;
  ageDays: number;
  person: { name: string };
  worker: { id: string; name: string };
  overdue: boolean;
  outstanding: Outstanding[];
}
interface Board {
  scope: string;
  total: number;
  items: BoardItem[];
  next: string | null;
}
interface Risk {
  id: string;
  version: number;
  actions: { id: string; kind: string; status: string }[];
}

const HOUR = 60;
const DAY = 24 * HOUR;

const checks: Record<Level, () => Record<string, unknown>> = {
  medium: () =>
    riskCheck({
      thoughts: true,
      plans: true,
      protectiveFactors: 'Sees his brother weekly',
      level: 'medium',
      summary: 'Spoke of a plan to harm himself if the eviction goes ahead; agreed to review next week.',
    }),
  high: () =>
    riskCheck({
      thoughts: true,
      plans: true,
      means: true,
      intent: true,
      protectiveFactors: 'Her dog',
      level: 'high',
      summary: 'Said she has saved tablets and means to take them; made a plan to keep safe tonight.',
    }),
  immediate: immediateCheck,
};

describe.each(testDatabaseTargets())(
  'active risk on lists, the case timeline and the team risk board on $name',
  (target) => {
    const env = useTestApp(target);
    afterEach(() => env().clock.reset());

    const get = (who: RoleClient, url: string) => who.request({ method: 'GET', url });
    const post = (who: RoleClient, url: string, payload: Record<string, unknown>) =>
      who.request({ method: 'POST', url, payload });

    async function scheme() {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      await configureSafety(s);
      return s;
    }

    /** A session in which the worker records a risk check at this level: the way every risk is recorded. */
    async function recordRisk(
      s: PathwayScheme,
      caseId: string,
      level: Level,
      by: RoleClient = s.worker,
    ): Promise<CaseView> {
      const saved = await post(by, `${schemeApi(s)}/cases/${caseId}/sessions`, {
        startsAt: new Date(env().clock.now().getTime() - 5 * 60_000).toISOString(),
        durationMinutes: 40,
        mode: 'phone',
        place: '',
        attendance: 'attended',
        notes: 'Talked through the week.',
        riskConcern: 'yes',
        riskCheck: checks[level](),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      return saved.json<CaseView>();
    }

    const caseload = async (who: RoleClient, s: PathwayScheme, query = '') => {
      const r = await get(who, `${schemeApi(s)}/caseload${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<Caseload>();
    };
    const board = async (who: RoleClient, s: PathwayScheme, query = '') => {
      const r = await get(who, `${schemeApi(s)}/risk/board${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<Board>();
    };
    const auditCount = (schemeId: string) =>
      inSchemeTransaction(env().ctx.db, schemeId, async (trx) => {
        const { rows } = await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM audit_log WHERE scheme_id = ${schemeId}`.execute(trx);
        return Number(rows[0]?.n ?? 0);
      });
    const riskEventCount = (schemeId: string) =>
      inSchemeTransaction(env().ctx.db, schemeId, async (trx) => {
        const { rows } = await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM risk_events WHERE scheme_id = ${schemeId}`.execute(trx);
        return Number(rows[0]?.n ?? 0);
      });

    async function resolveAll(
      s: PathwayScheme,
      caseId: string,
      riskId: string,
      who: RoleClient = s.worker,
    ): Promise<Risk> {
      const url = `${schemeApi(s)}/cases/${caseId}/risks/${riskId}`;
      const risk = (await get(who, url)).json<Risk>();
      for (const a of risk.actions.filter((x) => x.status === 'open')) {
        const done = await post(who, `${url}/actions/${a.id}`, { status: 'done', note: `Done: ${a.kind}` });
        expect(done.statusCode, done.body).toBe(200);
      }
      return (await get(who, url)).json<Risk>();
    }

    it('tags each person on the worker\'s caseload and the supervisor\'s view of it, sorts highest first and filters "high and above"', async () => {
      const s = await scheme();
      const none = (await allocatedCase(s)).caseId;
      const medium = (await allocatedCase(s)).caseId;
      const high = (await allocatedCase(s)).caseId;
      env().clock.advanceMinutes(10);
      await recordRisk(s, medium, 'medium');
      await recordRisk(s, high, 'high');

      for (const viewer of [s.worker, s.supervisor, s.manager]) {
        const query = viewer === s.worker ? '' : `?workerId=${s.worker.userId}`;
        const all = await caseload(viewer, s, query);
        const tags = Object.fromEntries(all.items.map((i) => [i.caseId, i.activeRisk?.level ?? null]));
        expect(tags, 'allocation order, each with its tag').toEqual({
          [none]: null,
          [medium]: 'medium',
          [high]: 'high',
        });
        expect(all.items.find((i) => i.caseId === high)?.activeRisk).toMatchObject({
          caseId: high,
          riskId: expect.any(String) as string,
        });

        const sorted = await caseload(viewer, s, `${query ? `${query}&` : '?'}sort=risk`);
        expect(sorted.items.map((i) => i.caseId)).toEqual([high, medium, none]);
        const highAndAbove = await caseload(viewer, s, `${query ? `${query}&` : '?'}riskAtLeast=high`);
        expect(highAndAbove.items.map((i) => i.caseId)).toEqual([high]);
        const mediumAndAbove = await caseload(viewer, s, `${query ? `${query}&` : '?'}riskAtLeast=medium&sort=risk`);
        expect(mediumAndAbove.items.map((i) => i.caseId)).toEqual([high, medium]);
      }

      // Closing the risk (after its actions) takes the tag away in the same transaction.
      const riskId = (await caseload(s.worker, s)).items.find((i) => i.caseId === medium)!.activeRisk!.riskId;
      const resolved = await resolveAll(s, medium, riskId);
      const closed = await post(s.worker, `${schemeApi(s)}/cases/${medium}/risks/${riskId}/close`, {
        version: resolved.version,
        note: 'Eviction stopped; feels safe; plan in place with his brother.',
      });
      expect(closed.statusCode, closed.body).toBe(200);
      const after = await caseload(s.worker, s, '?riskAtLeast=medium');
      expect(after.items.map((i) => i.caseId)).toEqual([high]);
    });

    it('keeps the tag at the highest risk still open when one of two is closed', async () => {
      const s = await scheme();
      const { caseId } = await allocatedCase(s);
      env().clock.advanceMinutes(10);
      await recordRisk(s, caseId, 'medium');
      env().clock.advanceMinutes(5);
      const view = await recordRisk(s, caseId, 'high');
      const high = view.activeRisks.find((r) => r.level === 'high')!;
      expect((await caseload(s.supervisor, s, `?workerId=${s.worker.userId}`)).items[0]!.activeRisk).toMatchObject({
        level: 'high',
        riskId: high.id,
      });
      const resolved = await resolveAll(s, caseId, high.id);
      expect(
        (
          await post(s.worker, `${schemeApi(s)}/cases/${caseId}/risks/${high.id}/close`, {
            version: resolved.version,
            note: 'Safety plan in place; tablets returned.',
          })
        ).statusCode,
      ).toBe(200);
      const after = (await caseload(s.supervisor, s, `?workerId=${s.worker.userId}`)).items[0]!.activeRisk;
      expect(after?.level, 'the medium risk is still open').toBe('medium');
      expect((await caseload(s.worker, s, '?riskAtLeast=high')).items).toEqual([]);
    });

    it('pages a caseload sorted by risk by keyset, with every case once and in order', async () => {
      const s = await scheme();
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push((await allocatedCase(s)).caseId);
      env().clock.advanceMinutes(10);
      await recordRisk(s, ids[2]!, 'immediate');
      await recordRisk(s, ids[0]!, 'medium');
      const first = await caseload(s.worker, s, '?sort=risk');
      expect(first.items.map((i) => i.caseId)).toEqual([ids[2], ids[0], ids[1]]);
      expect(first.next).toBeNull();
      expectFieldError(
        await get(
          s.worker,
          `${schemeApi(s)}/caseload?sort=risk&after=${encodeURIComponent(Buffer.from('["x"]').toString('base64url'))}`,
        ),
        'after',
      );
      const bad = expectProblem(
        await get(s.worker, `${schemeApi(s)}/caseload?riskAtLeast=severe`),
        400,
        'validation-failed',
      );
      expect(JSON.stringify(bad)).toContain('riskAtLeast');
    });

    it('shows the highest active risk on My tasks and filters tasks by it', async () => {
      const s = await scheme();
      const calm = (await allocatedCase(s)).caseId;
      const risky = (await allocatedCase(s)).caseId;
      env().clock.advanceMinutes(10);
      const dueOn = new Date(env().clock.now().getTime() + 3 * DAY * 60_000).toISOString().slice(0, 10);
      for (const caseId of [calm, risky]) {
        const task = await post(s.worker, `${schemeApi(s)}/cases/${caseId}/tasks`, {
          description: `Call back ${caseId.slice(0, 4)}`,
          dueOn,
        });
        expect(task.statusCode, task.body).toBe(200);
      }
      await recordRisk(s, risky, 'high');
      const tasks = (await get(s.worker, `${schemeApi(s)}/tasks`)).json<{
        items: { caseId: string; activeRisk: ActiveRisk | null }[];
      }>();
      expect(Object.fromEntries(tasks.items.map((t) => [t.caseId, t.activeRisk?.level ?? null]))).toEqual({
        [calm]: null,
        [risky]: 'high',
      });
      const high = (await get(s.worker, `${schemeApi(s)}/tasks?riskAtLeast=high`)).json<{
        items: { caseId: string }[];
      }>();
      expect(high.items.map((t) => t.caseId)).toEqual([risky]);
      const immediate = (await get(s.worker, `${schemeApi(s)}/tasks?riskAtLeast=immediate`)).json<{
        items: unknown[];
      }>();
      expect(immediate.items).toEqual([]);
    });

    it('puts every risk event on the case timeline and the active risk, with what is outstanding, in the case header', async () => {
      const s = await scheme();
      const { caseId } = await allocatedCase(s);
      env().clock.advanceMinutes(10);
      const recorded = await recordRisk(s, caseId, 'high');
      expect(recorded.activeRisks).toHaveLength(1);
      const header = recorded.activeRisks[0]!;
      expect(header.level).toBe('high');
      expect(header.outstanding.map((a) => a.description)).toEqual(
        expect.arrayContaining([expect.stringMatching(/GP practice/)]) as unknown as string[],
      );
      expect(header.outstanding.every((a) => !a.overdue && new Date(a.dueAt) > env().clock.now())).toBe(true);
      const kinds = (v: CaseView) => v.timeline.filter((t) => t.kind.startsWith('risk.')).map((t) => t.kind);
      expect(kinds(recorded)).toEqual(['risk.recorded', 'risk.escalated']);
      const escalated = recorded.timeline.find((t) => t.kind === 'risk.escalated')!;
      expect(escalated.text).toMatch(/High risk escalated/);

      const url = `${schemeApi(s)}/cases/${caseId}/risks/${header.id}`;
      const risk = (await get(s.worker, url)).json<Risk>();
      const [first, second, third] = risk.actions;
      env().clock.advanceMinutes(5);
      expect(
        (
          await post(s.worker, `${url}/actions/${first!.id}`, {
            status: 'done',
            note: 'Rang her at 6pm; safe and with her sister.',
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (await post(s.supervisor, `${url}/actions/${third!.id}`, { status: 'done', note: 'Reviewed at supervision.' }))
          .statusCode,
      ).toBe(200);
      expect(
        (
          await post(s.worker, `${url}/actions/${second!.id}`, {
            status: 'not_done',
            note: 'She asked us not to tell her GP; she will tell them herself on Monday.',
          })
        ).statusCode,
      ).toBe(200);
      const current = (await get(s.worker, url)).json<Risk>();
      expect(
        (
          await post(s.worker, `${url}/close`, {
            version: current.version,
            note: 'Feels safe; tablets handed to the pharmacy.',
          })
        ).statusCode,
      ).toBe(200);

      const kase = (await get(s.supervisor, `${schemeApi(s)}/cases/${caseId}`)).json<CaseView>();
      expect(kinds(kase)).toEqual([
        'risk.recorded',
        'risk.escalated',
        'risk.action-done',
        'risk.action-done',
        'risk.action-not-done',
        'risk.closed',
      ]);
      const notDone = kase.timeline.find((t) => t.kind === 'risk.action-not-done')!;
      expect(notDone.text).toContain('reason: She asked us not to tell her GP');
      expect(notDone.by).toBeTruthy();
      expect(kase.timeline.find((t) => t.kind === 'risk.closed')!.text).toContain('tablets handed to the pharmacy');
      expect(kase.activeRisks).toEqual([]);
    });

    it("writes nothing on a refused risk change: no event, no change to the case's risk", async () => {
      const { ctx } = env();
      const s = await scheme();
      const { caseId } = await allocatedCase(s);
      env().clock.advanceMinutes(10);
      const view = await recordRisk(s, caseId, 'immediate');
      const riskId = view.activeRisks[0]!.id;
      const url = `${schemeApi(s)}/cases/${caseId}/risks/${riskId}`;
      const risk = (await get(s.worker, url)).json<Risk>();
      const before = { events: await riskEventCount(s.scheme.id), rows: await riskRowCounts(ctx, s.scheme.id) };

      expectFieldError(
        await post(s.worker, `${url}/actions/${risk.actions[0]!.id}`, { status: 'not_done', note: '  ' }),
        'note',
      );
      expectProblem(
        await post(s.worker, `${url}/close`, { version: risk.version, note: 'All fine now' }),
        409,
        'conflict',
      );
      expectProblem(
        await post(s.otherWorker, `${url}/close`, { version: risk.version, note: 'Not my case' }),
        404,
        'not-found',
      );
      expect(await riskEventCount(s.scheme.id)).toBe(before.events);
      expect(await riskRowCounts(ctx, s.scheme.id)).toEqual(before.rows);
      expect((await caseload(s.worker, s, '?riskAtLeast=immediate')).items.map((i) => i.caseId)).toEqual([caseId]);
    });

    it('orders the team risk board overdue actions first, then level, then age, with the person, worker and what is outstanding', async () => {
      const s = await scheme();
      const cases = { medium: '', immediate: '', olderHigh: '', newerHigh: '' };
      for (const key of Object.keys(cases) as (keyof typeof cases)[]) cases[key] = (await allocatedCase(s)).caseId;
      env().clock.advanceMinutes(10);
      await recordRisk(s, cases.medium, 'medium');
      // A week and an hour later the medium risk's review is overdue; the later risks' first deadlines are still ahead.
      env().clock.advanceMinutes(7 * DAY + HOUR);
      s.worker = await signInAgain(env().app, s.worker);
      s.manager = await signInAgain(env().app, s.manager);
      await recordRisk(s, cases.olderHigh, 'high');
      env().clock.advanceMinutes(10);
      await recordRisk(s, cases.newerHigh, 'high');
      env().clock.advanceMinutes(10);
      const immediate = await recordRisk(s, cases.immediate, 'immediate');
      const immediateRisk = (
        await get(s.worker, `${schemeApi(s)}/cases/${cases.immediate}/risks/${immediate.activeRisks[0]!.id}`)
      ).json<Risk>();
      const emergency = immediateRisk.actions.find((a) => a.kind === 'emergency-response')!;
      expect(
        (
          await post(
            s.worker,
            `${schemeApi(s)}/cases/${cases.immediate}/risks/${immediateRisk.id}/actions/${emergency.id}`,
            { status: 'done', note: 'Called the crisis line with her; team visiting tonight.' },
          )
        ).statusCode,
      ).toBe(200);
      env().clock.advanceMinutes(5);

      const page = await board(s.manager, s);
      expect(page.scope).toBe('scheme');
      expect(page.total).toBe(4);
      expect(
        page.items.map((i) => i.caseId),
        'overdue first, then immediate, then the two highs oldest first',
      ).toEqual([cases.medium, cases.immediate, cases.olderHigh, cases.newerHigh]);
      const medium = page.items[0]!;
      expect(medium).toMatchObject({ level: 'medium', overdue: true, ageDays: 7, worker: { id: s.worker.userId } });
      expect(medium.person.name).toMatch(/\S+ \S+/);
      expect(medium.outstanding).toEqual([
        expect.objectContaining({ overdue: true, description: expect.stringMatching(/Review the risk/) as string }),
      ]);
      expect(page.items[1]!.outstanding.map((a) => a.description).join(' | ')).not.toMatch(/Call 999/);
      expect(page.items[1]!.overdue).toBe(false);

      // Keyset pages of one give the same order, each risk once.
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const next: Board = await board(s.manager, s, `?limit=1${after ? `&after=${encodeURIComponent(after)}` : ''}`);
        walked.push(...next.items.map((i) => i.caseId));
        after = next.next;
      } while (after);
      expect(walked).toEqual(page.items.map((i) => i.caseId));
    });

    it("shows a supervisor only their supervisees' risks, refuses link workers without writing anything, and never shows another scheme", async () => {
      const { app, ctx } = env();
      const s = await scheme();
      const mine = (await allocatedCase(s)).caseId;
      const theirs = (await allocatedCase(s, { workerId: s.otherWorker.userId })).caseId;
      env().clock.advanceMinutes(10);
      await recordRisk(s, mine, 'high');
      await recordRisk(s, theirs, 'immediate', s.otherWorker);

      const supervised = await board(s.supervisor, s);
      expect(supervised.scope).toBe('supervisees');
      expect(supervised.items.map((i) => i.caseId)).toEqual([mine]);
      expect(supervised.total).toBe(1);
      const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
      expect((await board(otherSupervisor, s)).items).toEqual([]);
      expect((await board(s.manager, s)).items.map((i) => i.caseId)).toEqual([theirs, mine]);

      const audits = await auditCount(s.scheme.id);
      const refused = expectProblem(await get(s.worker, `${schemeApi(s)}/risk/board`), 403, 'forbidden');
      expect(refused.detail).toMatch(/supervisors and scheme managers/);
      expect(await auditCount(s.scheme.id), 'nothing written on refusal').toBe(audits);

      const other = await scheme();
      const elsewhere = (await allocatedCase(other)).caseId;
      await recordRisk(other, elsewhere, 'immediate');
      expect((await board(other.manager, other)).items.map((i) => i.caseId)).toEqual([elsewhere]);
      expect((await board(s.manager, s)).items.map((i) => i.caseId)).not.toContain(elsewhere);
      const crossed = await get(other.manager, `${schemeApi(s)}/risk/board`);
      expect([403, 404]).toContain(crossed.statusCode);
      expectFieldError(await get(s.manager, `${schemeApi(s)}/risk/board?after=not-a-cursor`), 'after');
    });
  },
);
