import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { adminApi, type NewOrganisation } from '../../api/admin.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ORGANISATION_TYPES, asOrganisationType, organisationTypeLabel } from './organisationTypes.ts';

const TYPE_HINTS = {
  scheme: 'One social prescribing service, such as a primary care network’s.',
  gp_practice: 'A practice whose staff refer patients.',
  community_organisation: 'A charity, group or service that link workers refer people on to.',
} as const;

/** Administrators add a scheme, GP practice or community organisation. */
export function NewOrganisationPage() {
  const navigate = useNavigate();
  const form = useSubmit();
  const [type, setType] = useState('');
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [odsCode, setOdsCode] = useState('');
  usePageTitle('Add an organisation', form.hasErrors);

  function check(): { problems: FieldError[]; body?: NewOrganisation } {
    const problems: FieldError[] = [];
    const chosen = asOrganisationType(type);
    if (!chosen) problems.push({ field: 'type', text: 'Select the type of organisation' });
    if (!name.trim()) problems.push({ field: 'name', text: 'Enter the organisation’s name' });
    if (chosen === 'scheme' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug.trim())) {
      problems.push({
        field: 'slug',
        text: 'Enter a short name using only lowercase letters, numbers and hyphens, like north-leeds',
      });
    }
    if (problems.length || !chosen) return { problems };
    const body: NewOrganisation = { type: chosen, name: name.trim() };
    if (chosen === 'scheme') body.slug = slug.trim();
    if (chosen === 'gp_practice' && odsCode.trim()) body.odsCode = odsCode.trim().toUpperCase();
    return { problems, body };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { problems, body } = check();
    if (problems.length || !body) {
      form.showFieldErrors(problems);
      return;
    }
    await form.submit(async () => {
      const created = await adminApi.createOrganisation(body);
      navigate('/admin/organisations', { state: { flash: `${created.name} has been added` } });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <ErrorSummary errors={form} />
        <h1>Add an organisation</h1>
        <form method="post" onSubmit={submit} noValidate>
          <Radios
            name="type"
            legend="Type of organisation"
            value={type}
            onChange={setType}
            options={ORGANISATION_TYPES.map((t) => ({ value: t, text: organisationTypeLabel(t), hint: TYPE_HINTS[t] }))}
            error={form.errorFor('type')}
          />
          <TextInput
            name="name"
            label="Name"
            autoComplete="off"
            value={name}
            onChange={setName}
            error={form.errorFor('name')}
          />
          {type === 'scheme' ? (
            <TextInput
              name="slug"
              label="Short name"
              hint="Used in addresses and reports. Lowercase letters, numbers and hyphens only, for example north-leeds."
              autoComplete="off"
              spellCheck={false}
              widthClass="nhsuk-input--width-20"
              value={slug}
              onChange={setSlug}
              error={form.errorFor('slug')}
            />
          ) : null}
          {type === 'gp_practice' ? (
            <TextInput
              name="odsCode"
              label="ODS code (optional)"
              hint="The practice’s Organisation Data Service code, for example B82005."
              autoComplete="off"
              spellCheck={false}
              widthClass="nhsuk-input--width-10"
              value={odsCode}
              onChange={setOdsCode}
              error={form.errorFor('odsCode')}
            />
          ) : null}
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>Add organisation</Button>
            <Link className="nhsuk-link" to="/admin/organisations">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
