-- Risk at every contact: the structured risk check recorded with a session (or on its own), the
-- actions an escalation requires, and safeguarding concerns with their referral to the local authority.

-- One risk check. open = an active risk (medium and above); none and low are recorded closed at once.
CREATE TABLE risk_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  session_id uuid REFERENCES case_sessions (id),
  assessed_by uuid REFERENCES users (id),
  assessed_at timestamptz NOT NULL,
  self_harm_thoughts boolean NOT NULL,
  self_harm_plans boolean NOT NULL,
  self_harm_means boolean NOT NULL,
  self_harm_intent boolean NOT NULL,
  protective_factors text NOT NULL DEFAULT '' CHECK (length(protective_factors) <= 2000),
  harm_to_others boolean NOT NULL,
  harm_to_others_detail text NOT NULL DEFAULT '' CHECK (length(harm_to_others_detail) <= 2000),
  safeguarding_concern boolean NOT NULL,
  level text NOT NULL CHECK (level IN ('none', 'low', 'medium', 'high', 'immediate')),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
  matched_phrases text[] NOT NULL DEFAULT '{}',
  -- Who was told, and why (e.g. "no supervisor named: the scheme managers were told instead").
  escalation_note text NOT NULL DEFAULT '' CHECK (length(escalation_note) <= 2000),
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  closing_note text NOT NULL DEFAULT '' CHECK (length(closing_note) <= 4000),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (status = 'closed' OR level IN ('medium', 'high', 'immediate'))
);
CREATE INDEX risk_assessments_case_idx ON risk_assessments (case_id, assessed_at DESC);
CREATE INDEX risk_assessments_open_idx ON risk_assessments (scheme_id, case_id) WHERE status = 'open';

-- What an escalation requires, with a deadline; a required action is resolved as done or not done (with a reason).
CREATE TABLE risk_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  risk_id uuid NOT NULL REFERENCES risk_assessments (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_-]{1,40}$'),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  assignee_id uuid NOT NULL REFERENCES users (id),
  due_at timestamptz NOT NULL,
  required boolean NOT NULL DEFAULT true,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_done')),
  outcome_note text NOT NULL DEFAULT '' CHECK (length(outcome_note) <= 4000),
  created_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users (id),
  CHECK ((status = 'open') = (resolved_at IS NULL)),
  CHECK (status <> 'not_done' OR length(btrim(outcome_note)) > 0)
);
CREATE INDEX risk_actions_risk_idx ON risk_actions (risk_id, due_at);
CREATE INDEX risk_actions_open_idx ON risk_actions (scheme_id, assignee_id, due_at) WHERE status = 'open';

-- A safeguarding concern (Care Act 2014 categories for adults; abuse and neglect categories for children).
CREATE TABLE safeguarding_concerns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  risk_id uuid REFERENCES risk_assessments (id),
  subject text NOT NULL CHECK (subject IN ('adult', 'child')),
  categories text[] NOT NULL CHECK (cardinality(categories) > 0),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
  immediate_action text NOT NULL DEFAULT '' CHECK (length(immediate_action) <= 4000),
  raised_by uuid NOT NULL REFERENCES users (id),
  raised_at timestamptz NOT NULL,
  la_referral_made boolean NOT NULL DEFAULT false,
  la_authority text,
  la_referred_at timestamptz,
  la_reference text,
  la_referred_by uuid REFERENCES users (id),
  la_not_referred_reason text NOT NULL DEFAULT '' CHECK (length(la_not_referred_reason) <= 2000),
  outcome text NOT NULL DEFAULT '' CHECK (length(outcome) <= 4000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT la_referral_made OR (la_authority IS NOT NULL AND la_referred_at IS NOT NULL)),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (status = 'open' OR length(btrim(outcome)) > 0)
);
CREATE INDEX safeguarding_concerns_case_idx ON safeguarding_concerns (case_id, raised_at DESC);
CREATE INDEX safeguarding_concerns_scheme_idx ON safeguarding_concerns (scheme_id, status, raised_at DESC);

-- Steps taken on a concern, in order.
CREATE TABLE safeguarding_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  concern_id uuid NOT NULL REFERENCES safeguarding_concerns (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  at timestamptz NOT NULL,
  by_user_id uuid REFERENCES users (id)
);
CREATE INDEX safeguarding_actions_concern_idx ON safeguarding_actions (concern_id, at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['risk_assessments', 'risk_actions', 'safeguarding_concerns', 'safeguarding_actions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;
