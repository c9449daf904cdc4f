import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { trainingApi, type ComplexityFlagView, type CourseView, type TrainedRole } from '../../api/training.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkbox, Checkboxes } from '../../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { Tag } from '../../components/Tag.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { renewalText, ROLE_WORDS } from './TrainingStatusTag.tsx';

interface Loaded {
  courses: CourseView[];
  flags: ComplexityFlagView[];
}

function useCatalogue(slug: string) {
  return useApiData<Loaded>(`training:catalogue:${slug}`, async () => {
    const [catalogue, flags] = await Promise.all([trainingApi.catalogue(slug), trainingApi.complexityFlags(slug)]);
    return { courses: catalogue.courses, flags: flags.flags };
  });
}

/** The scheme's training catalogue for the manager: renewal, who needs it, which complex cases need it. */
export function CataloguePage() {
  const scheme = useScheme();
  const { state } = useCatalogue(scheme.slug);
  usePageTitle('Training catalogue');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const flagLabel = (code: string) => state.data.flags.find((f) => f.code === code)?.label ?? code;
  return (
    <>
      <BackLink to="/training/matrix">Back to the training matrix</BackLink>
      <Flash />
      <h1>Training catalogue</h1>
      <p>
        Each course’s renewal period, the roles that must hold it, and the complex cases a link worker needs it for.
      </p>
      <p>
        <Link to="/training/catalogue/new">Add a course of your own</Link>
      </p>
      <ResponsiveTable
        caption="Courses"
        rows={state.data.courses}
        rowKey={(c) => c.id}
        columns={[
          {
            header: 'Course',
            cell: (c) => (
              <>
                <span className="linkwork-line">{c.name}</span>
                {!c.active ? <Tag colour="grey">No longer used</Tag> : null}
              </>
            ),
          },
          { header: 'Renewal', cell: (c) => renewalText(c.renewalMonths) },
          {
            header: 'Required for',
            cell: (c) => c.requiredForRoles.map((r) => ROLE_WORDS[r] ?? r).join(', ') || 'No role',
          },
          { header: 'Needed for complex cases', cell: (c) => c.coversFlags.map(flagLabel).join(', ') || 'None' },
          {
            header: 'Action',
            cell: (c) => (
              <Link to={`/training/catalogue/${c.id}`}>
                Change<span className="nhsuk-u-visually-hidden"> {c.name}</span>
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

const ROLES: TrainedRole[] = ['link_worker', 'supervisor', 'scheme_manager'];

/** Adding a course, or changing one (its renewal, the roles that need it, the complexity it covers). */
export function CourseFormPage() {
  const scheme = useScheme();
  const id = useParams().id;
  const { state } = useCatalogue(scheme.slug);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const course = id ? (state.data.courses.find((c) => c.id === id) ?? null) : null;
  if (id && !course) return <p>That course is not in the catalogue.</p>;
  return <CourseForm slug={scheme.slug} course={course} flags={state.data.flags} />;
}

function CourseForm({ slug, course, flags }: { slug: string; course: CourseView | null; flags: ComplexityFlagView[] }) {
  const navigate = useNavigate();
  const form = useSubmit();
  const [code, setCode] = useState('');
  const [name, setName] = useState(course?.name ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [renewal, setRenewal] = useState(course?.renewalMonths ? String(course.renewalMonths) : '');
  const [roles, setRoles] = useState<string[]>(course?.requiredForRoles ?? []);
  const [covers, setCovers] = useState<string[]>(course?.coversFlags ?? []);
  const [activeCourse, setActive] = useState(course?.active ?? true);
  const title = course ? `Change ${course.name}` : 'Add a course';
  usePageTitle(title, form.hasErrors);

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    if (!course && !/^[a-z][a-z0-9_]{1,60}$/.test(code.trim()))
      problems.push({
        field: 'code',
        text: 'Enter a code of lower-case letters, digits and underscores, for example trauma_informed',
      });
    if (!name.trim()) problems.push({ field: 'name', text: 'Enter the name of the course' });
    if (renewal.trim() && !/^\d{1,3}$/.test(renewal.trim()))
      problems.push({
        field: 'renewalMonths',
        text: 'Enter the renewal period as a whole number of months, or leave it empty',
      });
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    const body = {
      name,
      description,
      renewalMonths: renewal.trim() ? Number(renewal) : null,
      requiredForRoles: roles as TrainedRole[],
      coversFlags: covers,
      active: activeCourse,
    };
    const saved = await form.submit(() =>
      course
        ? trainingApi.updateCourse(slug, course.id, { ...body, version: course.version })
        : trainingApi.addCourse(slug, { ...body, code: code.trim() }),
    );
    if (saved) navigate('/training/catalogue', { state: { flash: `${saved.name} saved` } });
  }

  return (
    <>
      <BackLink to="/training/catalogue">Back to the training catalogue</BackLink>
      <ErrorSummary errors={form} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          <form method="post" onSubmit={submit} noValidate>
            {course ? null : (
              <TextInput
                name="code"
                label="Code"
                hint="A short id that does not change, for example trauma_informed"
                value={code}
                onChange={setCode}
                error={form.errorFor('code')}
                spellCheck={false}
              />
            )}
            <TextInput name="name" label="Name" value={name} onChange={setName} error={form.errorFor('name')} />
            <Textarea
              name="description"
              label="Description (optional)"
              value={description}
              onChange={setDescription}
              rows={3}
              error={form.errorFor('description')}
            />
            <TextInput
              name="renewalMonths"
              label="Renew every (months)"
              hint="Leave empty if the course is done once and never renewed"
              value={renewal}
              onChange={setRenewal}
              inputMode="numeric"
              widthClass="nhsuk-input--width-3"
              error={form.errorFor('renewalMonths')}
            />
            <Checkboxes
              name="requiredForRoles"
              legend="Required for"
              values={roles}
              onChange={setRoles}
              options={ROLES.map((r) => ({ value: r, text: ROLE_WORDS[r] ?? r }))}
              error={form.errorFor('requiredForRoles')}
            />
            <Checkboxes
              name="coversFlags"
              legend="Needed for complex cases"
              hint="A case with a ticked flag can only be given to a link worker whose training for every course needed for that flag is current, unless a scheme manager records an override."
              values={covers}
              onChange={setCovers}
              options={flags.map((f) => ({ value: f.code, text: f.label }))}
              error={form.errorFor('coversFlags')}
            />
            <Checkbox
              name="active"
              label="In use (untick to retire the course; records are kept)"
              checked={activeCourse}
              onChange={setActive}
            />
            <Button disabled={form.submitting}>Save course</Button>
          </form>
        </div>
      </div>
    </>
  );
}
