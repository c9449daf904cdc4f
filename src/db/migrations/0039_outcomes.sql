-- Outcome measures: validated wellbeing measures recorded with the person at baseline, at review points and at
-- discharge, or the person's refusal with its reason. The built-in measures (ONS4, the UCLA 3-item loneliness
-- scale, the ONS direct loneliness question) are defined in code; a scheme adds a licensed measure it holds a
-- licence for as data (outcome_measures), never as code.

-- A measure a scheme added, one row per version: a recording names the version it was scored by, so a later
-- version never re-scores what was recorded.
CREATE TABLE outcome_measures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{1,39}$'),
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The checked definition: items, answer scales, scoring, direction, minimum important change, bands, licence.
  definition jsonb NOT NULL,
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (scheme_id, key, version)
);

-- Which measures a scheme asks people to complete, and how often they are due again. No row: the defaults.
CREATE TABLE scheme_outcome_settings (
  scheme_id uuid PRIMARY KEY REFERENCES organisations (id),
  measures text[] NOT NULL DEFAULT '{ons4,ucla3}',
  review_weeks integer NOT NULL DEFAULT 6 CHECK (review_weeks BETWEEN 1 AND 52),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

-- One asking of one measure: completed with its answers, or declined with the reason. Append-only.
CREATE TABLE outcome_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  measure_key text NOT NULL,
  measure_version integer NOT NULL CHECK (measure_version >= 1),
  timepoint text NOT NULL CHECK (timepoint IN ('baseline', 'review', 'discharge')),
  status text NOT NULL CHECK (status IN ('completed', 'declined')),
  -- The London day the person answered (or declined).
  answered_on date NOT NULL,
  -- Item key to the answer given; null when declined.
  answers jsonb,
  declined_reason text CHECK (length(declined_reason) BETWEEN 1 AND 500),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'completed') = (answers IS NOT NULL)),
  CHECK ((status = 'declined') = (declined_reason IS NOT NULL))
);
-- The case page reads its records in order; the caseload asks, for a page of cases, what each last recorded.
CREATE INDEX outcome_records_case_idx ON outcome_records (case_id, measure_key, answered_on, recorded_at);
CREATE INDEX outcome_records_patient_idx ON outcome_records (patient_id);
-- One completed baseline and one completed discharge recording per case and measure.
CREATE UNIQUE INDEX outcome_records_once_idx ON outcome_records (case_id, measure_key, timepoint)
  WHERE status = 'completed' AND timepoint IN ('baseline', 'discharge');

-- Each score of a completed recording, with the direction of improvement and the minimum important change
-- its definition gave when it was scored, so a change can be judged without the definition.
CREATE TABLE outcome_scores (
  record_id uuid NOT NULL REFERENCES outcome_records (id),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  score_key text NOT NULL,
  value numeric NOT NULL,
  band text,
  better text NOT NULL CHECK (better IN ('higher', 'lower')),
  minimum_change numeric NOT NULL CHECK (minimum_change > 0),
  PRIMARY KEY (record_id, score_key)
);
CREATE INDEX outcome_scores_case_idx ON outcome_scores (case_id);

-- For each case, measure and score: the baseline and the latest later score (review or discharge). Kept by the
-- trigger below in the transaction that records a score, so reports and the discharge letter read one row.
CREATE TABLE outcome_pairs (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  measure_key text NOT NULL,
  score_key text NOT NULL,
  better text NOT NULL CHECK (better IN ('higher', 'lower')),
  minimum_change numeric NOT NULL,
  baseline numeric,
  baseline_on date,
  latest numeric,
  latest_on date,
  latest_timepoint text CHECK (latest_timepoint IN ('review', 'discharge')),
  latest_recorded_at timestamptz,
  PRIMARY KEY (case_id, measure_key, score_key)
);
CREATE INDEX outcome_pairs_scheme_idx ON outcome_pairs (scheme_id, latest_on);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['outcome_measures', 'scheme_outcome_settings', 'outcome_records', 'outcome_scores', 'outcome_pairs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
  END LOOP;
END
$$;

-- Recordings are never edited or removed; a measure's versions are never changed once added.
GRANT SELECT, INSERT ON outcome_measures TO linkwork_app;
GRANT SELECT, INSERT, UPDATE ON scheme_outcome_settings TO linkwork_app;
GRANT SELECT, INSERT ON outcome_records TO linkwork_app;
GRANT SELECT, INSERT ON outcome_scores TO linkwork_app;
-- Only the trigger writes the pairs, as the owner, so they cannot drift from the scores they pair.
GRANT SELECT ON outcome_pairs TO linkwork_app;

-- A baseline score sets the pair's baseline; a later score replaces the latest when it was answered on the same
-- day or later (recorded later breaks a tie), so a review entered late never hides the discharge score.
CREATE FUNCTION outcome_pairs_keep() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO outcome_pairs AS p (scheme_id, case_id, measure_key, score_key, better, minimum_change,
    baseline, baseline_on, latest, latest_on, latest_timepoint, latest_recorded_at)
  SELECT s.scheme_id, s.case_id, r.measure_key, s.score_key, s.better, s.minimum_change,
    CASE WHEN r.timepoint = 'baseline' THEN s.value END,
    CASE WHEN r.timepoint = 'baseline' THEN r.answered_on END,
    CASE WHEN r.timepoint <> 'baseline' THEN s.value END,
    CASE WHEN r.timepoint <> 'baseline' THEN r.answered_on END,
    CASE WHEN r.timepoint <> 'baseline' THEN r.timepoint END,
    CASE WHEN r.timepoint <> 'baseline' THEN r.recorded_at END
  FROM added_scores s JOIN outcome_records r ON r.id = s.record_id
  ON CONFLICT (case_id, measure_key, score_key) DO UPDATE SET
    better = EXCLUDED.better,
    minimum_change = EXCLUDED.minimum_change,
    baseline = coalesce(EXCLUDED.baseline, p.baseline),
    baseline_on = coalesce(EXCLUDED.baseline_on, p.baseline_on),
    latest = CASE WHEN EXCLUDED.latest_on IS NOT NULL AND (p.latest_on IS NULL
      OR (EXCLUDED.latest_on, EXCLUDED.latest_recorded_at) >= (p.latest_on, p.latest_recorded_at)) THEN EXCLUDED.latest ELSE p.latest END,
    latest_timepoint = CASE WHEN EXCLUDED.latest_on IS NOT NULL AND (p.latest_on IS NULL
      OR (EXCLUDED.latest_on, EXCLUDED.latest_recorded_at) >= (p.latest_on, p.latest_recorded_at)) THEN EXCLUDED.latest_timepoint ELSE p.latest_timepoint END,
    latest_recorded_at = CASE WHEN EXCLUDED.latest_on IS NOT NULL AND (p.latest_on IS NULL
      OR (EXCLUDED.latest_on, EXCLUDED.latest_recorded_at) >= (p.latest_on, p.latest_recorded_at)) THEN EXCLUDED.latest_recorded_at ELSE p.latest_recorded_at END,
    latest_on = CASE WHEN EXCLUDED.latest_on IS NOT NULL AND (p.latest_on IS NULL
      OR (EXCLUDED.latest_on, EXCLUDED.latest_recorded_at) >= (p.latest_on, p.latest_recorded_at)) THEN EXCLUDED.latest_on ELSE p.latest_on END;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION outcome_pairs_keep() FROM PUBLIC;

CREATE TRIGGER outcome_pairs_insert AFTER INSERT ON outcome_scores
  REFERENCING NEW TABLE AS added_scores FOR EACH STATEMENT EXECUTE FUNCTION outcome_pairs_keep();
