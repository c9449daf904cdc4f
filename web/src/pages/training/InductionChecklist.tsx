import { trainingApi, type PersonTraining } from '../../api/training.ts';
import { ChoiceItem } from '../../components/form/ChoiceItem.tsx';
import { Field } from '../../components/form/Field.tsx';
import type { Submit } from '../../hooks/useSubmit.ts';
import { formatDate } from '../../lib/format.ts';

interface Props {
  slug: string;
  userId?: string;
  view: PersonTraining;
  /** The training page's form state: its error summary shows what a tick refuses. */
  form: Submit;
  onSaved: (view: PersonTraining, flash: string) => void;
}

/** The new worker's induction: each item ticked (and dated) by them or the scheme manager, saved as it is ticked. */
export function InductionChecklist({ slug, userId, view, form, onSaved }: Props) {
  const { induction } = view;

  async function toggle(item: string, label: string, done: boolean) {
    const saved = await form.submit(() => trainingApi.induction(slug, { ...(userId ? { userId } : {}), item, done }));
    if (saved) onSaved(saved, done ? `Induction: “${label}” done` : `Induction: “${label}” not done`);
  }

  return (
    <section aria-labelledby="induction-heading">
      <h2 id="induction-heading">Induction checklist</h2>
      <p>
        {induction.startedOn ? `Started ${formatDate(induction.startedOn)}. ` : ''}
        {induction.outstanding === 0
          ? 'Every item is done.'
          : `${induction.outstanding} of ${induction.items.length} items still to do.`}
      </p>
      <Field id="induction" legend="Tick each item when it is done; it saves straight away">
        {() => (
          <div className="nhsuk-checkboxes">
            {induction.items.map((item) => (
              <ChoiceItem
                key={item.code}
                type="checkbox"
                id={`induction-${item.code}`}
                checked={item.doneOn !== null}
                disabled={form.submitting}
                onChange={(done) => void toggle(item.code, item.label, done)}
                label={item.label}
                hint={item.doneOn ? `Done ${formatDate(item.doneOn)}` : 'Not done yet'}
                hintId={`induction-${item.code}-hint`}
              />
            ))}
          </div>
        )}
      </Field>
    </section>
  );
}
