import type { SchemeSettings } from '../../api/settings.ts';
import { Textarea } from '../../components/form/Textarea.tsx';

/** One phrase a line, tidied as the server will store them. */
export function phrasesFrom(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
}

/** What is wrong with the scheme's added phrases before they are sent (the server checks again). */
export function addedPhraseProblems(text: string): string[] {
  const list = phrasesFrom(text);
  const problems: string[] = [];
  if (list.some((p) => p.length < 3 || p.length > 120)) problems.push('Each phrase must be 3 to 120 characters');
  else if (new Set(list).size !== list.length) problems.push('Remove the repeated phrases');
  else if (
    list.some((p) => {
      const words = p.split(' ');
      return words[0] === '*' || words[words.length - 1] === '*';
    })
  )
    problems.push('A phrase cannot start or end with “*” on its own');
  return problems;
}

/** The built-in detector's categories, each with what it catches and an example: read-only. */
function BuiltInCategories({ builtIn }: { builtIn: SchemeSettings['builtInRiskLanguage'] }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What the built-in detector looks for</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          These are part of Linkwork and cannot be changed here. Each catches first and third person, past and present,
          and common shorthand (for example SI, OD, DSH, DV).
        </p>
        {builtIn.map((c) => (
          <section key={c.category} aria-labelledby={`risk-category-${c.category}`}>
            <h3 id={`risk-category-${c.category}`} className="nhsuk-heading-s">
              {c.label.charAt(0).toUpperCase() + c.label.slice(1)}
            </h3>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {c.rules.map((r) => (
                <li key={r.id}>
                  {r.catches}, for example “{r.examples[0]}”
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}

/** The risk-language part of the safety settings: the built-in detector explained, and the scheme's own added phrases. */
export function RiskLanguageSettings(props: {
  settings: SchemeSettings;
  phrases: string;
  onChange: (phrases: string) => void;
  error?: string;
}) {
  return (
    <>
      <h2>Risk language in notes</h2>
      <p>
        Linkwork reads every session and contact note as it is written. When it finds risk language it asks the worker
        to complete the risk check before saving. It is a safety net, not a judgement: the worker decides the level of
        risk.
      </p>
      <BuiltInCategories builtIn={props.settings.builtInRiskLanguage} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Your own phrases are added to the built-in detector; they never replace it. Use them for words and places that
          matter in your area. How they match:
        </p>
        <ul>
          <li>
            capitals, apostrophes and punctuation do not matter, and words match in any form: “walks to the quarry” also
            finds “walked to the quarry”
          </li>
          <li>a “*” on its own stands for up to two words: “he * hits me” also finds “he often hits me”</li>
          <li>a word ending in “*” matches any ending: “quarr*” finds quarry and quarries</li>
          <li>a phrase cannot start or end with a “*” on its own, and needs a word of three letters or more</li>
        </ul>
      </div>
      <Textarea
        name="addedRiskPhrases"
        label="Your scheme’s own phrases, one on each line (optional)"
        hint="3 to 120 characters each. Leave empty to use the built-in detector alone"
        rows={6}
        value={props.phrases}
        onChange={props.onChange}
        error={props.error}
      />
    </>
  );
}
