import { useEffect, useState, type FormEvent } from 'react';
import type { ReferralDetail } from '../../api/referrals.ts';
import { trainingApi, type ComplexityFlagView } from '../../api/training.ts';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import type { Submit } from '../../hooks/useSubmit.ts';
import { clarifyProblem, isEditConflict } from '../referrals/problems.ts';
import { TRIAGE_ROLES, useScheme } from '../referrals/SchemeContext.tsx';

interface Props {
  referral: ReferralDetail;
  /** The referral page's form state: its error summary shows what this form refuses. */
  form: Submit;
  onDone: (updated: ReferralDetail, flash: string) => void;
  onConflict: () => void;
}

const CLOSED = ['declined', 'completed', 'cancelled'];

/**
 * What makes the referral complex, set by the triage team. Each flag needs training of whoever
 * takes the case (listed under the flag); allocation checks it.
 */
export function ComplexityFlagsForm({ referral, form, onDone, onConflict }: Props) {
  const scheme = useScheme();
  const [flags, setFlags] = useState<ComplexityFlagView[] | null>(null);
  const [chosen, setChosen] = useState<string[]>(referral.complexityFlags);
  const editable = TRIAGE_ROLES.includes(scheme.role) && !CLOSED.includes(referral.status);

  useEffect(() => {
    if (!TRIAGE_ROLES.includes(scheme.role)) return;
    void trainingApi.complexityFlags(scheme.slug).then(
      (r) => setFlags(r.flags),
      () => setFlags([]),
    );
  }, [scheme.slug, scheme.role]);
  useEffect(() => setChosen(referral.complexityFlags), [referral.complexityFlags]);

  if (!TRIAGE_ROLES.includes(scheme.role) || flags === null) return null;
  const label = (code: string) => flags.find((f) => f.code === code)?.label ?? code;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const updated = await form.submit(
      () => trainingApi.setComplexity(scheme.slug, referral.id, { version: referral.version, flags: chosen }),
      {
        onError: (error) => {
          if (isEditConflict(error)) onConflict();
          return clarifyProblem(error, 'referral');
        },
      },
    );
    if (!updated) return;
    onDone(
      updated,
      updated.complexityFlags.length
        ? `Complexity saved: ${updated.complexityFlags.map(label).join(', ')}`
        : 'Complexity saved: no flags',
    );
  }

  return (
    <section aria-labelledby="complexity-heading" className="linkwork-no-print">
      <h2 id="complexity-heading">Complexity</h2>
      {editable ? (
        <form method="post" onSubmit={save} noValidate>
          <Checkboxes
            name="flags"
            legend="What makes this referral complex?"
            hint="Only link workers with current training for each flag ticked can be allocated, unless a scheme manager records an override."
            values={chosen}
            onChange={setChosen}
            error={form.errorFor('flags')}
            options={flags.map((f) => ({
              value: f.code,
              text: f.label,
              hint: `${f.hint} Needs: ${f.courses.join(', ') || 'no course set'}.`,
            }))}
          />
          <Button variant="secondary" disabled={form.submitting}>
            Save complexity
          </Button>
        </form>
      ) : (
        <p>
          {referral.complexityFlags.length ? referral.complexityFlags.map(label).join(', ') : 'No complexity flags.'}
        </p>
      )}
    </section>
  );
}
