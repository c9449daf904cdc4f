-- Each link worker's place in the allocation shortlist, kept on their counts row, so the shortlist reads the
-- first workers of the ranking along an index instead of weighing the whole team on every request. The key is
-- what the ranking knows without the case: taking cases, spare places against the safe caseload (open cases and
-- the allocations counted since the scheme's window, an upper bound of the year's), the name and the languages.
-- It is worked out by a trigger on the counts row whenever the row is written; the inputs kept elsewhere (the
-- worker's profile, membership, name and active flag, and the scheme's capacity policy) rewrite the rows they
-- change. Every link worker has a counts row from the day they join, so nobody is missed.

-- A worker's safe caseload, the arithmetic of capacityOf (src/modules/allocation/capacity.ts) in the same order
-- in double precision: the one SQL copy, used by this key and by the shortlist's reading of the year in full.
CREATE FUNCTION worker_capacity(
  annual_per_fte float8, full_time_hours float8, intervention_weeks float8, hours float8, open_cases float8, allocated float8,
  OUT cap float8, OUT annual_cap float8, OUT spare float8, OUT over_cap boolean
) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT c.cap, c.annual_cap, greatest(0::float8, least(c.cap - open_cases, c.annual_cap - allocated)),
    (open_cases >= c.cap OR allocated >= c.annual_cap)
  FROM (
    SELECT floor(annual_per_fte * f.fte) AS annual_cap, floor(annual_per_fte * f.fte * least(intervention_weeks, 52::float8) / 52::float8) AS cap
    FROM (SELECT CASE WHEN full_time_hours > 0 THEN hours / full_time_hours ELSE 0::float8 END AS fte) f
  ) c
$$;

-- A worker's languages as the shortlist matches them: trimmed and lower-case, as JavaScript folds ASCII; a
-- language with any other character is kept as '*', which matches every language asked (an upper bound: the
-- checks settle it).
CREATE FUNCTION worker_language_keys(languages text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT CASE WHEN l ~ '[^\x20-\x7e]' THEN '*' ELSE lower(btrim(l, E' \t\n\r\f\v')) END), '{}')
  FROM unnest(languages) AS l
$$;

