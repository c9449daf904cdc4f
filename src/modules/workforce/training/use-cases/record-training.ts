import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { checkCertificate, type CheckedCertificate } from '../certificate.ts';
import { trainingSubject } from '../training-access.ts';
import { expiryFor, longDate } from '../training-rules.ts';
import type { PersonTraining, RecordTrainingBody } from '../training.schemas.ts';
import { listTrainedPeople } from '../trained-people.repository.ts';
import { insertCertificate } from '../training-certificates.repository.ts';
import { findCourse, installDefaultCatalogue } from '../training-courses.repository.ts';
import { insertRecord } from '../training-records.repository.ts';
import { scheduleExpiryReminders } from '../schedule-expiry-reminders.ts';
import { loadPersonTraining } from '../load-person-training.ts';
import { userIdOf } from '../../../../platform/actor.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return ISO.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Records completed training for oneself (or, for the scheme manager, anyone): the completion
 * date is not in the future, the expiry follows the course's renewal period (or is earlier, never
 * later), and a certificate must really be a PDF, PNG or JPEG of at most 5 MB. Reminders before
 * and at expiry are queued in the same transaction.
 */
export async function recordTraining(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: RecordTrainingBody },
): Promise<PersonTraining> {
  const subject = trainingSubject(actor, scheme.id, input.userId, 'record');
  const now = ctx.now();
  const today = londonDate(now);
  const errors: FieldError[] = [];
  if (!isDate(input.completedOn))
    errors.push({
      field: 'completedOn',
      message: 'Enter the date the training was completed as a real date.',
      fix: 'For example 2025-03-14.',
    });
  else if (input.completedOn > today)
    errors.push({
      field: 'completedOn',
      message: 'The completion date cannot be in the future.',
      fix: 'Record training once it is done, with the date on the certificate.',
    });
  else if (input.completedOn < '1990-01-01')
    errors.push({
      field: 'completedOn',
      message: 'The completion date is too long ago.',
      fix: 'Check the year on the certificate.',
    });
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn !== null && !isDate(expiresOn))
    errors.push({
      field: 'expiresOn',
      message: 'Enter the expiry date as a real date, or leave it empty.',
      fix: 'For example 2027-03-14.',
    });
  let certificate: CheckedCertificate | null = null;
  if (input.certificate) {
    const checked = checkCertificate(input.certificate);
    certificate = checked.value;
    errors.push(...checked.errors);
  }

  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await installDefaultCatalogue(trx, scheme.id);
    const course = await findCourse(trx, scheme.id, input.courseId);
    if (!course || !course.active)
      errors.push({
        field: 'courseId',
        message: "That course is not in this scheme's training catalogue.",
        fix: "Choose a course from the list; a scheme manager can add the scheme's own courses.",
      });
    const people = await listTrainedPeople(trx, scheme.id, subject);
    if (!people.some((p) => p.id === subject))
      errors.push({
        field: 'userId',
        message: 'That person is not a link worker, supervisor or manager in this scheme.',
        fix: 'Choose someone from the training matrix.',
      });
    let expiry: string | null = null;
    if (course && errors.every((e) => e.field !== 'completedOn' && e.field !== 'expiresOn')) {
      const fromRenewal = expiryFor(input.completedOn, course.renewal_months);
      expiry = expiresOn ?? fromRenewal;
      if (expiry !== null && expiry < input.completedOn)
        errors.push({
          field: 'expiresOn',
          message: 'The expiry date is before the completion date.',
          fix: 'Check both dates on the certificate.',
        });
      else if (expiresOn !== null && fromRenewal !== null && expiresOn > fromRenewal) {
        errors.push({
          field: 'expiresOn',
          message: `${course.name} must be renewed every ${course.renewal_months} months, so it expires by ${longDate(fromRenewal)}.`,
          fix: 'Leave the expiry empty to use the renewal period, or enter an earlier date if the certificate says so.',
        });
      }
    }
    if (errors.length || !course) throw fail.validation(errors);

    const by = userIdOf(actor);
    const certificateId = certificate
      ? await insertCertificate(trx, {
          schemeId: scheme.id,
          userId: subject,
          fileName: certificate.fileName,
          contentType: certificate.contentType,
          content: certificate.content,
          sha256: certificate.sha256,
          uploadedBy: by,
          at: now,
        })
      : null;
    const id = await insertRecord(trx, {
      schemeId: scheme.id,
      userId: subject,
      courseId: course.id,
      completedOn: input.completedOn,
      expiresOn: expiry,
      certificateId,
      notes: (input.notes ?? '').trim(),
      recordedBy: by,
      at: now,
    });
    await scheduleExpiryReminders(ctx, trx, scheme.id, id, expiry);
    await recordAudit(trx, actor, {
      action: 'training.record',
      recordType: 'training_record',
      recordId: id,
      schemeId: scheme.id,
      detail: {
        userId: subject,
        course: course.code,
        completedOn: input.completedOn,
        expiresOn: expiry,
        certificate: certificate
          ? {
              id: certificateId,
              fileName: certificate.fileName,
              sizeBytes: certificate.content.length,
              sha256: certificate.sha256,
            }
          : null,
      },
    });
    return loadPersonTraining(trx, scheme.id, subject, now);
  });
}
