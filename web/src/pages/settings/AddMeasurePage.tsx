import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Textarea } from '../../components/form/Textarea.tsx';
import { errorText } from '../../lib/fields.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import type { AddMeasureBody } from './outcomeMeasuresApi.ts';
import { outcomeSettingsApi } from './outcomeMeasuresApi.ts';
import { parseDefinition } from './outcomeMeasureText.ts';
import { SettingsForm } from './SettingsForm.tsx';

const FIELD = 'definition';

/** An invented measure (no real one): two questions from 0 to 4, added up. */
const EXAMPLE = `{
  "key": "garden2",
  "version": 1,
  "name": "Example garden scale",
  "shortName": "EGS",
  "licence": "Example Measures Ltd; used under the scheme’s licence",
  "items": [
    { "key": "outdoors", "text": "I have spent time outdoors", "scale": { "min": 0, "max": 4 } },
    { "key": "growing", "text": "I have grown something", "scale": { "min": 0, "max": 4 } }
  ],
  "scores": [
    {
      "key": "garden",
      "label": "Garden",
      "items": ["outdoors", "growing"],
      "method": "sum",
      "better": "higher",
      "minimumImportantChange": 2
    }
  ]
}`;

/**
 * The server names the part of the definition that is wrong ("definition.scores[0].conversion"); all of them are
 * in the one textarea, so each error links there and keeps its path in its text.
 */
function toTextareaErrors(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({
    field: FIELD,
    message: `${e.field}: ${errorText(e.message, e.fix)}`,
  }));
  return new ApiError({ ...error.problem, errors });
}

function DefinitionHelp() {
  return (
    <>
      <p>
        Only add a measure the scheme holds a licence for. Copy its questions and any conversion table exactly as
        published. Link workers can then record it, and each change to it is a new version.
      </p>
      <ul>
        <li>
          <strong>key</strong>: lower case letters, digits and hyphens, starting with a letter; <strong>version</strong>
          : 1 for a new measure, one more for each change
        </li>
        <li>
          <strong>name</strong>, <strong>shortName</strong> and <strong>licence</strong>: who holds the copyright and
          the terms of use
        </li>
        <li>
          <strong>items</strong>: each question with its own key and its words, and either a <strong>scale</strong> (min
          and max) or fixed <strong>answers</strong>; <strong>reverse</strong> when it is scored the other way
        </li>
        <li>
          <strong>scores</strong>: the items each score adds up (“sum”) or averages (“mean”), whether higher or lower is
          better, the minimum important change, and optionally a <strong>conversion</strong> table giving the reported
          score for every possible raw total, and <strong>bands</strong>
        </li>
      </ul>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">An example definition</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>An invented measure with two questions, each answered from 0 to 4, added up into one score.</p>
          <pre style={{ overflowX: 'auto' }}>
            <code>{EXAMPLE}</code>
          </pre>
        </div>
      </details>
    </>
  );
}

/** The scheme manager adds a licensed measure as a JSON definition; the server checks it can always be scored. */
export function AddMeasurePage() {
  const scheme = useScheme();
  const form = useSubmit();
  const [text, setText] = useState('');
  const inlineErrors = form.fieldErrors.filter((e) => e.field === FIELD).map((e) => e.text);

  function check() {
    const parsed = parseDefinition(text);
    return parsed.ok ? [] : [{ field: FIELD, text: parsed.message }];
  }

  async function save() {
    const parsed = parseDefinition(text);
    if (!parsed.ok) throw new Error(parsed.message);
    // The server checks the shape and meaning and names each part that is wrong.
    const body = { definition: parsed.definition } as AddMeasureBody;
    const answer = await outcomeSettingsApi.add(scheme.slug, body);
    const key = (parsed.definition as { key?: unknown }).key;
    const added = answer.measures.find((m) => m.definition.key === key);
    const name = added?.definition.name ?? 'The measure';
    return `${name} added. Open outcome measures to ask it of everyone.`;
  }

  return (
    <SettingsForm
      title="Add a licensed measure"
      form={form}
      check={check}
      save={save}
      mapError={toTextareaErrors}
      reload={async () => undefined}
      what="measure"
      saveText="Add measure"
      intro={<DefinitionHelp />}
    >
      <Textarea
        name={FIELD}
        label="The measure’s definition, as JSON"
        hint="Paste or type the whole definition, starting with { and ending with }"
        rows={16}
        value={text}
        onChange={setText}
        error={inlineErrors.length ? inlineErrors.join(' ') : undefined}
      />
    </SettingsForm>
  );
}
