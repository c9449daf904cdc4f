import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { trainingApi, type PersonTraining } from '../../api/training.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { InductionChecklist } from './InductionChecklist.tsx';
import { RecordTrainingForm } from './RecordTrainingForm.tsx';
import { expiryText, renewalText, TrainingStatusTag } from './TrainingStatusTag.tsx';

interface Props {
  slug: string;
  /** Someone else's training (scheme manager); omitted: the signed-in person's own. */
  userId?: string;
  initial: PersonTraining;
  title: string;
  caption?: string;
  /** Every active course, for recording training not yet on the list. */
  allCourses: { id: string; name: string }[];
}

/** One person's training: each course's status in words, recording training with its certificate, past records and induction. */
export function PersonTrainingView({ slug, userId, initial, title, caption, allCourses }: Props) {
  const [view, setView] = useState(initial);
  const form = useSubmit();
  const navigate = useNavigate();
  const location = useLocation();
  usePageTitle(title, form.hasErrors);

  function saved(next: PersonTraining, flash: string) {
    setView(next);
    navigate(location.pathname, { replace: true, state: { flash } });
    window.scrollTo(0, 0);
  }

  const lapsed = view.courses.filter((c) => c.required && (c.status === 'expired' || c.status === 'missing'));
  return (
    <>
      <ErrorSummary errors={form} />
      <Flash />
      <h1>
        {caption ? (
          <span className="nhsuk-caption-l">
            {caption}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
        ) : null}
        {title}
      </h1>
      {lapsed.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {lapsed.length === 1 ? '1 required course is' : `${lapsed.length} required courses are`} not current
            </span>
          </h2>
          <p>
            {lapsed.map((c) => c.name).join(', ')}. Cases that need this training cannot be allocated without a scheme
            manager’s override.
          </p>
        </div>
      ) : null}
      {view.induction.shown ? (
        <InductionChecklist slug={slug} userId={userId} view={view} form={form} onSaved={saved} />
      ) : null}
      <ResponsiveTable
        caption="Training and its status"
        captionVisible
        rows={view.courses}
        rowKey={(c) => c.courseId}
        columns={[
          {
            header: 'Training',
            cell: (c) => (
              <>
                <span className="linkwork-line">{c.name}</span>
                <span className="linkwork-line nhsuk-body-s">
                  {c.required
                    ? userId
                      ? 'Required for their role'
                      : 'Required for your role'
                    : 'Needed for some complex cases'}
                </span>
              </>
            ),
          },
          {
            header: 'Status',
            cell: (c) => <TrainingStatusTag status={c.status} required={c.required || c.coversFlags.length > 0} />,
          },
          { header: 'Completed', cell: (c) => (c.completedOn ? formatDate(c.completedOn) : 'Not recorded') },
          { header: 'Expiry', cell: (c) => expiryText(c.status, c.expiresOn) || renewalText(c.renewalMonths) },
        ]}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <RecordTrainingForm
            slug={slug}
            userId={userId}
            view={view}
            courses={allCourses}
            form={form}
            onSaved={saved}
          />
        </div>
      </div>
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">Training records</h2>
        {view.records.length === 0 ? (
          <p>No training has been recorded yet.</p>
        ) : (
          <ResponsiveTable
            caption="Training records, newest first"
            rows={view.records}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Training', cell: (r) => r.courseName },
              { header: 'Completed', cell: (r) => formatDate(r.completedOn) },
              {
                header: 'Status',
                cell: (r) => (
                  <>
                    <TrainingStatusTag status={r.status} />
                    <span className="linkwork-line">{expiryText(r.status, r.expiresOn)}</span>
                  </>
                ),
              },
              {
                header: 'Certificate',
                cell: (r) =>
                  r.certificate ? (
                    <a href={trainingApi.certificateHref(slug, r.certificate.id)} download={r.certificate.fileName}>
                      Download {r.certificate.fileName}
                    </a>
                  ) : (
                    'None'
                  ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
