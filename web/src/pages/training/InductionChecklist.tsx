import { useState } from 'react';
import { trainingApi, type PersonTraining } from '../../api/training.ts';
import type { FormErrors } from '../../hooks/useFormErrors.ts';
import { formatDate } from '../../lib/format.ts';

interface Props {
  slug: string;
  userId?: string;
  view: PersonTraining;
  errors: FormErrors;
  onSaved: (view: PersonTraining, flash: string) => void;
}

/** The new worker's induction: each item ticked (and dated) by them or the scheme manager, saved as it is ticked. */
export function InductionChecklist({ slug, userId, view, errors, onSaved }: Props) {
  const [saving, setSaving] = useState<string | null>(null);
  const { induction } = view;

  async function toggle(item: string, label: string, done: boolean) {
    setSaving(item);
    try {
      const saved = await trainingApi.induction(slug, { ...(userId ? { userId } : {}), item, done });
      errors.clear();
      onSaved(saved, done ? `Induction: “${label}” done` : `Induction: “${label}” not done`);
    } catch (error) {
      errors.showError(error);
    } finally {
      setSaving(null);
    }
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
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Tick each item when it is done; it saves straight away
          </legend>
          <div className="nhsuk-checkboxes">
            {induction.items.map((item) => {
              const id = `induction-${item.code}`;
              return (
                <div className="nhsuk-checkboxes__item" key={item.code}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={id}
                    type="checkbox"
                    checked={item.doneOn !== null}
                    disabled={saving !== null}
                    aria-describedby={`${id}-hint`}
                    onChange={(e) => void toggle(item.code, item.label, e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                    {item.label}
                  </label>
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
                    {item.doneOn ? `Done ${formatDate(item.doneOn)}` : 'Not done yet'}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
