import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { casesApi, type MyTasks, type TaskView } from '../../api/cases.ts';
import { toQuery } from '../../api/client.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RiskTag } from '../../components/RiskTag.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { useApiData, type Loadable } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { OverdueTag } from '../cases/caseLabels.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { RiskListControls, riskAtLeastFrom, riskFilterText } from '../cases/RiskListControls.tsx';
import type { RiskAtLeast } from '../../api/risk.ts';
import { SuccessNotice, type Notice } from '../cases/SuccessNotice.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms, type CaseForm } from '../../hooks/useCaseForm.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { RiskTasks } from '../risk/RiskTasks.tsx';

function DueCell({ task }: { task: TaskView }) {
  return (
    <>
      {formatDate(task.dueOn)}
      {task.overdue ? (
        <>
          {' '}
          <OverdueTag />
        </>
      ) : null}
    </>
  );
}

function DoneForm({
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

/** The signed-in person's open tasks across their cases, soonest due first. */
export function MyTasksPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Tasks are for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <TasksInScheme scheme={scheme} />;
}

function TasksInScheme({ scheme }: { scheme: SchemeRole }) {
  const { slug } = scheme;
  const [params, setParams] = useSearchParams();
  const after = params.get('after') || undefined;
  const riskAtLeast = riskAtLeastFrom(params.get('riskAtLeast'));
  const { state, setData } = useApiData(`${slug}|${riskAtLeast ?? ''}|${after ?? ''}`, () =>
    casesApi.myTasks(slug, after, riskAtLeast),
  );
  const errors = useErrorsAcrossForms();
  const [notice, setNotice] = useState<Notice | null>(null);
  const serial = useRef(0);
  usePageTitle('My tasks', errors.hasErrors);
  const canComplete = scheme.role !== 'supervisor';

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <TasksBody
        state={state}
        after={after}
        riskAtLeast={riskAtLeast}
        onFilter={(level) => setParams(level ? { riskAtLeast: level } : {})}
        canComplete={canComplete}
        notice={notice}
        onDone={async (task, form) => {
          const done = await form.submit(() => casesApi.completeTask(slug, task.id).then(() => true));
          if (!done || state.status !== 'ready') return;
          setData({ ...state.data, items: state.data.items.filter((t) => t.id !== task.id) });
          serial.current += 1;
          setNotice({ text: `Task done: ${task.description} (${task.patientName})`, serial: serial.current });
        }}
      />
    </FormErrorsReporter.Provider>
  );
}

interface TasksBodyProps {
  state: Loadable<MyTasks>;
  after: string | undefined;
  riskAtLeast: RiskAtLeast | undefined;
  onFilter: (level: RiskAtLeast | undefined) => void;
  canComplete: boolean;
  notice: Notice | null;
  onDone: (task: TaskView, form: CaseForm) => Promise<void>;
}

function TasksBody({ state, after, riskAtLeast, onFilter, canComplete, notice, onDone }: TasksBodyProps) {
  const form = useCaseForm('tasks');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { items, next } = state.data;

  return (
    <>
      <SuccessNotice notice={notice} />
      <FormErrorSummary form={form} level={2} />
      <h1>My tasks</h1>
      <p>Tasks and follow-ups assigned to you on open cases, soonest due first.</p>
      <RiskTasks actions={state.data.riskActions ?? []} />
      <RiskListControls
        key={riskAtLeast ?? ''}
        riskAtLeast={riskAtLeast}
        onApply={(choice) => onFilter(choice.riskAtLeast)}
      />
      {items.length === 0 ? (
        <p>
          {riskAtLeast
            ? `You have no open tasks for people with ${riskFilterText(riskAtLeast).toLowerCase()}.`
            : after
              ? 'There are no more open tasks.'
              : 'You have no open tasks.'}
        </p>
      ) : (
        <ResponsiveTable
          caption="My open tasks, soonest due first"
          columns={[
            { header: 'Task', cell: (t) => <span className="linkwork-case-text">{t.description}</span> },
            {
              header: 'Person',
              cell: (t) => <Link to={`/cases/${encodeURIComponent(t.caseId)}#tasks`}>{t.patientName}</Link>,
            },
            { header: 'Active risk', cell: (t) => (t.activeRisk ? <RiskTag level={t.activeRisk.level} /> : 'None') },
            { header: 'Due', cell: (t) => <DueCell task={t} /> },
            ...(canComplete
              ? [
                  {
                    header: 'Action',
                    cell: (t: TaskView) => <DoneForm task={t} form={form} onDone={(task) => onDone(task, form)} />,
                  },
                ]
              : []),
          ]}
          rows={items}
          rowKey={(t) => t.id}
        />
      )}
      <KeysetPagination
        next={next}
        onLaterPage={Boolean(after)}
        hrefForCursor={(cursor) => `/tasks${toQuery({ riskAtLeast, after: cursor })}`}
        firstHref={`/tasks${toQuery({ riskAtLeast })}`}
        what="tasks"
      />
    </>
  );
}
