/** Telling everyone who was alerted about a visit that the worker is in touch again. */
import type { AppContext } from '../../../context.ts';
import { safetyContacts } from '../../scheme/notifications/index.ts';
import type { VisitWork } from './change-visit.ts';
import { isHelpActive } from './escalation-ladder.ts';
import { ladderVisit } from './present-visit.ts';
import { alertRecipients, sendAlertCleared } from './visit-alerts.ts';

/** After an alert, the worker being in touch (checking out, extending, cancelling) tells everyone who was alerted. */
export async function clearAlert(ctx: AppContext, w: VisitWork, what: string): Promise<void> {
  // A call for help is closed only by someone acknowledging it: the worker may not be free to say they are safe.
  if (w.visit.alert_level === 0 || w.visit.acknowledged_at || isHelpActive(ladderVisit(w.visit))) return;
  const contacts = await safetyContacts(w.trx, w.scheme.id, w.visit.worker_id);
  await sendAlertCleared(ctx, w.trx, w.visit, alertRecipients(w.visit, contacts, w.visit.alert_level), what);
}
