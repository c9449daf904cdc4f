/** The rule for an organisation's identifiers: a slug for schemes, an ODS code for GP practices. */
import type { FieldError } from '../../../platform/errors.ts';
import type { CreateOrganisationBody } from './organisations.schemas.ts';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const ODS = /^[A-Z0-9]{3,10}$/;

/** Checks the fields an organisation of this type needs: a slug for schemes, an ODS code for GP practices. */
export function organisationProblems(input: CreateOrganisationBody): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.name.trim())
    errors.push({ field: 'name', message: "Enter the organisation's name", fix: 'Type its name as people know it.' });
  if (input.type === 'scheme') {
    if (!input.slug)
      errors.push({
        field: 'slug',
        message: 'A scheme needs a short name (slug)',
        fix: 'Use lowercase letters, digits and hyphens, e.g. "north-leeds".',
      });
    else if (!SLUG.test(input.slug))
      errors.push({
        field: 'slug',
        message: `"${input.slug}" is not a valid slug`,
        fix: 'Use 1 to 40 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
      });
  } else if (input.slug)
    errors.push({ field: 'slug', message: 'Only schemes have a slug', fix: 'Leave the slug empty for this type.' });
  if (input.type === 'gp_practice') {
    const ods = input.odsCode?.trim().toUpperCase();
    if (!ods)
      errors.push({
        field: 'odsCode',
        message: 'A GP practice needs its ODS code',
        fix: 'Enter the practice code, e.g. "B86001" (find it in the ODS portal).',
      });
    else if (!ODS.test(ods))
      errors.push({
        field: 'odsCode',
        message: `"${input.odsCode}" is not an ODS code`,
        fix: 'An ODS code is 3 to 10 letters and digits, e.g. "B86001".',
      });
  } else if (input.odsCode)
    errors.push({
      field: 'odsCode',
      message: 'Only GP practices have an ODS code here',
      fix: 'Leave the ODS code empty for this type.',
    });
  return errors;
}
