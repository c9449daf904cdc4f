import { useState, type ChangeEvent, type FormEvent } from 'react';
import { trainingApi, type CertificateUpload, type PersonTraining } from '../../api/training.ts';
import { Button } from '../../components/Button.tsx';
import { DateInput, EMPTY_DATE, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import { Field } from '../../components/form/Field.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import type { Submit } from '../../hooks/useSubmit.ts';
import { fieldId } from '../../lib/fields.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  slug: string;
  /** Whose training; omitted: the signed-in person's own. */
  userId?: string;
  view: PersonTraining;
  courses: { id: string; name: string }[];
  /** The training page's form state: its error summary shows what this form refuses. */
  form: Submit;
  onSaved: (view: PersonTraining, flash: string) => void;
}

/** Records completed training: the course, when, an earlier expiry if the certificate says so, and the certificate. */
export function RecordTrainingForm({ slug, userId, view, courses, form, onSaved }: Props) {
  const [courseId, setCourseId] = useState('');
  const [completed, setCompleted] = useState<DateParts>(EMPTY_DATE);
  const [expires, setExpires] = useState<DateParts>(EMPTY_DATE);
  const [notes, setNotes] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    if (!courseId) problems.push({ field: 'courseId', text: 'Choose the training you completed' });
    const c = readDate(completed);
    if (c.kind === 'empty') problems.push({ field: 'completedOn', text: 'Enter the date you completed the training' });
    else if (c.kind === 'invalid')
      problems.push({ field: 'completedOn', text: 'The completion date must be a real date, for example 14 3 2025' });
    else if (c.iso > view.today)
      problems.push({ field: 'completedOn', text: 'The completion date cannot be in the future' });
    if (readDate(expires).kind === 'invalid')
      problems.push({ field: 'expiresOn', text: 'The expiry date must be a real date, or leave it empty' });
    if (file && file.size > MAX_BYTES)
      problems.push({
        field: 'certificate',
        text: 'The certificate must be 5 MB or smaller. Upload a PDF, or a photo at a lower resolution',
      });
    else if (file && !TYPES.includes(file.type))
      problems.push({ field: 'certificate', text: 'The certificate must be a PDF, PNG or JPEG file' });
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    const saved = await form.submit(async () => {
      const completedOn = readDate(completed);
      const expiresOn = readDate(expires);
      const certificate: CertificateUpload | undefined = file
        ? { fileName: file.name, contentType: file.type, contentBase64: await readAsBase64(file) }
        : undefined;
      return trainingApi.record(slug, {
        ...(userId ? { userId } : {}),
        courseId,
        completedOn: completedOn.kind === 'date' ? completedOn.iso : '',
        expiresOn: expiresOn.kind === 'date' ? expiresOn.iso : null,
        notes,
        ...(certificate ? { certificate } : {}),
      });
    });
    if (!saved) return;
    setCourseId('');
    setCompleted(EMPTY_DATE);
    setExpires(EMPTY_DATE);
    setNotes('');
    setFile(null);
    setFormKey((k) => k + 1);
    onSaved(saved, `${courses.find((c) => c.id === courseId)?.name ?? 'Training'} recorded`);
  }

  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">Record completed training</h2>
      <form method="post" onSubmit={submit} noValidate key={formKey}>
        <Select
          name="courseId"
          label="Training"
          value={courseId}
          onChange={setCourseId}
          emptyOption="Choose the training"
          options={courses.map((c) => ({ value: c.id, text: c.name }))}
          error={form.errorFor('courseId')}
        />
        <DateInput
          name="completedOn"
          legend="Date completed"
          hint="As on the certificate, for example 14 3 2025"
          value={completed}
          onChange={setCompleted}
          error={form.errorFor('completedOn')}
        />
        <DateInput
          name="expiresOn"
          legend="Expiry date (optional)"
          hint="Leave empty to use the course’s renewal period. Enter a date only if the certificate gives an earlier one."
          value={expires}
          onChange={setExpires}
          error={form.errorFor('expiresOn')}
        />
        <Field
          id={fieldId('certificate')}
          label="Certificate (optional)"
          hint="A PDF, PNG or JPEG file, 5 MB or smaller"
          error={form.errorFor('certificate')}
        >
          {({ id, describedBy }) => (
            <input
              className="nhsuk-file-upload"
              id={id}
              name="certificate"
              type="file"
              accept="application/pdf,image/png,image/jpeg"
              aria-describedby={describedBy}
              onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Textarea
          name="notes"
          label="Notes (optional)"
          hint="For example the provider or the course reference"
          value={notes}
          onChange={setNotes}
          rows={3}
          error={form.errorFor('notes')}
        />
        <Button disabled={form.submitting}>Record training</Button>
      </form>
    </section>
  );
}
