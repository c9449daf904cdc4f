/** How a demo person's referral arrives: by a referrer, the public self-referral form, a phone call or a GP system. */
import { inSchemeTransaction } from '../platform/db/scheme-transaction.ts';
import type { UserActor } from '../platform/actor.ts';
import { listByStatus } from '../modules/pathway/referrals/index.ts';
import { createReferral } from '../modules/pathway/referrals/index.ts';
import { getSelfReferralForm, submitSelfReferral } from '../modules/pathway/referrals/index.ts';
import { submitReferral } from '../modules/pathway/referrals/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import type { DemoPerson } from './demo-people.ts';
import { MINUTE, type DemoWorld, type Track } from './pathway-world.ts';

const CONSENT = { contact: true, shareWithServices: true, shareWithGp: true };

/** Who answers for a referral: the referrer who sent it, or the hub worker who took the call. */
export function referrerOf(w: DemoWorld, p: DemoPerson): UserActor {
  if (p.via === 'self' || p.via === 'gp-system')
    throw new Error(`${p.given} ${p.family} has no referrer who can answer`);
  return p.via === 'phone' ? w.workers.jordan : w.referrers[p.via];
}

/** The referral arrives by its route: a practice or the community hub in the browser, the public form, a phone call or a GP system. */
export async function intake(w: DemoWorld, p: DemoPerson, index: number, t: Track): Promise<void> {
  const patient = w.patient(p);
  const body = { patient, needs: p.needs, circumstances: p.circumstances ?? [], reason: p.reason, consent: CONSENT };
  if (p.via === 'self') {
    const arrived = w.at(p.received, 9, 0).getTime();
    w.setClock(new Date(arrived - 7 * MINUTE));
    const form = await getSelfReferralForm(w.ctx, w.slug);
    w.setClock(new Date(arrived));
    const { reference } = await submitSelfReferral(
      w.ctx,
      w.slug,
      { formToken: form.formToken, patient, needs: p.needs, reason: p.reason, consent: CONSENT },
      `seed-demo-self-${index}`,
    );
    const queue = await inSchemeTransaction(w.ctx.db, w.schemeId, (trx) =>
      listByStatus(trx, w.schemeId, ['received'], 'received_at', null, 1000),
    );
    const row = queue.find((r) => r.id.slice(0, 8).toUpperCase() === reference);
    if (!row) throw new Error(`self-referral ${reference} not found`);
    Object.assign(t, { referralId: row.id, referralVersion: row.version });
    return;
  }
  if (p.via === 'gp-system') {
    const { referral } = await submitReferral(w.ctx, w.gpSystem, w.schemeId, {
      source: 'gp_system',
      ...body,
      referrer: { name: 'Dr Kwabena Asante', contact: null, organisationId: null, practiceOdsCode: p.practice },
      identifier: { system: 'https://linkwork.nhs.example/Id/demo-gp-system-referral', value: `PV-${1000 + index}` },
    });
    Object.assign(t, { referralId: referral.id, referralVersion: referral.version });
    return;
  }
  const detail = await createReferral(w.ctx, {
    ...(await inScheme(w.ctx, referrerOf(w, p), w.slug, 'referral.create')),
    input: body,
  });
  Object.assign(t, { referralId: detail.id, referralVersion: detail.version });
}
