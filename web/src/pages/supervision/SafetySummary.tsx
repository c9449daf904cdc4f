import type { SchemeSettings } from '../../api/settings.ts';
import { staffLabel } from '../../components/StaffPicker.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';

/** The safety settings on the scheme settings page, with a way in to change them for the manager. */
export function SafetySummary({ settings, canEdit }: { settings: SchemeSettings; canEdit: boolean }) {
  const s = settings.safety;
  const action = (what: string) => (canEdit ? { to: '/settings/safety', what } : undefined);
  const lead = settings.safeguardingLead;
  return (
    <section aria-labelledby="safety-heading">
      <h2 id="safety-heading">Safety and support</h2>
      <SummaryList>
        <SummaryRow label="Risk language in notes" action={action('risk language phrases')}>
          {s.addedRiskPhrases.length === 0 ? (
            'The built-in detector'
          ) : (
            <>
              <p className="nhsuk-body nhsuk-u-margin-bottom-2">{`The built-in detector and ${s.addedRiskPhrases.length} ${s.addedRiskPhrases.length === 1 ? 'phrase' : 'phrases'} of our own:`}</p>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {s.addedRiskPhrases.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </SummaryRow>
        <SummaryRow label="Crisis contacts" action={action('crisis contacts')}>
          {s.crisisContacts.length === 0 ? (
            'None: only 999 and NHS 111 option 2 are shown'
          ) : (
            <ul className="nhsuk-list">
              {s.crisisContacts.map((c) => (
                <li key={`${c.name}${c.phone}`}>
                  {c.name}: {c.phone}
                  {c.when ? ` (${c.when})` : ''}
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
        <SummaryRow label="Safeguarding lead" action={action('safeguarding lead')}>
          {lead ? (lead.role ? lead.name : staffLabel(lead)) : 'None named'}
        </SummaryRow>
        <SummaryRow label="Clinical supervision" action={action('supervision cadence')}>
          {`Every ${s.supervisionCadenceDays} days unless a worker has their own`}
        </SummaryRow>
        <SummaryRow label="Debriefs" action={action('debrief timings')}>
          {`After a distressing session or ${s.difficultSessionsInRow} difficult in a row, within ${s.debriefResponseWorkingDays} working ${s.debriefResponseWorkingDays === 1 ? 'day' : 'days'}`}
        </SummaryRow>
        <SummaryRow label="Lone working alerts" action={action('lone working alerts')}>
          {`Buddy after ${s.loneWorkingGraceMinutes} minutes, manager ${s.loneWorkingEscalationMinutes} minutes later`}
        </SummaryRow>
        <SummaryRow label="Onward referrals without an answer" action={action('onward referral timings')}>
          {`Reminder after ${s.onwardReminderWorkingDays} working ${s.onwardReminderWorkingDays === 1 ? 'day' : 'days'}, declined automatically after ${s.onwardAutoDeclineDays} days`}
        </SummaryRow>
      </SummaryList>
    </section>
  );
}
