import { useState, type FormEvent } from 'react';
import { casesApi, type TaskView } from '../../../api/cases.ts';
import { Button } from '../../../components/Button.tsx';
import { DateInput, EMPTY_DATE, readDate, type DateParts } from '../../../components/form/DateInput.tsx';
import { Radios } from '../../../components/form/Radios.tsx';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { OverdueTag } from '../caseLabels.tsx';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm, type CaseForm } from '../../../hooks/useCaseForm.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

function AddTaskForm({ kase, slug, me, generation, onSaved }: SectionProps) {
  const form = useCaseForm('task', generation);
  const [description, setDescription] = useState('');
  const [due, setDue] = useState<DateParts>(EMPTY_DATE);
  const [assignee, setAssignee] = useState(me.id);
  const choosesAssignee = me.id !== kase.worker.id;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!description.trim()) errors.push({ field: 'description', text: 'Enter what needs doing' });
    else if (description.length > 500)
      errors.push({ field: 'description', text: 'The task must be 500 characters or fewer' });
    const date = readDate(due);
    if (date.kind === 'empty') errors.push({ field: 'dueOn', text: 'Enter the date the task is due' });
    else if (date.kind === 'invalid' && date.problem === 'incomplete')
      errors.push({ field: 'dueOn', text: 'The due date must include a day, month and year' });
    else if (date.kind === 'invalid') errors.push({ field: 'dueOn', text: 'The due date must be a real date' });
    if (!form.check(errors) || date.kind !== 'date') return;
    const view = await form.submit(() =>
      casesApi.addTask(slug, kase.id, {
        description: description.trim(),
        dueOn: date.iso,
        ...(choosesAssignee ? { assigneeId: assignee } : {}),
      }),
    );
    if (!view) return;
    setDescription('');
    setDue(EMPTY_DATE);
    setAssignee(me.id);
    onSaved(view, `Task added, due ${formatDate(date.iso)}`, SECTIONS.tasks);
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="task-form">
      <h3 id="task-form">Add a task</h3>
      <FormErrorSummary form={form} />
      <Textarea
        name={form.name('description')}
        label="What needs doing?"
        hint="For example, “Call the food bank about a referral”."
        value={description}
        onChange={setDescription}
        error={form.errorFor('description')}
        rows={2}
      />
      <DateInput
        name={form.name('dueOn')}
        legend="Due date"
        hint="For example, 1 12 2026"
        value={due}
        onChange={setDue}
        error={form.errorFor('dueOn')}
      />
      {choosesAssignee ? (
        <Radios
          name={form.name('assigneeId')}
          legend="Who will do it?"
          value={assignee}
          options={[
            { value: me.id, text: `Me (${me.name})` },
            { value: kase.worker.id, text: `The link worker (${kase.worker.name})` },
          ]}
          onChange={setAssignee}
          error={form.errorFor('assigneeId')}
        />
      ) : (
        <p>The task will be assigned to you and will appear in your tasks.</p>
      )}
      <Button disabled={form.submitting}>Add task</Button>
    </form>
  );
}

function DoneButton({
  task,
  form,
  onDone,
}: {
  task: TaskView;
  form: CaseForm;
  onDone: (task: TaskView) => Promise<void>;
}) {
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await onDone(task);
  }
  return (
    <form method="post" onSubmit={submit} noValidate className="linkwork-case-done-form">
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="submit"
        disabled={form.submitting}
      >
        Mark as done<span className="nhsuk-u-visually-hidden">: {task.description}</span>
      </button>
    </form>
  );
}

/** Tasks and follow-ups on the case, soonest due first, with "Mark as done" and the form to add one. */
export function TasksSection(props: SectionProps) {
  const { kase, slug, generation, onSaved } = props;
  const doneForm = useCaseForm('task-done', generation);
  const open = kase.tasks.filter((t) => !t.done).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const done = kase.tasks.filter((t) => t.done);
  const canComplete = can(kase, 'task');

  async function markDone(task: TaskView) {
    const view = await doneForm.submit(async () => {
      await casesApi.completeTask(slug, task.id);
      return casesApi.get(slug, kase.id);
    });
    if (view) onSaved(view, `Task done: ${task.description}`, SECTIONS.tasks);
  }

  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.tasks.id}>
      <h2 id={SECTIONS.tasks.id}>{SECTIONS.tasks.title}</h2>
      <FormErrorSummary form={doneForm} level={3} />
      {open.length === 0 ? (
        <p>There are no open tasks on this case.</p>
      ) : (
        <ResponsiveTable
          caption="Open tasks, soonest due first"
          columns={[
            { header: 'Task', cell: (t) => <span className="linkwork-case-text">{t.description}</span> },
            {
              header: 'Due',
              cell: (t) => (
                <>
                  {formatDate(t.dueOn)}
                  {t.overdue ? (
                    <>
                      {' '}
                      <OverdueTag />
                    </>
                  ) : null}
                </>
              ),
            },
            { header: 'Assigned to', cell: (t) => t.assignee.name },
            ...(canComplete
              ? [{ header: 'Action', cell: (t: TaskView) => <DoneButton task={t} form={doneForm} onDone={markDone} /> }]
              : []),
          ]}
          rows={open}
          rowKey={(t) => t.id}
        />
      )}
      {done.length > 0 ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Done tasks ({done.length})</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list nhsuk-list--border">
              {done.map((t) => (
                <li key={t.id}>
                  <span className="linkwork-case-text">{t.description}</span>
                  <span className="nhsuk-body-s">
                    {' '}
                    – done {formatDateTime(t.doneAt)} ({t.assignee.name})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {can(kase, 'task') ? <AddTaskForm {...props} /> : null}
    </section>
  );
}