ALTER TABLE worker_case_counts
  -- An active user who is a link worker of the scheme: only these are ranked.
  ADD COLUMN rankable boolean NOT NULL DEFAULT false,
  ADD COLUMN rank_name text NOT NULL DEFAULT '',
  -- Taking cases, not over the safe caseload and with a place to spare: suggested before everyone else.
  ADD COLUMN rank_suggested boolean NOT NULL DEFAULT false,
  -- -1000 not taking cases, -500 over the safe caseload, otherwise the spare places (capacityCheck's score).
  ADD COLUMN rank_score float8 NOT NULL DEFAULT 0,
  ADD COLUMN rank_languages text[] NOT NULL DEFAULT '{}',
  -- Suggested first, then the higher score: ascending, so one index walks the ranking and a cursor can seek in it.
  ADD COLUMN rank_order float8 GENERATED ALWAYS AS (CASE WHEN rank_suggested THEN -1e9 ELSE 0 END - rank_score) STORED;

CREATE INDEX worker_case_counts_rank_idx ON worker_case_counts (scheme_id, rank_order, rank_name COLLATE "C", worker_id) WHERE rankable;
CREATE INDEX worker_case_counts_languages_idx ON worker_case_counts USING gin (rank_languages) WHERE rankable;

-- Works out the key of the counts row being written from the worker's current inputs. A scheme without a policy
-- row yet is weighed by the policy's defaults; the policy row's first write weighs the team again.
CREATE FUNCTION worker_case_counts_rank() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  worker record;
  profile record;
  policy record;
  capacity record;
  accepting boolean;
BEGIN
  SELECT u.name, u.active INTO worker FROM users u WHERE u.id = NEW.worker_id;
  SELECT p.hours_per_week, p.languages, p.accepting_cases INTO profile
    FROM worker_profiles p WHERE p.scheme_id = NEW.scheme_id AND p.user_id = NEW.worker_id;
  SELECT s.annual_people_per_fte, s.full_time_hours, s.intervention_weeks INTO policy
    FROM scheme_policies s WHERE s.scheme_id = NEW.scheme_id;
  capacity := worker_capacity(
    coalesce(policy.annual_people_per_fte, 225), coalesce(policy.full_time_hours, 37.5), coalesce(policy.intervention_weeks, 12),
    coalesce(profile.hours_per_week, policy.full_time_hours, 37.5), NEW.open_cases, NEW.allocated_since);
  accepting := coalesce(profile.accepting_cases, true);
  NEW.rankable := coalesce(worker.active, false) AND EXISTS (
    SELECT 1 FROM memberships m WHERE m.user_id = NEW.worker_id AND m.scheme_id = NEW.scheme_id AND m.role = 'link_worker');
  NEW.rank_name := coalesce(worker.name, '');
  NEW.rank_suggested := accepting AND NOT capacity.over_cap AND capacity.spare > 0;
  NEW.rank_score := CASE WHEN NOT accepting THEN -1000 WHEN capacity.over_cap THEN -500 ELSE capacity.spare END;
  NEW.rank_languages := worker_language_keys(coalesce(profile.languages, '{}'));
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION worker_case_counts_rank() FROM PUBLIC;
CREATE TRIGGER worker_case_counts_rank BEFORE INSERT OR UPDATE ON worker_case_counts
  FOR EACH ROW EXECUTE FUNCTION worker_case_counts_rank();

-- Weighs one worker again in one scheme, creating their counts row if they have none.
CREATE FUNCTION worker_rank_refresh(p_scheme uuid, p_worker uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO worker_case_counts AS w (scheme_id, worker_id) VALUES (p_scheme, p_worker)
  ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = w.open_cases
$$;
REVOKE ALL ON FUNCTION worker_rank_refresh(uuid, uuid) FROM PUBLIC;

-- A profile (hours, languages, taking cases) or a membership written: that worker in that scheme.
CREATE FUNCTION worker_rank_on_worker_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_TABLE_NAME = 'worker_profiles' THEN
    IF TG_OP <> 'DELETE' THEN PERFORM worker_rank_refresh(NEW.scheme_id, NEW.user_id); END IF;
    IF TG_OP <> 'INSERT' THEN PERFORM worker_rank_refresh(OLD.scheme_id, OLD.user_id); END IF;
  ELSE
    IF TG_OP <> 'DELETE' AND NEW.scheme_id IS NOT NULL AND NEW.role = 'link_worker' THEN
      PERFORM worker_rank_refresh(NEW.scheme_id, NEW.user_id);
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.scheme_id IS NOT NULL AND OLD.role = 'link_worker' THEN
      PERFORM worker_rank_refresh(OLD.scheme_id, OLD.user_id);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION worker_rank_on_worker_change() FROM PUBLIC;
CREATE TRIGGER worker_rank_profiles AFTER INSERT OR DELETE OR UPDATE OF hours_per_week, languages, accepting_cases ON worker_profiles
  FOR EACH ROW EXECUTE FUNCTION worker_rank_on_worker_change();
CREATE TRIGGER worker_rank_memberships AFTER INSERT OR DELETE OR UPDATE OF role, scheme_id, user_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION worker_rank_on_worker_change();

-- A user renamed, deactivated or reactivated: their rows in each scheme they belong to, in key order.
CREATE FUNCTION worker_rank_on_user_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE worker_case_counts w SET open_cases = w.open_cases
  WHERE w.worker_id = NEW.id AND w.scheme_id IN (SELECT m.scheme_id FROM memberships m WHERE m.user_id = NEW.id AND m.scheme_id IS NOT NULL);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION worker_rank_on_user_change() FROM PUBLIC;
CREATE TRIGGER worker_rank_users AFTER UPDATE OF name, active ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION worker_rank_on_user_change();

-- The capacity policy written: the scheme's whole team, rows locked in key order as the cases' counts take them.
-- A policy changes rarely; this is the one write that weighs a team.
CREATE FUNCTION worker_rank_on_policy_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE worker_case_counts w SET open_cases = w.open_cases
  FROM (SELECT worker_id FROM worker_case_counts WHERE scheme_id = NEW.scheme_id ORDER BY worker_id FOR UPDATE) k
  WHERE w.scheme_id = NEW.scheme_id AND w.worker_id = k.worker_id;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION worker_rank_on_policy_change() FROM PUBLIC;
CREATE TRIGGER worker_rank_policy_insert AFTER INSERT ON scheme_policies
  FOR EACH ROW EXECUTE FUNCTION worker_rank_on_policy_change();
CREATE TRIGGER worker_rank_policy_update AFTER UPDATE OF annual_people_per_fte, full_time_hours, intervention_weeks ON scheme_policies
  FOR EACH ROW WHEN (OLD.annual_people_per_fte IS DISTINCT FROM NEW.annual_people_per_fte
    OR OLD.full_time_hours IS DISTINCT FROM NEW.full_time_hours
    OR OLD.intervention_weeks IS DISTINCT FROM NEW.intervention_weeks)
  EXECUTE FUNCTION worker_rank_on_policy_change();

-- Every link worker already in a scheme gets a counts row, and every row its key.
INSERT INTO worker_case_counts (scheme_id, worker_id)
SELECT DISTINCT scheme_id, user_id FROM memberships WHERE role = 'link_worker' AND scheme_id IS NOT NULL
ON CONFLICT (scheme_id, worker_id) DO NOTHING;
UPDATE worker_case_counts SET open_cases = open_cases;
