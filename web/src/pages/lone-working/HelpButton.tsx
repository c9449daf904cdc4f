import { useState } from 'react';
import { loneWorkingApi, type VisitView } from '../../api/loneWorking.ts';
import { Button } from '../../components/Button.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../hooks/useCaseForm.ts';

/**
 * "I need help": one press, no questions, because the worker may have seconds. The buddy, the managers
 * and the supervisor are alerted at once and it escalates until one of them acknowledges.
 */
export function HelpButton({
  slug,
  visit,
  onDone,
}: {
  slug: string;
  visit: { id: string; place: string };
  onDone: (view: VisitView) => void;
}) {
  const form = useCaseForm(`help-${visit.id}`);
  const [sent, setSent] = useState(false);
  async function press() {
    const view = await form.submit(() => loneWorkingApi.help(slug, visit.id));
    if (!view) return;
    setSent(true);
    onDone(view);
  }
  return (
    <div className="linkwork-help">
      <FormErrorSummary form={form} level={2} record="visit" />
      <Button type="button" variant="warning" disabled={form.submitting} onClick={() => void press()}>
        I need help<span className="nhsuk-u-visually-hidden"> at {visit.place}</span>
      </Button>
      {sent ? null : (
        <p className="nhsuk-body-s">
          Alerts your buddy, the managers and your supervisor at once. If you are in danger, call 999.
        </p>
      )}
    </div>
  );
}
