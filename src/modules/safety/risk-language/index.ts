/**
 * The risk-language detector's front door: what other modules may call. It prompts the structured
 * risk check when a note contains risk language; it never judges the level of risk.
 *
 * Decisions, so they are not re-argued by accident:
 * - Recall first. A missed disclosure is catastrophic, a false alarm costs one prompt. So negation
 *   does not silence a match: "denies SI" and "no thoughts of self-harm" still prompt, because the
 *   topic was raised and the risk check is where the worker records the "no" (with a "none" level
 *   they confirm they considered it). Everyday idiom is kept out by the rules themselves (a threat
 *   needs a person as its object, so "would kill for a coffee" is not one) and by named guards.
 * - No NLP library. wink-nlp and compromise were considered: both would add a model or a large
 *   lexicon to learn, neither knows workers' shorthand (SI, OD, DSH, pt), and their lemmas are not
 *   needed for phrase rules. A small stemmer applied to rules and notes alike (stem.ts), a
 *   contraction and shorthand table (tokenise.ts) and named word lists (vocabulary.ts) do the job,
 *   deterministically, and each rule stays readable with its examples and traps beside it (rules/).
 * - Two layers. The phrase rules (rules/*.ts) are precise and quote the telling words; under them a
 *   lexicon safety net (rules/lexicon.ts, lexicon.ts) catches single risk words ("died", "bridge",
 *   "slapped", "unwashed") in a sentence about a person, outside a central list of everyday idioms
 *   ("killing time", "my phone died", "cut the grass"), where no rule fired in that sentence. Every
 *   batch of fresh sentences brought phrasings no rule anticipated; the lexicon trades a few more
 *   false prompts (one click each) for the disclosures phrase rules cannot foresee.
 * - A scheme's own phrases add to the built-in rules; they never replace them (migration 0014).
 * Measured by `npm run bench -- risk-language` on bench/data/risk-language-corpus.tsv. Rules are widened for
 *   the general pattern behind a miss (a paraphrase, an inflection, a word list), never for one sentence; the
 *   honest figure is the one on fresh sentences scored before any tuning, which is far below the tuned halves.
 */
export { detectRiskLanguage, describeMatch, type RiskLanguageMatch } from './detect.ts';
export { builtInRiskLanguage, type BuiltInRiskCategory } from './describe.ts';
export { phraseProblem, normalisePhrase } from './scheme-phrases.ts';
export { RISK_CATEGORIES, RISK_CATEGORY_KEYS, type RiskCategory } from './rule.ts';
