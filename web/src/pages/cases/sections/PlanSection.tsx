import { useState, type FormEvent } from 'react';
import { casesApi, type GoalStatus, type GoalView } from '../../../api/cases.ts';
import { Button } from '../../../components/Button.tsx';
import { Radios } from '../../../components/form/Radios.tsx';
import { Select } from '../../../components/form/Select.tsx';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { GOAL_STATUSES, GoalStatusTag } from '../caseLabels.tsx';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../../hooks/useCaseForm.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

const PROGRESS_OPTIONS = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  text: n === 0 ? '0 – no progress yet' : n === 10 ? '10 – fully achieved' : String(n),
}));

function goalChecks(description: string, actions: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!description.trim()) errors.push({ field: 'description', text: 'Enter the goal' });
  else if (description.length > 1000)
    errors.push({ field: 'description', text: 'The goal must be 1,000 characters or fewer' });
  if (actions.length > 2000) errors.push({ field: 'actions', text: 'Actions must be 2,000 characters or fewer' });
  return errors;
}

function GoalUpdateForm({ goal, number, props }: { goal: GoalView; number: number; props: SectionProps }) {
  const { kase, slug, generation, onSaved, onReload } = props;
  const form = useCaseForm(`goal-${goal.id}`, generation);
  const [description, setDescription] = useState(goal.description);
  const [actions, setActions] = useState(goal.actions);
  const [status, setStatus] = useState<string>(goal.status);
  const [progress, setProgress] = useState(goal.progress === null ? '' : String(goal.progress));
  const [progressNote, setProgressNote] = useState(goal.progressNote);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = goalChecks(description, actions);
    if (!status) errors.push({ field: 'status', text: 'Select the status of the goal' });
    if (progressNote.length > 2000)
      errors.push({ field: 'progressNote', text: 'The progress note must be 2,000 characters or fewer' });
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      casesApi.updateGoal(slug, kase.id, goal.id, {
        version: goal.version,
        description: description.trim(),
        actions: actions.trim(),
        status: status as GoalStatus,
        progress: progress === '' ? null : Number(progress),
        progressNote: progressNote.trim(),
      }),
    );
    if (view) onSaved(view, `Goal ${number} has been updated`, SECTIONS.plan);
  }

  return (
    <form method="post" onSubmit={submit} noValidate>
      <FormErrorSummary
        form={form}
        onReload={onReload}
        reloadWarning="What you typed here will be replaced by the saved goal when you reload, so copy anything you want to keep first."
      />
      <Textarea
        name={form.name('description')}
        label={`Goal ${number}`}
        value={description}
        onChange={setDescription}
        error={form.errorFor('description')}
        rows={2}
      />
      <Textarea
        name={form.name('actions')}
        label="Actions (optional)"
        value={actions}
        onChange={setActions}
        error={form.errorFor('actions')}
        rows={3}
      />
      <Radios
        name={form.name('status')}
        legend="Status"
        value={status}
        options={[...GOAL_STATUSES]}
        onChange={setStatus}
        error={form.errorFor('status')}
      />
      <Select
        name={form.name('progress')}
        label="Progress, from 0 to 10"
        hint="How far the person feels they have come towards this goal."
        value={progress}
        options={PROGRESS_OPTIONS}
        emptyOption="Not scored"
        onChange={setProgress}
        error={form.errorFor('progress')}
      />
      <Textarea
        name={form.name('progressNote')}
        label="Progress note (optional)"
        value={progressNote}
        onChange={setProgressNote}
        error={form.errorFor('progressNote')}
        rows={3}
      />
      <Button disabled={form.submitting}>Update goal {number}</Button>
    </form>
  );
}

function AddGoalForm({ kase, slug, generation, onSaved }: SectionProps) {
  const form = useCaseForm('goal-new', generation);
  const [description, setDescription] = useState('');
  const [actions, setActions] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check(goalChecks(description, actions))) return;
    const view = await form.submit(() =>
      casesApi.addGoal(slug, kase.id, { description: description.trim(), actions: actions.trim() }),
    );
    if (!view) return;
    setDescription('');
    setActions('');
    onSaved(view, 'Goal added to the plan', SECTIONS.plan);
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="goal-form">
      <h3 id="goal-form">Add a goal</h3>
      <FormErrorSummary form={form} />
      <Textarea
        name={form.name('description')}
        label="Goal"
        hint="In the person’s own words, for example “Get out of the house twice a week”."
        value={description}
        onChange={setDescription}
        error={form.errorFor('description')}
        rows={2}
      />
      <Textarea
        name={form.name('actions')}
        label="Actions (optional)"
        hint="Who will do what, and by when."
        value={actions}
        onChange={setActions}
        error={form.errorFor('actions')}
        rows={3}
      />
      <Button disabled={form.submitting}>Add goal</Button>
    </form>
  );
}

function GoalCard({ goal, number, props }: { goal: GoalView; number: number; props: SectionProps }) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading linkwork-case-text">
          <span className="nhsuk-u-visually-hidden">Goal {number}: </span>
          {goal.description}
        </h3>
        <SummaryList noBorder>
          <SummaryRow label="Actions">
            {goal.actions ? <span className="linkwork-case-text">{goal.actions}</span> : 'None yet'}
          </SummaryRow>
          <SummaryRow label="Status">
            <GoalStatusTag status={goal.status} />
          </SummaryRow>
          <SummaryRow label="Progress">
            {goal.progress === null ? 'Not scored' : `${goal.progress} out of 10`}
          </SummaryRow>
          <SummaryRow label="Progress note">
            {goal.progressNote ? <span className="linkwork-case-text">{goal.progressNote}</span> : 'None'}
          </SummaryRow>
          <SummaryRow label="Last updated">{formatDateTime(goal.updatedAt)}</SummaryRow>
        </SummaryList>
        {can(props.kase, 'plan') ? (
          <details className="nhsuk-details linkwork-no-print">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                Update progress<span className="nhsuk-u-visually-hidden"> on goal {number}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <GoalUpdateForm
                key={`${goal.id}:${goal.version}:${props.generation}`}
                goal={goal}
                number={number}
                props={props}
              />
            </div>
          </details>
        ) : null}
      </div>
    </div>
  );
}

/** The personalised care and support plan: the person's goals, their actions and progress. */
export function PlanSection(props: SectionProps) {
  const { kase } = props;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.plan.id}>
      <h2 id={SECTIONS.plan.id}>{SECTIONS.plan.title}</h2>
      {kase.goals.length === 0 ? <p>No goals have been agreed yet.</p> : null}
      {kase.goals.map((goal, index) => (
        <GoalCard key={goal.id} goal={goal} number={index + 1} props={props} />
      ))}
      {can(kase, 'plan') ? <AddGoalForm {...props} /> : null}
    </section>
  );
}
